package org.parcours.identity.boundary;

import java.time.Instant;

/** A freshly issued API token: the secret is shown once and never stored in clear. */
public record IssuedToken(long id, String username, String label, String secret, Instant expiresAt) {
}
