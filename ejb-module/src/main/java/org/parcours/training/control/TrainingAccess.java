package org.parcours.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.survey.control.TrainingLookup;
import org.parcours.training.entity.TrainingSession;

/**
 * Who sits on which steering committee (membership is per program, so a committee member sees only their own
 * programs), and session titles for survey breakdowns.
 */
@ApplicationScoped
public class TrainingAccess implements TrainingLookup {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean isCommitteeMember(String username, Long programId) {
        if (programId == null || username == null) {
            return false;
        }
        return em.createQuery("select count(m) from CommitteeMember m, Account a where a.username = :u"
                + " and a.staffMember.id = m.staffId and m.programId = :p", Long.class)
                .setParameter("u", username).setParameter("p", programId).getSingleResult() > 0;
    }

    /** The programs whose committee the person sits on. */
    public List<Long> committeePrograms(String username) {
        return em.createQuery("select m.programId from CommitteeMember m, Account a where a.username = :u"
                + " and a.staffMember.id = m.staffId", Long.class).setParameter("u", username).getResultList();
    }

    /** Whether the person trains this session. */
    public boolean trains(String username, Long sessionId) {
        if (sessionId == null || username == null) {
            return false;
        }
        return em.createQuery("select count(s) from TrainingSession s, Account a where a.username = :u"
                + " and a.staffMember.id = s.trainerStaffId and s.id = :s", Long.class).setParameter("u", username)
                .setParameter("s", sessionId).getSingleResult() > 0;
    }

    /** The sessions of the program that the person trains. */
    public List<Long> sessionsTrainedBy(String username, Long programId) {
        return em.createQuery("select s.id from TrainingSession s, Account a where a.username = :u"
                + " and a.staffMember.id = s.trainerStaffId and s.program.id = :p", Long.class)
                .setParameter("u", username).setParameter("p", programId).getResultList();
    }

    public Optional<Long> staffIdOf(String username) {
        return em.createQuery("select a.staffMember.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getResultList().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public Map<String, String> sessionTitles() {
        Map<String, String> titles = new HashMap<>();
        for (TrainingSession session : em.createQuery("select s from TrainingSession s", TrainingSession.class)
                .getResultList()) {
            titles.put(String.valueOf(session.getId()), session.getTitle());
        }
        return titles;
    }
}
