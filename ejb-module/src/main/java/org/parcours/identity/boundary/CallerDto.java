package org.parcours.identity.boundary;

import java.util.Set;

/** The signed-in person as the portal and the API show them. */
public record CallerDto(String username, String displayName, Set<String> roles, String locale, Long staffId,
        String email) {
}
