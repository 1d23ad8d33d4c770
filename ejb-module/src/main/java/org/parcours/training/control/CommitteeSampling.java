package org.parcours.training.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Proposes a representative sample of participants for the steering committee and compares it with the whole
 * population on experience band, category and region. The sample is stratified:
 * <ol>
 * <li>each experience band gets its share of the seats (largest remainder): a hard quota;</li>
 * <li>each category gets its share too, and the seats of each band are split between categories so that as many
 * category quotas as the population allows are met (a small maximum flow from categories to bands);</li>
 * <li>within each band and category, seats go one by one to the person whose region is the furthest below its
 * share.</li>
 * </ol>
 * Deterministic for the same input, in whatever order it comes.
 */
public final class CommitteeSampling {

    /** A participant as sampling sees them. */
    public record Person(long id, String band, String category, String region) {
    }

    /** Shares (in %) of each value of one dimension, in the population and in the sample. */
    public record Comparison(String dimension, Map<String, Double> population, Map<String, Double> sample) {
    }

    private CommitteeSampling() {
    }

    public static List<Person> sample(List<Person> population, int size) {
        int seats = Math.max(0, Math.min(size, population.size()));
        if (seats == 0) {
            return List.of();
        }
        Map<String, Integer> cellSeats = cellSeats(population, seats);
        Map<String, Double> regionTarget = targets(population, seats, Person::region);
        Map<String, Integer> regionTaken = new HashMap<>();
        List<Person> remaining = new ArrayList<>(population);
        remaining.sort(Comparator.comparingLong(p -> Long.rotateLeft(p.id() * 0x9E3779B97F4A7C15L, 17)));
        List<Person> chosen = new ArrayList<>();
        while (chosen.size() < seats) {
            Person best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Person candidate : remaining) {
                if (cellSeats.getOrDefault(cell(candidate), 0) <= 0) {
                    continue;
                }
                double score = regionTarget.get(key(candidate.region()))
                        - regionTaken.getOrDefault(key(candidate.region()), 0);
                if (score > bestScore + 1e-9) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            remaining.remove(best);
            chosen.add(best);
            cellSeats.merge(cell(best), -1, Integer::sum);
            regionTaken.merge(key(best.region()), 1, Integer::sum);
        }
        chosen.sort(Comparator.comparingLong(Person::id));
        return chosen;
    }

    /**
     * Seats per band and category: the band quotas exactly, and the category quotas as far as the people in each
     * band allow (maximum flow from category quotas through the band-category cells to the band quotas); the seats
     * left in a band go to its categories the furthest below their share.
     */
    private static Map<String, Integer> cellSeats(List<Person> population, int seats) {
        Map<String, Integer> bandSeats = quotas(population, seats, Person::band);
        Map<String, Integer> categorySeats = quotas(population, seats, Person::category);
        Map<String, Double> categoryTarget = targets(population, seats, Person::category);
        List<String> bands = new ArrayList<>(new TreeMap<>(bandSeats).keySet());
        List<String> categories = new ArrayList<>(new TreeMap<>(categorySeats).keySet());
        Map<String, Integer> people = new HashMap<>();
        population.forEach(p -> people.merge(cell(p), 1, Integer::sum));
        int c0 = 1;
        int b0 = 1 + categories.size();
        int sink = b0 + bands.size();
        int[][] capacity = new int[sink + 1][sink + 1];
        for (int c = 0; c < categories.size(); c++) {
            capacity[0][c0 + c] = categorySeats.get(categories.get(c));
            for (int b = 0; b < bands.size(); b++) {
                capacity[c0 + c][b0 + b] = people.getOrDefault(cell(bands.get(b), categories.get(c)), 0);
            }
        }
        for (int b = 0; b < bands.size(); b++) {
            capacity[b0 + b][sink] = bandSeats.get(bands.get(b));
        }
        int[][] flow = maximumFlow(capacity, 0, sink);
        Map<String, Integer> cells = new HashMap<>();
        Map<String, Integer> categoryGiven = new HashMap<>();
        for (int b = 0; b < bands.size(); b++) {
            int left = bandSeats.get(bands.get(b));
            for (int c = 0; c < categories.size(); c++) {
                int given = flow[c0 + c][b0 + b];
                if (given > 0) {
                    cells.put(cell(bands.get(b), categories.get(c)), given);
                    categoryGiven.merge(categories.get(c), given, Integer::sum);
                    left -= given;
                }
            }
            for (; left > 0; left--) {
                String best = null;
                double bestDeficit = Double.NEGATIVE_INFINITY;
                for (String category : categories) {
                    String cell = cell(bands.get(b), category);
                    double deficit = categoryTarget.get(category) - categoryGiven.getOrDefault(category, 0);
                    if (people.getOrDefault(cell, 0) > cells.getOrDefault(cell, 0) && deficit > bestDeficit) {
                        best = category;
                        bestDeficit = deficit;
                    }
                }
                if (best == null) {
                    break;
                }
                cells.merge(cell(bands.get(b), best), 1, Integer::sum);
                categoryGiven.merge(best, 1, Integer::sum);
            }
        }
        return cells;
    }

