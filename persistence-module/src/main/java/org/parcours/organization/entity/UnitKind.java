package org.parcours.organization.entity;

/** What an organisation unit is: the head office, a regional delegation, a department, or a laboratory. */
public enum UnitKind {
    HEAD_OFFICE, REGIONAL_DELEGATION, DEPARTMENT, LAB
}
