package org.parcours.training.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Forms working groups that each mix experience levels, and spread regions and units:
 * <ol>
 * <li>groups of nearly equal size (they differ by one at most), as many as the wanted size asks for;</li>
 * <li>participants sorted by experience band (the largest band first), region, unit and id, and dealt to the groups
 * in turn, so that each band reaches as many groups as it has members;</li>
 * <li>while a group holds a single band, one of its members is swapped with someone of another band from a group
 * that stays mixed after the swap. Each swap mixes one more group, and when no swap is possible no arrangement
 * could mix every group (fewer people outside one band than there are groups);</li>
 * <li>people of the same band are swapped between groups while it spreads regions and units better, which changes
 * no group's band balance.</li>
 * </ol>
 * The same participants always give the same groups, in whatever order they come.
 */
public final class GroupFormation {

    private static final String UNKNOWN = "?";
    private static final int SPREAD_PASSES = 20;

    /** A participant as group formation sees them. */
    public record Participant(long id, String band, String region, String unit) {
    }

    /** One group and its balance: how many of each band, and the regions it spans. */
    public record Group(int number, List<Participant> members, Map<String, Long> bands, Map<String, Long> regions) {

        /** The group mixes at least two experience bands. */
        public boolean mixed() {
            return bands.size() >= 2;
        }
    }

    private GroupFormation() {
    }

    public static List<Group> form(List<Participant> participants, int groupSize) {
        if (participants.isEmpty()) {
            return List.of();
        }
        int size = Math.max(2, groupSize);
        int count = (int) Math.ceil(participants.size() / (double) size);
        Map<String, Long> bandSizes = new HashMap<>();
        participants.forEach(p -> bandSizes.merge(band(p), 1L, Long::sum));
        List<Participant> sorted = new ArrayList<>(participants);
        sorted.sort(Comparator.comparing((Participant p) -> -bandSizes.get(band(p)))
                .thenComparing(GroupFormation::band).thenComparing(p -> text(p.region()))
                .thenComparing(p -> text(p.unit())).thenComparingLong(Participant::id));
        List<List<Participant>> groups = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < sorted.size(); i++) {
            groups.get(i % count).add(sorted.get(i));
        }
        mixBands(groups);
        spread(groups);
        List<Group> result = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            List<Participant> members = new ArrayList<>(groups.get(g));
            members.sort(Comparator.comparing(GroupFormation::band).thenComparingLong(Participant::id));
            result.add(describe(g + 1, members));
        }
        return result;
    }

    /** Whether some arrangement of these participants in groups of this size mixes bands in every group. */
    public static boolean everyGroupCanMix(List<Participant> participants, int groupSize) {
        int size = Math.max(2, groupSize);
        int count = (int) Math.ceil(participants.size() / (double) size);
        if (participants.isEmpty() || participants.size() < 2 * count) {
            return false;
        }
        Map<String, Long> bandSizes = new HashMap<>();
        participants.forEach(p -> bandSizes.merge(band(p), 1L, Long::sum));
        long largest = bandSizes.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return participants.size() - largest >= count;
    }

    private static void mixBands(List<List<Participant>> groups) {
        for (int guard = 0; guard <= groups.size(); guard++) {
            int unmixed = -1;
            for (int g = 0; g < groups.size() && unmixed < 0; g++) {
                if (groups.get(g).size() >= 2 && bands(groups.get(g)) == 1) {
                    unmixed = g;
                }
            }
            if (unmixed < 0 || !swapIntoMix(groups, unmixed)) {
                return;
            }
        }
    }

    private static boolean swapIntoMix(List<List<Participant>> groups, int unmixed) {
        List<Participant> single = groups.get(unmixed);
        Participant leaving = single.get(single.size() - 1);
        String band = band(leaving);
        for (int g = 0; g < groups.size(); g++) {
            if (g == unmixed) {
                continue;
            }
            List<Participant> other = groups.get(g);
            for (int i = 0; i < other.size(); i++) {
                Participant coming = other.get(i);
                if (band(coming).equals(band)) {
                    continue;
                }
                List<Participant> after = new ArrayList<>(other);
                after.set(i, leaving);
                if (bands(after) >= 2) {
                    other.set(i, leaving);
                    single.set(single.size() - 1, coming);
                    return true;
                }
            }
        }
        return false;
    }

    /** Swaps people of the same band between groups while that lowers the repeats of regions and units. */
    private static void spread(List<List<Participant>> groups) {
        for (int pass = 0; pass < SPREAD_PASSES; pass++) {
            boolean improved = false;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    improved |= spreadPair(groups.get(a), groups.get(b));
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    private static boolean spreadPair(List<Participant> first, List<Participant> second) {
        boolean improved = false;
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < second.size(); j++) {
                Participant x = first.get(i);
                Participant y = second.get(j);
                if (!band(x).equals(band(y))) {
                    continue;
                }
                int before = repeats(first) + repeats(second);
                first.set(i, y);
                second.set(j, x);
                if (repeats(first) + repeats(second) < before) {
                    improved = true;
                } else {
                    first.set(i, x);
                    second.set(j, y);
                }
            }
        }
        return improved;
    }

    /** How many members share their region (counted twice) or their unit with someone before them in the group. */
    private static int repeats(List<Participant> group) {
        Map<String, Integer> regions = new HashMap<>();
        Map<String, Integer> units = new HashMap<>();
        int repeats = 0;
        for (Participant p : group) {
            repeats += 2 * regions.merge(text(p.region()), 1, Integer::sum) - 2;
            repeats += units.merge(text(p.unit()), 1, Integer::sum) - 1;
        }
        return repeats;
    }

    private static long bands(List<Participant> group) {
        return group.stream().map(GroupFormation::band).distinct().count();
    }

    private static String band(Participant p) {
        return p.band() == null ? UNKNOWN : p.band();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public static Group describe(int number, List<Participant> members) {
        Map<String, Long> bands = new TreeMap<>();
        Map<String, Long> regions = new TreeMap<>();
        for (Participant p : members) {
            bands.merge(band(p), 1L, Long::sum);
            regions.merge(p.region() == null ? UNKNOWN : p.region(), 1L, Long::sum);
        }
        return new Group(number, List.copyOf(members), bands, regions);
    }
}
