package org.parcours.survey.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anonymity rule for broken-down results. A group with fewer than k respondents is hidden; and when the hidden
 * groups together hold between 1 and k-1 respondents, they could be recomputed from the total, so the smallest
 * visible groups are hidden as well until the hidden total reaches k (or everything is hidden).
 */
public final class GroupSuppression {

    private GroupSuppression() {
    }

    /** The keys of the groups to hide, given each group's number of respondents. */
    public static Set<String> hidden(Map<String, Long> respondentsByGroup, int k) {
        Set<String> hidden = new HashSet<>();
        long total = respondentsByGroup.values().stream().mapToLong(Long::longValue).sum();
        if (total < k) {
            hidden.addAll(respondentsByGroup.keySet());
            return hidden;
        }
        long hiddenSum = 0;
        List<Map.Entry<String, Long>> bySize = new ArrayList<>(respondentsByGroup.entrySet());
        bySize.sort(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                Comparator.nullsFirst(Comparator.naturalOrder()))));
        for (Map.Entry<String, Long> group : bySize) {
            if (group.getValue() < k) {
                hidden.add(group.getKey());
                hiddenSum += group.getValue();
            }
        }
        for (Map.Entry<String, Long> group : bySize) {
            if (hiddenSum == 0 || hiddenSum >= k) {
                break;
            }
            if (hidden.add(group.getKey())) {
                hiddenSum += group.getValue();
            }
        }
        return hidden;
    }
}
