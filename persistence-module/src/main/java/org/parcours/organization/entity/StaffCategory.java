package org.parcours.organization.entity;

/** The staff categories of a public research institution. */
public enum StaffCategory {
    RESEARCHER, ENGINEER, ADMINISTRATIVE
}
