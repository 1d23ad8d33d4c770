package org.parcours.training.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parcours.identity.entity.Roles;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.training.control.TrainingAccess;
import org.parcours.training.entity.EnrolmentStatus;
import org.parcours.training.entity.JournalEntry;
import org.parcours.training.entity.JournalSharing;
import org.parcours.training.entity.TrainingSession;

/**
 * A participant's practice journal: private by default; an entry is read by the trainer or by the participant's
 * group only if its author shares it. Also the protected reflection time a participant books in their own calendar.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
public class JournalService {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingAccess access;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    private Long me() {
        return access.staffIdOf(context.getCallerPrincipal().getName())
                .orElseThrow(() -> BusinessException.forbidden("survey.noStaffRecord"));
    }

    /** A shared entry with the name of its author, as the trainer or a group member reads it. */
    public record SharedEntry(JournalEntry entry, String author) {
    }

    /** The sessions the caller took part in or trained, the latest first. */
    public List<TrainingSession> mySessions() {
        return em.createQuery("select s from TrainingSession s where s.trainerStaffId = :me or s.id in"
                + " (select e.session.id from Enrolment e where e.staffId = :me and e.status = :r)"
                + " order by s.startsOn desc, s.id desc", TrainingSession.class).setParameter("me", me())
                .setParameter("r", EnrolmentStatus.REGISTERED).getResultList();
    }

    /** Whether the caller took part in the session (and so keeps a journal for it), rather than trained it. */
    public boolean participates(long sessionId) {
        return participates(sessionId, me());
    }

    /** {@link #sharedWithMe} with each author's name. */
    public List<SharedEntry> sharedEntries(long sessionId) {
        List<JournalEntry> entries = sharedWithMe(sessionId);
        Map<Long, String> names = new HashMap<>();
        if (!entries.isEmpty()) {
            for (Object[] row : em.createQuery("select s.id, s.firstName, s.lastName from StaffMember s"
                    + " where s.id in :ids", Object[].class).setParameter("ids", entries.stream()
                    .map(JournalEntry::getAuthorStaffId).distinct().toList()).getResultList()) {
                names.put((Long) row[0], row[1] + " " + row[2]);
            }
        }
        return entries.stream().map(e -> new SharedEntry(e, names.getOrDefault(e.getAuthorStaffId(), "")))
                .toList();
    }

    public List<JournalEntry> myEntries(long sessionId) {
        return em.createQuery("select j from JournalEntry j where j.sessionId = :s and j.authorStaffId = :me"
                + " order by j.writtenAt desc", JournalEntry.class).setParameter("s", sessionId)
                .setParameter("me", me()).getResultList();
    }

    public JournalEntry write(long sessionId, String text, JournalSharing sharing) {
        Long me = me();
        requireParticipant(sessionId, me);
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid("text", "training.journal.empty");
        }
        if (text.length() > 8000) {
            throw BusinessException.invalid("text", "training.journal.tooLong");
        }
        JournalEntry entry = new JournalEntry(sessionId, me, text.strip(), clock.instant());
        entry.share(sharing == null ? JournalSharing.PRIVATE : sharing);
        em.persist(entry);
        return entry;
    }

    public void share(long entryId, JournalSharing sharing) {
        JournalEntry entry = em.find(JournalEntry.class, entryId);
        if (entry == null || !entry.getAuthorStaffId().equals(me())) {
            throw BusinessException.notFound("journal", entryId);
        }
        entry.share(sharing);
    }

    /**
     * Entries the caller may read that others wrote: shared with the trainer (if the caller trains the session) or
     * with the group (if the caller is in the author's group). Never a private entry.
     */
    public List<JournalEntry> sharedWithMe(long sessionId) {
        Long me = me();
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw BusinessException.notFound("session", sessionId);
        }
        boolean trainer = me.equals(session.getTrainerStaffId());
        Integer myGroup = em.createQuery("select e.groupNumber from Enrolment e where e.session.id = :s"
                + " and e.staffId = :me", Integer.class).setParameter("s", sessionId).setParameter("me", me)
                .getResultList().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return em.createQuery("select j from JournalEntry j where j.sessionId = :s and j.authorStaffId <> :me"
                + " and ((j.sharing = :trainerShare and :trainer = true) or (j.sharing = :groupShare and"
                + " j.authorStaffId in (select e.staffId from Enrolment e where e.session.id = :s"
                + " and e.groupNumber = :group))) order by j.writtenAt desc", JournalEntry.class)
                .setParameter("s", sessionId).setParameter("me", me)
                .setParameter("trainerShare", JournalSharing.TRAINER).setParameter("trainer", trainer)
                .setParameter("groupShare", JournalSharing.GROUP).setParameter("group", myGroup == null ? -1 : myGroup)
                .getResultList();
    }

    /** An iCalendar event reserving reflection time in the participant's own calendar. */
    public String reflectionEvent(long sessionId, LocalDate day, int startHour, int minutes) {
        requireParticipant(sessionId, me());
        if (day == null) {
            throw BusinessException.invalid("day", "training.journal.dayRequired");
        }
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime start = LocalDateTime.of(day, java.time.LocalTime.of(Math.max(0, Math.min(23, startHour)), 0))
                .atZone(zone);
        ZonedDateTime end = start.plusMinutes(Math.max(15, Math.min(240, minutes)));
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"));
        String summary = "Temps de recul – " + session.getTitle();
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parcours//Reflection time//FR",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:" + UUID.randomUUID() + "@parcours",
                "DTSTAMP:" + utc.format(clock.instant()), "DTSTART:" + utc.format(start.toInstant()),
                "DTEND:" + utc.format(end.toInstant()), "SUMMARY:" + escape(summary),
                "DESCRIPTION:" + escape("Temps protégé pour relire sa pratique et écrire dans son journal."),
                "TRANSP:OPAQUE", "CLASS:PRIVATE", "END:VEVENT", "END:VCALENDAR", "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n");
    }

    private void requireParticipant(long sessionId, Long me) {
        if (!participates(sessionId, me)) {
            throw BusinessException.forbidden("training.journal.notParticipant");
        }
    }

    private boolean participates(long sessionId, Long me) {
        return em.createQuery("select count(e) from Enrolment e where e.session.id = :s and e.staffId = :me"
                + " and e.status = :r", Long.class).setParameter("s", sessionId).setParameter("me", me)
                .setParameter("r", EnrolmentStatus.REGISTERED).getSingleResult() > 0;
    }
}
