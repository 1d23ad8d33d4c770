package org.parcours.identity.entity;

/** Role names as compile-time constants, for {@code @RolesAllowed} and web.xml alike. */
public final class Roles {

    public static final String STAFF = "STAFF";
    public static final String MANAGER = "MANAGER";
    public static final String HR_ADMIN = "HR_ADMIN";
    public static final String COMMITTEE_MEMBER = "COMMITTEE_MEMBER";

    private Roles() {
    }
}
