package org.parcours.identity.entity;

/** The roles of Parcours. {@link Roles} holds the same names as constants for {@code @RolesAllowed}. */
public enum Role {
    STAFF, MANAGER, HR_ADMIN, COMMITTEE_MEMBER
}
