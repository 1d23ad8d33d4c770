package org.parcours.platform.boundary;

/** Checks the version a user edited against the stored one, so that a lost update becomes a clear refusal. */
public final class Versions {

    private Versions() {
    }

    public static void require(long expected, long actual, String what) {
        if (expected != actual) {
            throw BusinessException.stale(what);
        }
    }
}
