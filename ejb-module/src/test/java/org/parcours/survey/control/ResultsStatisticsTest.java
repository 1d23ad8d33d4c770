package org.parcours.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ResultsStatisticsTest {

    private static Map<Double, Long> histogram(double... valueAndCount) {
        Map<Double, Long> histogram = new TreeMap<>();
        for (int i = 0; i < valueAndCount.length; i += 2) {
            histogram.put(valueAndCount[i], (long) valueAndCount[i + 1]);
        }
        return histogram;
    }

    @Test
    void meanAndMedianComeFromTheValueHistogram() {
        Map<Double, Long> ratings = histogram(1, 1, 4, 2, 5, 1);
        assertThat(ResultsAggregator.mean(ratings)).isEqualTo(3.5);
        assertThat(ResultsAggregator.median(ratings)).isEqualTo(4.0);
        assertThat(ResultsAggregator.median(histogram(2, 1, 3, 1))).isEqualTo(2.5);
        assertThat(ResultsAggregator.mean(histogram())).isNull();
    }

    @Test
    void npsIsPromotersMinusDetractorsInPercent() {
        Map<Double, Long> scores = histogram(10, 3, 9, 2, 8, 1, 7, 1, 6, 2, 2, 1);
        assertThat(ResultsAggregator.nps(scores)).isEqualTo(20);
        assertThat(ResultsAggregator.nps(histogram(0, 4))).isEqualTo(-100);
    }

    @Test
    void percentagesAreRoundedToOneDecimal() {
        assertThat(ResultsAggregator.percent(1, 3)).isEqualTo(33.3);
        assertThat(ResultsAggregator.percent(0, 0)).isZero();
    }
}
