package org.parcours.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcours.survey.control.GroupSuppression;

class GroupSuppressionTest {

    private static Map<String, Long> groups(Object... keysAndCounts) {
        Map<String, Long> groups = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            groups.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        return groups;
    }

    @Test
    void groupsAtOrAboveTheThresholdAreShown() {
        assertThat(GroupSuppression.hidden(groups("a", 5, "b", 9), 5)).isEmpty();
    }

    @Test
    void aSingleSmallGroupIsHiddenTogetherWithTheNextSmallestSoItCannotBeRecomputed() {
        assertThat(GroupSuppression.hidden(groups("researchers", 12, "engineers", 6, "admin", 2), 5))
                .containsExactlyInAnyOrder("admin", "engineers");
    }

    @Test
    void smallGroupsThatTogetherReachTheThresholdNeedNoFurtherHiding() {
        assertThat(GroupSuppression.hidden(groups("a", 20, "b", 3, "c", 2, "d", 8), 5))
                .containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void everythingIsHiddenWhenTheTotalIsBelowTheThreshold() {
        assertThat(GroupSuppression.hidden(groups("a", 2, "b", 1), 5)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void hidingContinuesUntilTheHiddenTotalReachesTheThreshold() {
        assertThat(GroupSuppression.hidden(groups("x", 1, "y", 1, "z", 1, "w", 30), 5))
                .containsExactlyInAnyOrder("x", "y", "z", "w");
    }
}