    /** Edmonds-Karp on a small dense graph: the flow on each edge. */
    private static int[][] maximumFlow(int[][] capacity, int source, int sink) {
        int n = capacity.length;
        int[][] flow = new int[n][n];
        while (true) {
            int[] parent = new int[n];
            java.util.Arrays.fill(parent, -1);
            parent[source] = source;
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            queue.add(source);
            while (!queue.isEmpty() && parent[sink] < 0) {
                int u = queue.poll();
                for (int v = 0; v < n; v++) {
                    if (parent[v] < 0 && capacity[u][v] - flow[u][v] + flow[v][u] > 0) {
                        parent[v] = u;
                        queue.add(v);
                    }
                }
            }
            if (parent[sink] < 0) {
                return flow;
            }
            int push = Integer.MAX_VALUE;
            for (int v = sink; v != source; v = parent[v]) {
                int u = parent[v];
                push = Math.min(push, capacity[u][v] - flow[u][v] + flow[v][u]);
            }
            for (int v = sink; v != source; v = parent[v]) {
                int u = parent[v];
                int cancel = Math.min(push, flow[v][u]);
                flow[v][u] -= cancel;
                flow[u][v] += push - cancel;
            }
        }
    }

    private static String cell(Person person) {
        return cell(key(person.band()), key(person.category()));
    }

    private static String cell(String band, String category) {
        return band + "|" + category;
    }

    /** Seats per value of a dimension in proportion to the population, by largest remainder. */
    static Map<String, Integer> quotas(List<Person> population, int seats, Function<Person, String> dimension) {
        Map<String, Double> exact = targets(population, seats, dimension);
        Map<String, Integer> quotas = new HashMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, Double> value : exact.entrySet()) {
            int floor = (int) Math.floor(value.getValue() + 1e-9);
            quotas.put(value.getKey(), floor);
            given += floor;
            remainders.add(Map.entry(value.getKey(), value.getValue() - floor));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; given < seats && i < remainders.size(); i++, given++) {
            quotas.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return quotas;
    }

    /** The exact (fractional) number of seats each value of a dimension deserves. */
    private static Map<String, Double> targets(List<Person> population, int seats,
            Function<Person, String> dimension) {
        Map<String, Double> targets = new TreeMap<>();
        for (Person person : population) {
            targets.merge(key(dimension.apply(person)), seats / (double) population.size(), Double::sum);
        }
        return targets;
    }

    private static String key(String value) {
        return String.valueOf(value);
    }

    public static List<Comparison> compare(List<Person> population, List<Person> sample) {
        return List.of(compare("EXPERIENCE_BAND", population, sample, Person::band),
                compare("CATEGORY", population, sample, Person::category),
                compare("REGION", population, sample, Person::region));
    }

    private static Comparison compare(String dimension, List<Person> population, List<Person> sample,
            Function<Person, String> key) {
        return new Comparison(dimension, shares(population, key), shares(sample, key));
    }

    private static Map<String, Double> shares(List<Person> people, Function<Person, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        people.forEach(p -> counts.merge(String.valueOf(key.apply(p)), 1L, Long::sum));
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((k, v) -> shares.put(k, people.isEmpty() ? 0 : Math.round(1000.0 * v / people.size()) / 10.0));
        return shares;
    }
}
