package org.parcours.survey.entity;

import java.util.List;

/**
 * Experience bands that results are broken down by and that training groups mix: under 2 years, 2 to 5, 5 to 10,
 * and more than 10 years of practice.
 */
public final class ExperienceBand {

    public static final String UNDER_2 = "lt2";
    public static final String FROM_2_TO_5 = "2to5";
    public static final String FROM_5_TO_10 = "5to10";
    public static final String OVER_10 = "gt10";
    public static final List<String> ALL = List.of(UNDER_2, FROM_2_TO_5, FROM_5_TO_10, OVER_10);

    private ExperienceBand() {
    }

    public static String ofYears(int years) {
        if (years < 2) {
            return UNDER_2;
        }
        if (years < 5) {
            return FROM_2_TO_5;
        }
        return years < 10 ? FROM_5_TO_10 : OVER_10;
    }
}
