package org.parcours.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parcours.mail.entity.MailStatus;
import org.parcours.mail.entity.OutboxMail;

class OutboxMailTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void failedAttemptsBackOffExponentiallyThenGiveUp() {
        OutboxMail mail = new OutboxMail("a@example.org", "Hello", "Body", "test", null, now);
        assertThat(mail.isDue(now)).isTrue();

        mail.attemptFailed(now, "connection refused", Duration.ofMinutes(1), 3);
        assertThat(mail.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(mail.isDue(now.plusSeconds(59))).isFalse();
        assertThat(mail.isDue(now.plusSeconds(60))).isTrue();

        mail.attemptFailed(now, "connection refused", Duration.ofMinutes(1), 3);
        assertThat(mail.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(2)));

        mail.attemptFailed(now, "connection refused", Duration.ofMinutes(1), 3);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.isDue(now.plus(Duration.ofDays(1)))).isFalse();
        assertThat(mail.getLastError()).isEqualTo("connection refused");
    }

    @Test
    void anAdminRetrySendsAFailedMailAgainButNeverASentOne() {
        OutboxMail mail = new OutboxMail("a@example.org", "Hello", "Body", "test", null, now);
        mail.attemptFailed(now, "boom", Duration.ofMinutes(1), 1);
        mail.retry(now.plusSeconds(5));
        assertThat(mail.isDue(now.plusSeconds(5))).isTrue();

        mail.delivered(now.plusSeconds(6));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThatThrownBy(() -> mail.retry(now)).isInstanceOf(IllegalStateException.class);
    }
}
