package org.parcours.survey.boundary;

import java.util.List;

/** What an invitation run would do: how many new invitees, how many already invited, which addresses are invalid. */
public record AudiencePreview(int newInvitees, int alreadyInvited, List<String> invalidEmails) {

    public AudiencePreview {
        invalidEmails = List.copyOf(invalidEmails);
    }
}
