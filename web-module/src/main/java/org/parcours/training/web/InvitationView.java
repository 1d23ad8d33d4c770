package org.parcours.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.training.boundary.SessionService;
import org.parcours.training.entity.Enrolment;
import org.parcours.training.entity.EnrolmentStatus;
import org.parcours.training.entity.SessionStatus;

/**
 * An invitation to a training session, as the invitee sees it: the session, and once enrolment is open, accept
 * (a place, or the waiting list) or decline. Without a session, the invitations that await a reply.
 */
@Named
@ViewScoped
public class InvitationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SessionService sessions;

    @Inject
    transient Messages messages;

    private Long session;
    private Enrolment enrolment;
    private List<Enrolment> pending;

    public void load() throws IOException {
        if (session == null) {
            pending = sessions.myInvitations();
            return;
        }
        enrolment = sessions.myEnrolment(session).orElse(null);
        if (enrolment == null) {
            TrainingRefusals.send(BusinessException.notFound("invitation", session), messages);
        }
    }

    public void accept() {
        reply(true);
    }

    public void decline() {
        reply(false);
    }

    private void reply(boolean accept) {
        try {
            enrolment = sessions.reply(session, accept);
            messages.info(enrolment.getStatus() == EnrolmentStatus.REGISTERED ? "invitation.registered"
                    : enrolment.getStatus() == EnrolmentStatus.WAITING ? "invitation.waiting" : "invitation.declined");
        } catch (BusinessException refusal) {
            messages.refused(refusal, "reply");
            enrolment = sessions.myEnrolment(session).orElse(enrolment);
        }
    }

    /** Whether the invitee can answer now: invited, and enrolment open. */
    public boolean isAnswerable() {
        return enrolment != null && enrolment.getStatus() == EnrolmentStatus.INVITED
                && enrolment.getSession().getStatus() == SessionStatus.OPEN_FOR_ENROLMENT;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public List<Enrolment> getPending() {
        return pending;
    }
}
