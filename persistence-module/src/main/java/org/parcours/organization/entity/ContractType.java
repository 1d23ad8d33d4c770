package org.parcours.organization.entity;

/** Permanent position or fixed-term contract (CDD). */
public enum ContractType {
    PERMANENT, FIXED_TERM
}
