package org.parcours.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The answering page reads numbers and dates whatever type JSF puts in its maps (none is known through EL). */
class RespondViewTest {

    @Test
    void aNumberIsReadFromANumberOrFromItsText() {
        assertThat(RespondView.numberOf(12.5)).isEqualTo(12.5);
        assertThat(RespondView.numberOf(new java.math.BigDecimal("7"))).isEqualTo(7.0);
        assertThat(RespondView.numberOf("12")).isEqualTo(12.0);
        assertThat(RespondView.numberOf("3,5")).isEqualTo(3.5);
    }

    @Test
    void anEmptyOrUnreadableNumberIsNoAnswer() {
        assertThat(RespondView.numberOf(null)).isNull();
        assertThat(RespondView.numberOf(" ")).isNull();
        assertThat(RespondView.numberOf("twelve")).isNull();
    }

    @Test
    void aDateIsReadFromAnyDateTypeOrFromItsText() {
        LocalDate day = LocalDate.of(2026, 3, 15);
        assertThat(RespondView.dateOf(day)).isEqualTo(day);
        assertThat(RespondView.dateOf(LocalDateTime.of(2026, 3, 15, 0, 0))).isEqualTo(day);
        assertThat(RespondView.dateOf(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant())))
                .isEqualTo(day);
        assertThat(RespondView.dateOf("15/03/2026")).isEqualTo(day);
        assertThat(RespondView.dateOf("2026-03-15")).isEqualTo(day);
    }

    @Test
    void anEmptyOrUnreadableDateIsNoAnswer() {
        assertThat(RespondView.dateOf(null)).isNull();
        assertThat(RespondView.dateOf("")).isNull();
        assertThat(RespondView.dateOf("31/02/2026x")).isNull();
    }
}
