package org.parcours.training.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parcours.training.control.GroupFormation.Group;
import org.parcours.training.control.GroupFormation.Participant;

/** Group formation on generated populations: balance, completeness of the band mixing, determinism, spread. */
class GroupFormationTest {

    private static final String[] BANDS = {"lt2", "2to5", "5to10", "gt10"};

    /** A population of {@code n} people whose bands follow {@code weights} (a skewed one when a weight dominates). */
    private static List<Participant> population(Random random, int n, double[] weights) {
        List<Participant> people = new ArrayList<>();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        for (int i = 0; i < n; i++) {
            double pick = random.nextDouble() * total;
            int band = 0;
            while (band < weights.length - 1 && pick >= weights[band]) {
                pick -= weights[band];
                band++;
            }
            int region = random.nextInt(6);
            people.add(new Participant(1000L + i * 7919L + random.nextInt(7919), BANDS[band],
                    "DR-" + region, "U" + region + random.nextInt(4)));
        }
        return people;
    }

    private static double[] weights(Random random) {
        double[] weights = new double[BANDS.length];
        for (int b = 0; b < weights.length; b++) {
            weights[b] = random.nextDouble() < 0.2 ? 0 : random.nextDouble();
        }
        weights[random.nextInt(weights.length)] += random.nextDouble() * 4;
        return weights;
    }

    /** Independent of the implementation: every group can mix iff each group has two members and each needs one person outside the largest band. */
    private static boolean mixable(List<Participant> people, int groups) {
        Map<String, Long> sizes = people.stream().collect(Collectors.groupingBy(Participant::band,
                Collectors.counting()));
        long largest = Collections.max(sizes.values());
        return people.size() >= 2 * groups && people.size() - largest >= groups;
    }

    @Test
    void onGeneratedPopulationsEveryGroupMixesBandsWheneverThePopulationAllowsIt() {
        Random random = new Random(20261124);
        int mixableCases = 0;
        int otherCases = 0;
        for (int run = 0; run < 1500; run++) {
            int n = 2 + random.nextInt(70);
            int size = 2 + random.nextInt(7);
            List<Participant> people = population(random, n, weights(random));

            List<Group> groups = GroupFormation.form(people, size);

            int expectedGroups = (int) Math.ceil(n / (double) size);
            assertThat(groups).hasSize(expectedGroups);
            assertThat(groups.stream().flatMap(g -> g.members().stream()).map(Participant::id))
                    .as("everyone placed once").containsExactlyInAnyOrderElementsOf(
                            people.stream().map(Participant::id).toList());
            int smallest = groups.stream().mapToInt(g -> g.members().size()).min().orElseThrow();
            int largest = groups.stream().mapToInt(g -> g.members().size()).max().orElseThrow();
            assertThat(largest - smallest).as("sizes differ by one at most").isLessThanOrEqualTo(1);
            assertThat(largest).isLessThanOrEqualTo(size);
            if (mixable(people, expectedGroups)) {
                mixableCases++;
                assertThat(groups).as("run %d: %d people, groups of %d", run, n, size).allSatisfy(g ->
                        assertThat(g.bands()).as("bands of group %d", g.number()).hasSizeGreaterThanOrEqualTo(2));
                assertThat(groups).allMatch(Group::mixed);
            } else {
                otherCases++;
            }
            assertThat(GroupFormation.everyGroupCanMix(people, size)).isEqualTo(mixable(people, expectedGroups));
        }
        assertThat(mixableCases).as("the generator produces both kinds of population").isGreaterThan(500);
        assertThat(otherCases).isGreaterThan(50);
    }

    @Test
    void theMixabilityRuleMatchesAnExhaustiveSearchOnSmallPopulations() {
        Random random = new Random(7);
        for (int run = 0; run < 300; run++) {
            int n = 2 + random.nextInt(7);
            int size = 2 + random.nextInt(3);
            List<Participant> people = population(random, n, weights(random));
            int groups = (int) Math.ceil(n / (double) size);
            List<Integer> capacities = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                capacities.add(n / groups + (g < n % groups ? 1 : 0));
            }
            boolean exists = search(people, 0, new ArrayList<>(Collections.nCopies(groups, List.<String>of())),
                    capacities);
            assertThat(mixable(people, groups)).as("%s in groups of %d", people, size).isEqualTo(exists);
            boolean formedAllMixed = GroupFormation.form(people, size).stream().allMatch(Group::mixed);
            assertThat(formedAllMixed).isEqualTo(exists);
        }
    }

    private static boolean search(List<Participant> people, int next, List<List<String>> groups,
            List<Integer> capacities) {
        if (next == people.size()) {
            return groups.stream().allMatch(g -> g.stream().distinct().count() >= 2);
        }
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).size() < capacities.get(g)) {
                List<String> before = groups.get(g);
                List<String> with = new ArrayList<>(before);
                with.add(people.get(next).band());
                groups.set(g, with);
                if (search(people, next + 1, groups, capacities)) {
                    return true;
                }
                groups.set(g, before);
            }
        }
        return false;
    }

    @Test
    void theSameParticipantsGiveTheSameGroupsInWhateverOrderTheyCome() {
        Random random = new Random(42);
        for (int run = 0; run < 100; run++) {
            List<Participant> people = population(random, 5 + random.nextInt(50), weights(random));
            List<Participant> shuffled = new ArrayList<>(people);
            Collections.shuffle(shuffled, random);

            assertThat(GroupFormation.form(shuffled, 5)).isEqualTo(GroupFormation.form(people, 5));
        }
    }

    @Test
    void aDominantBandIsSpreadSoThatTheFewOthersEachMixAGroup() {
        List<Participant> people = new ArrayList<>();
        people.add(new Participant(1, "lt2", "DR-A", "U1"));
        for (int i = 2; i <= 4; i++) {
            people.add(new Participant(i, "gt10", "DR-A", "U1"));
        }
        people.add(new Participant(5, "5to10", "DR-B", "U2"));

        List<Group> groups = GroupFormation.form(people, 3);

        assertThat(groups).hasSize(2).allMatch(Group::mixed);
    }

    @Test
    void withinABandRegionsAreSpreadOverTheGroups() {
        List<Participant> people = new ArrayList<>();
        long id = 1;
        for (String band : BANDS) {
            for (int region = 0; region < 4; region++) {
                people.add(new Participant(id++, band, "DR-" + region, "U" + region));
            }
        }

        List<Group> groups = GroupFormation.form(people, 4);

        assertThat(groups).hasSize(4).allSatisfy(g -> {
            assertThat(g.bands()).as("one of each band").hasSize(4);
            assertThat(g.regions()).as("four regions").hasSize(4);
        });
    }

    @Test
    void noParticipantsNoGroups() {
        assertThat(GroupFormation.form(List.of(), 6)).isEmpty();
        Map<String, Long> none = new HashMap<>();
        assertThat(GroupFormation.describe(1, List.of()).bands()).isEqualTo(none);
    }
}
