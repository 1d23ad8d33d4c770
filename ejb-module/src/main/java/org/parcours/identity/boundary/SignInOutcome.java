package org.parcours.identity.boundary;

import java.time.Instant;
import java.util.Set;

/** The result of checking credentials: who the caller is, or why they are refused. */
public record SignInOutcome(Status status, String username, String displayName, Set<String> roles, String locale,
        Instant heldBackUntil) {

    /** Accepted, refused for wrong credentials, or refused because of too many failures in a row. */
    public enum Status {
        ACCEPTED, INVALID, HELD_BACK
    }

    public SignInOutcome {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static SignInOutcome invalid() {
        return new SignInOutcome(Status.INVALID, null, null, Set.of(), null, null);
    }

    public boolean accepted() {
        return status == Status.ACCEPTED;
    }
}
