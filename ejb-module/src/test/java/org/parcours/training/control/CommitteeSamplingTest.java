package org.parcours.training.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parcours.training.control.CommitteeSampling.Comparison;
import org.parcours.training.control.CommitteeSampling.Person;

/** The committee sample on generated populations: its size, its representativeness, its stability. */
class CommitteeSamplingTest {

    private static final String[] BANDS = {"lt2", "2to5", "5to10", "gt10"};
    private static final String[] CATEGORIES = {"RESEARCHER", "ENGINEER", "ADMINISTRATIVE"};

    private static List<Person> population(Random random, int n) {
        double[] bandWeights = {random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()};
        double[] categoryWeights = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
        int regions = 2 + random.nextInt(8);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(new Person(500L + i * 7919L + random.nextInt(7919), pick(random, BANDS, bandWeights),
                    pick(random, CATEGORIES, categoryWeights), "DR-" + random.nextInt(regions)));
        }
        return people;
    }

    private static String pick(Random random, String[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static Map<String, Long> counts(List<Person> people, Function<Person, String> dimension) {
        return people.stream().collect(Collectors.groupingBy(dimension, Collectors.counting()));
    }

    /** Sum over values of |seats taken - seats deserved|: 0 for a perfect miniature of the population. */
    private static double deviation(List<Person> population, List<Person> sample, Function<Person, String> dimension) {
        Map<String, Long> inPopulation = counts(population, dimension);
        Map<String, Long> inSample = counts(sample, dimension);
        double deviation = 0;
        for (Map.Entry<String, Long> value : inPopulation.entrySet()) {
            double deserved = sample.size() * value.getValue() / (double) population.size();
            deviation += Math.abs(inSample.getOrDefault(value.getKey(), 0L) - deserved);
        }
        return deviation;
    }

    @Test
    void onGeneratedPopulationsTheSampleIsAMiniatureOfThePopulation() {
        Random random = new Random(2026);
        double sampleDeviation = 0;
        double randomDeviation = 0;
        for (int run = 0; run < 400; run++) {
            List<Person> people = population(random, 13 + random.nextInt(150));
            int size = 4 + random.nextInt(9);

            List<Person> sample = CommitteeSampling.sample(people, size);
            int current = run;

            assertThat(sample).hasSize(size).doesNotHaveDuplicates();
            assertThat(people).containsAll(sample);
            Map<String, Long> bands = counts(people, Person::band);
            Map<String, Long> sampled = counts(sample, Person::band);
            bands.forEach((band, count) -> assertThat((double) sampled.getOrDefault(band, 0L))
                    .as("run %d: seats of band %s", current, band)
                    .isCloseTo(size * count / (double) people.size(), org.assertj.core.data.Offset.offset(0.9999)));
            Map<String, Long> categories = counts(people, Person::category);
            Map<String, Long> sampledCategories = counts(sample, Person::category);
            categories.forEach((category, count) -> assertThat((double) sampledCategories.getOrDefault(category, 0L))
                    .as("run %d: seats of category %s", current, category)
                    .isCloseTo(size * count / (double) people.size(), org.assertj.core.data.Offset.offset(0.9999)));
            sampleDeviation += deviation(people, sample, Person::band) + deviation(people, sample, Person::category)
                    + deviation(people, sample, Person::region);
            List<Person> drawn = new ArrayList<>(people);
            Collections.shuffle(drawn, random);
            drawn = drawn.subList(0, size);
            randomDeviation += deviation(people, drawn, Person::band) + deviation(people, drawn, Person::category)
                    + deviation(people, drawn, Person::region);
        }
        assertThat(sampleDeviation).as("far closer to the population than a simple random draw")
                .isLessThan(randomDeviation * 0.6);
    }

    @Test
    void theComparisonGivesTheSharesOfEachDimensionInThePopulationAndTheSample() {
        List<Person> people = List.of(new Person(1, "lt2", "RESEARCHER", "DR-A"),
                new Person(2, "lt2", "ENGINEER", "DR-A"), new Person(3, "gt10", "RESEARCHER", "DR-B"),
                new Person(4, "gt10", "RESEARCHER", "DR-B"));

        List<Person> sample = CommitteeSampling.sample(people, 2);
        List<Comparison> comparison = CommitteeSampling.compare(people, sample);

        assertThat(sample).extracting(Person::band).containsExactlyInAnyOrder("lt2", "gt10");
        assertThat(sample).extracting(Person::region).containsExactlyInAnyOrder("DR-A", "DR-B");
        assertThat(comparison).extracting(Comparison::dimension).containsExactly("EXPERIENCE_BAND", "CATEGORY",
                "REGION");
        assertThat(comparison.get(0).population()).containsEntry("lt2", 50.0).containsEntry("gt10", 50.0);
        assertThat(comparison.get(0).sample()).containsEntry("lt2", 50.0).containsEntry("gt10", 50.0);
        assertThat(comparison.get(1).population()).containsEntry("RESEARCHER", 75.0).containsEntry("ENGINEER", 25.0);
    }

    @Test
    void theSameOrShuffledPopulationGivesTheSameSample() {
        Random random = new Random(11);
        for (int run = 0; run < 50; run++) {
            List<Person> people = population(random, 30 + random.nextInt(50));
            List<Person> shuffled = new ArrayList<>(people);
            Collections.shuffle(shuffled, random);

            assertThat(CommitteeSampling.sample(shuffled, 6)).isEqualTo(CommitteeSampling.sample(people, 6));
        }
    }

    @Test
    void aSampleLargerThanThePopulationTakesEveryoneAndAnEmptyOneNobody() {
        List<Person> people = List.of(new Person(1, "lt2", "RESEARCHER", "DR-A"),
                new Person(2, "gt10", "ENGINEER", "DR-B"));

        assertThat(new HashSet<>(CommitteeSampling.sample(people, 9))).isEqualTo(new HashSet<>(people));
        assertThat(CommitteeSampling.sample(people, 0)).isEmpty();
        assertThat(CommitteeSampling.sample(List.of(), 4)).isEmpty();
    }
}
