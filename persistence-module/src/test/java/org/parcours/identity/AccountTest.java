package org.parcours.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcours.identity.entity.Account;
import org.parcours.identity.entity.Role;

class AccountTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Account account() {
        return new Account("alice", "hash", "Alice", null, Set.of(Role.STAFF), now);
    }

    @Test
    void fiveFailuresInARowHoldTheAccountBackForAMinute() {
        Account account = account();
        for (int i = 0; i < Account.FREE_ATTEMPTS - 1; i++) {
            account.recordFailedSignIn(now);
        }
        assertThat(account.isHeldBack(now)).isFalse();

        account.recordFailedSignIn(now);

        assertThat(account.isHeldBack(now)).isTrue();
        assertThat(account.isHeldBack(now.plus(Duration.ofSeconds(59)))).isTrue();
        assertThat(account.isHeldBack(now.plus(Duration.ofMinutes(1)))).isFalse();
    }

    @Test
    void eachFurtherFailureDoublesTheHoldUpToHalfAnHour() {
        Account account = account();
        for (int i = 0; i < Account.FREE_ATTEMPTS + 1; i++) {
            account.recordFailedSignIn(now);
        }
        assertThat(account.getLockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(2)));
        for (int i = 0; i < 10; i++) {
            account.recordFailedSignIn(now);
        }
        assertThat(account.getLockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aSuccessfulSignInClearsTheCounter() {
        Account account = account();
        for (int i = 0; i < Account.FREE_ATTEMPTS; i++) {
            account.recordFailedSignIn(now);
        }
        account.recordSignIn(now.plus(Duration.ofMinutes(5)));
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.isHeldBack(now)).isFalse();
    }

    @Test
    void onlyFrenchAndEnglishAreKeptAsLanguages() {
        Account account = account();
        account.chooseLocale("en");
        assertThat(account.getLocale()).isEqualTo("en");
        account.chooseLocale("de");
        assertThat(account.getLocale()).isEqualTo("fr");
    }
}
