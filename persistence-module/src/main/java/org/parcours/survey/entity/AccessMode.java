package org.parcours.survey.entity;

/** Who can answer, and whether answers are tied to the person. */
public enum AccessMode {
    /** Any signed-in staff member answers from "My surveys"; answers are identified. */
    OPEN_TO_STAFF,
    /** Invitees answer with a personal link; answers are tied to them, and the first page says so. */
    LINK_IDENTIFIED,
    /** Invitees answer with a personal link; nothing stored can tie an answer to them. */
    LINK_ANONYMOUS;

    public boolean anonymous() {
        return this == LINK_ANONYMOUS;
    }
}
