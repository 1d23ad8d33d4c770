package org.parcours.training.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Roles;
import org.parcours.mail.control.MailOutbox;
import org.parcours.organization.control.StaffDirectory;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.control.ParcoursConfig;
import org.parcours.training.control.GroupFormation;
import org.parcours.training.control.SessionClosing;
import org.parcours.training.control.TrainingAccess;
import org.parcours.training.entity.Enrolment;
import org.parcours.training.entity.EnrolmentStatus;
import org.parcours.training.entity.ExperienceProfile;
import org.parcours.training.entity.SessionKind;
import org.parcours.training.entity.SessionStatus;
import org.parcours.training.entity.TrainingProgram;
import org.parcours.training.entity.TrainingSession;

/**
 * HR runs sessions: plans them, enrols participants within capacity (then on a waiting list promoted automatically
 * when a place frees), takes attendance, forms mixed groups, and ends the session, which sends its satisfaction
 * survey. Participants and their managers are told by mail.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class SessionService {

    /** A participant line: the enrolment, who it is, and their experience band (from the needs assessment). */
    public record Participant(Enrolment enrolment, String name, String email, String unit, String region,
            String category, String band) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory directory;

    @EJB
    MailOutbox outbox;

    @EJB
    SessionClosing closing;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    TrainingAccess access;

    @Inject
    ParcoursConfig config;

    @Resource
    SessionContext context;

    public TrainingSession find(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw BusinessException.notFound("session", sessionId);
        }
        return session;
    }

    public TrainingSession plan(long programId, String title, SessionKind kind, LocalDate startsOn, LocalDate endsOn,
            int capacity, String place, String remoteLink, Long trainerStaffId) {
        TrainingProgram program = em.find(TrainingProgram.class, programId);
        if (program == null) {
            throw BusinessException.notFound("program", programId);
        }
        if (title == null || title.isBlank()) {
            throw BusinessException.invalid("title", "training.session.titleRequired");
        }
        if (startsOn == null || endsOn == null) {
            throw BusinessException.invalid("startsOn", "training.session.datesRequired");
        }
        if (kind == null) {
            throw BusinessException.invalid("kind", "training.session.kindRequired");
        }
        TrainingSession session = new TrainingSession(program, title.trim(), kind, startsOn, endsOn, capacity);
        locate(session, place, remoteLink, trainerStaffId);
        em.persist(session);
        em.flush();
        audit.record("CREATE", "TrainingSession", session.getId(), title, null, session.snapshot());
        return session;
    }

    /** Changes a session that has not started: title, dates, place or remote link, trainer and capacity. */
    public TrainingSession reschedule(long sessionId, long expectedVersion, String title, LocalDate startsOn,
            LocalDate endsOn, int capacity, String place, String remoteLink, Long trainerStaffId) {
        TrainingSession session = find(sessionId);
        org.parcours.platform.boundary.Versions.require(expectedVersion, session.getVersion(), "session");
        if (title == null || title.isBlank()) {
            throw BusinessException.invalid("title", "training.session.titleRequired");
        }
        if (startsOn == null || endsOn == null) {
            throw BusinessException.invalid("startsOn", "training.session.datesRequired");
        }
        Map<String, Object> before = session.snapshot();
        session.reschedule(title.trim(), startsOn, endsOn);
        locate(session, place, remoteLink, trainerStaffId);
        em.flush();
        audit.record("UPDATE", "TrainingSession", sessionId, session.getTitle(), before, session.snapshot());
        if (session.getCapacity() != capacity) {
            changeCapacity(sessionId, capacity);
        }
        return session;
    }

    private void locate(TrainingSession session, String place, String remoteLink, Long trainerStaffId) {
        String trainerName = null;
        if (trainerStaffId != null) {
            trainerName = directory.person(trainerStaffId).map(StaffDirectory.Person::name).orElseThrow(
                    () -> BusinessException.invalid("trainer", "training.enrolment.unknownStaff", trainerStaffId));
        }
        if (remoteLink != null && !remoteLink.isBlank() && !remoteLink.strip().matches("https?://\\S+")) {
            throw BusinessException.invalid("remoteLink", "training.session.remoteLink");
        }
        session.locate(blankToNull(place), blankToNull(remoteLink), trainerStaffId, trainerName);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** More places: the first on the waiting list take them and are told; fewer: never below those registered. */
    public List<Enrolment> changeCapacity(long sessionId, int capacity) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw BusinessException.notFound("session", sessionId);
        }
        long registered = registered(session);
        if (capacity < registered) {
            throw BusinessException.invalid("capacity", "training.session.belowRegistered", registered);
        }
        Map<String, Object> before = session.snapshot();
        session.changeCapacity(capacity);
        List<Enrolment> promoted = new ArrayList<>();
        if (session.acceptsEnrolment()) {
            for (Enrolment next : waiting(session, (int) (capacity - registered))) {
                promote(session, next);
                promoted.add(next);
            }
        }
        audit.record("CAPACITY", "TrainingSession", sessionId, session.getTitle(), before, session.snapshot());
        return promoted;
    }

    /** Opens enrolment: the people invited so far are told that they can now accept or decline. */
    public void openEnrolment(long sessionId) {
        TrainingSession session = find(sessionId);
        if (session.getStatus() == SessionStatus.OPEN_FOR_ENROLMENT) {
            return;
        }
        session.openEnrolment();
        audit.record("OPEN_ENROLMENT", "TrainingSession", sessionId, session.getTitle(), null, session.snapshot());
        String link = config.baseUrl() + "/training/invitation.xhtml?session=" + sessionId;
        for (Enrolment invited : em.createQuery("select e from Enrolment e where e.session = :s and e.status = :i",
                Enrolment.class).setParameter("s", session).setParameter("i", EnrolmentStatus.INVITED)
                .getResultList()) {
            directory.person(invited.getStaffId()).ifPresent(person -> outbox.queue(person.email(),
                    Locale.forLanguageTag(person.locale()), "training.enrolmentOpen", "session:" + sessionId,
                    person.name(), session.getTitle(), session.getStartsOn().toString(), link));
        }
    }

    /** The caller's invitations that await a reply, the soonest session first. */
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public List<Enrolment> myInvitations() {
        Optional<Long> me = me();
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Enrolment e join fetch e.session s where e.staffId = :me"
                + " and e.status = :i and s.status in :coming order by s.startsOn, s.id", Enrolment.class)
                .setParameter("me", me.get()).setParameter("i", EnrolmentStatus.INVITED)
                .setParameter("coming", List.of(SessionStatus.PLANNED, SessionStatus.OPEN_FOR_ENROLMENT))
                .getResultList();
    }

    /** The caller's own enrolment in a session, if they have one (for the invitation page). */
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public Optional<Enrolment> myEnrolment(long sessionId) {
        Optional<Long> me = me();
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (me.isEmpty() || session == null) {
            return Optional.empty();
        }
        return enrolment(session, me.get());
    }

    /**
     * The invitee's reply, once enrolment is open: accepting takes a place (or a place on the waiting list) and is
     * confirmed by mail, the manager being informed as for any registration; declining frees the invitation.
     */
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public Enrolment reply(long sessionId, boolean accept) {
        Long me = me().orElseThrow(() -> BusinessException.forbidden("survey.noStaffRecord"));
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        Enrolment enrolment = session == null ? null : enrolment(session, me).orElse(null);
        if (enrolment == null) {
            throw BusinessException.notFound("invitation", sessionId);
        }
        if (enrolment.getStatus() != EnrolmentStatus.INVITED) {
            throw BusinessException.conflict(null, "training.invitation.answered");
        }
        if (session.getStatus() != SessionStatus.OPEN_FOR_ENROLMENT) {
            throw BusinessException.conflict(null, "training.invitation.notOpen");
        }
        if (accept) {
            EnrolmentStatus place = session.placeFor(registered(session));
            place(enrolment, place);
            em.flush();
            StaffDirectory.Person person = directory.person(me)
                    .orElseThrow(() -> BusinessException.forbidden("survey.noStaffRecord"));
            notifyPlaced(session, person, place);
        } else {
            enrolment.cancel();
            em.flush();
        }
        audit.record(accept ? "ACCEPT_INVITATION" : "DECLINE_INVITATION", "Enrolment", enrolment.getId(),
                session.getTitle(), null, Map.of("status", enrolment.getStatus().name()));
        return enrolment;
    }

    /**
     * Enrols staff members: registered while places remain, then on the waiting list; each is told by mail, and
     * their manager is informed. Returns the new enrolments.
     */
    public List<Enrolment> enrol(long sessionId, List<Long> staffIds) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw BusinessException.notFound("session", sessionId);
        }
        if (!session.acceptsEnrolment()) {
            throw BusinessException.conflict(null, "training.enrolment.closed", session.getStatus());
        }
        List<Enrolment> created = new ArrayList<>();
        for (Long staffId : staffIds) {
            Optional<Enrolment> existing = enrolment(session, staffId);
            if (existing.isPresent() && existing.get().getStatus() != EnrolmentStatus.CANCELLED
                    && existing.get().getStatus() != EnrolmentStatus.INVITED) {
                continue;
            }
            StaffDirectory.Person person = directory.person(staffId)
                    .orElseThrow(() -> BusinessException.invalid("staffIds", "training.enrolment.unknownStaff", staffId));
            EnrolmentStatus place = session.placeFor(registered(session));
            Enrolment enrolment = existing.orElseGet(() -> new Enrolment(session, staffId, place, clock.instant()));
            if (existing.isPresent()) {
                place(enrolment, place);
            } else {
                em.persist(enrolment);
            }
            em.flush();
            created.add(enrolment);
            notifyPlaced(session, person, place);
        }
        audit.record("ENROL", "TrainingSession", sessionId, created.size() + " enrolment(s)", null,
                Map.of("enrolled", created.size()));
        return created;
    }

    /**
     * Invites staff members to the session without giving them a place yet: they are told by mail, and are
     * registered (or put on the waiting list) when HR enrols them. Returns the new invitations.
     */
    public List<Enrolment> invite(long sessionId, List<Long> staffIds) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw BusinessException.notFound("session", sessionId);
        }
        if (!session.acceptsEnrolment()) {
            throw BusinessException.conflict(null, "training.enrolment.closed", session.getStatus());
        }
        List<Enrolment> invited = new ArrayList<>();
        for (Long staffId : staffIds) {
            Optional<Enrolment> existing = enrolment(session, staffId);
            if (existing.isPresent() && existing.get().getStatus() != EnrolmentStatus.CANCELLED) {
                continue;
            }
            StaffDirectory.Person person = directory.person(staffId)
                    .orElseThrow(() -> BusinessException.invalid("staffIds", "training.enrolment.unknownStaff", staffId));
            Enrolment enrolment = existing.orElseGet(() -> new Enrolment(session, staffId, EnrolmentStatus.INVITED,
                    clock.instant()));
            if (existing.isPresent()) {
                enrolment.invite();
            } else {
                em.persist(enrolment);
            }
            em.flush();
            invited.add(enrolment);
            notifyEnrolment(session, person, EnrolmentStatus.INVITED, "training.invited");
        }
        audit.record("INVITE", "TrainingSession", sessionId, invited.size() + " invitation(s)", null,
                Map.of("invited", invited.size()));
        return invited;
    }

    /** Cancels an enrolment; the first on the waiting list takes the freed place and is told. */
    public Optional<Enrolment> cancelEnrolment(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw BusinessException.notFound("enrolment", enrolmentId);
        }
        TrainingSession session = em.find(TrainingSession.class, enrolment.getSession().getId(),
                LockModeType.PESSIMISTIC_WRITE);
        EnrolmentStatus before = enrolment.getStatus();
        if (before == EnrolmentStatus.CANCELLED) {
            return Optional.empty();
        }
        boolean freedAPlace = before == EnrolmentStatus.REGISTERED;
        enrolment.cancel();
        em.flush();
        audit.record("CANCEL_ENROLMENT", "Enrolment", enrolmentId, String.valueOf(enrolment.getStaffId()), null, null);
        directory.person(enrolment.getStaffId()).ifPresent(person -> notifyWithdrawal(session, person, before,
                "training.unenrolled", "training.managerUnenrolled"));
        if (!freedAPlace || !session.acceptsEnrolment()) {
            return Optional.empty();
        }
        Optional<Enrolment> next = waiting(session, 1).stream().findFirst();
        next.ifPresent(promoted -> promote(session, promoted));
        return next;
    }

    private List<Enrolment> waiting(TrainingSession session, int most) {
        if (most <= 0) {
            return List.of();
        }
        return em.createQuery("select e from Enrolment e where e.session = :s and e.status = :w"
                + " order by e.enrolledAt, e.id", Enrolment.class).setParameter("s", session)
                .setParameter("w", EnrolmentStatus.WAITING).setMaxResults(most).getResultList();
    }

    /** The first on the waiting list takes a freed place; they and their manager are told. */
    private void promote(TrainingSession session, Enrolment promoted) {
        promoted.register();
        directory.person(promoted.getStaffId()).ifPresent(person -> notifyEnrolment(session, person,
                EnrolmentStatus.REGISTERED, "training.promoted"));
        audit.record("PROMOTE", "Enrolment", promoted.getId(), String.valueOf(promoted.getStaffId()), null, null);
    }

    public void markAttendance(long enrolmentId, LocalDate day, boolean present) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw BusinessException.notFound("enrolment", enrolmentId);
        }
        enrolment.markAttendance(day, present);
    }

    public void start(long sessionId) {
        TrainingSession session = find(sessionId);
        session.start();
        audit.record("START", "TrainingSession", sessionId, session.getTitle(), null, session.snapshot());
    }

    /** Ends the session: its satisfaction survey goes out, reflection prompts are planned. */
    public void end(long sessionId) {
        closing.close(find(sessionId));
    }

    /** Cancels the session: everyone invited, registered or waiting is told, and so are the managers of those who had a place. */
    public void cancel(long sessionId) {
        TrainingSession session = find(sessionId);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            return;
        }
        session.cancel();
        audit.record("CANCEL", "TrainingSession", sessionId, session.getTitle(), null, session.snapshot());
        for (Enrolment enrolment : em.createQuery("select e from Enrolment e where e.session = :s and e.status <> :c",
                Enrolment.class).setParameter("s", session).setParameter("c", EnrolmentStatus.CANCELLED)
                .getResultList()) {
            directory.person(enrolment.getStaffId()).ifPresent(person -> notifyWithdrawal(session, person,
                    enrolment.getStatus(), "training.cancelled", "training.managerCancelled"));
        }
    }

    public List<Participant> participants(long sessionId) {
        TrainingSession session = find(sessionId);
        List<Enrolment> enrolments = em.createQuery("select e from Enrolment e where e.session = :s"
                + " order by e.status, e.enrolledAt, e.id", Enrolment.class).setParameter("s", session).getResultList();
        Map<Long, String> bands = new java.util.HashMap<>();
        for (ExperienceProfile profile : em.createQuery("select p from ExperienceProfile p where p.programId = :p",
                ExperienceProfile.class).setParameter("p", session.getProgram().getId()).getResultList()) {
            bands.put(profile.getStaffId(), profile.getExperienceBand());
        }
        List<Long> ids = enrolments.stream().map(Enrolment::getStaffId).toList();
        Map<Long, StaffDirectory.Person> people = new java.util.HashMap<>();
        directory.select(ids, null, null).forEach(p -> people.put(p.id(), p));
        List<Participant> participants = new ArrayList<>();
        for (Enrolment enrolment : enrolments) {
            StaffDirectory.Person person = people.get(enrolment.getStaffId());
            participants.add(new Participant(enrolment, person == null ? "?" : person.name(),
                    person == null ? null : person.email(), person == null ? null : person.unitCode(),
                    person == null ? null : StaffDirectory.regionOf(person.unitPath(), person.unitCode()),
                    person == null || person.category() == null ? null : person.category().name(),
                    bands.getOrDefault(enrolment.getStaffId(), bandFromHireDate(person))));
        }
        return participants;
    }

    /** Without a needs-assessment answer, the years since hiring stand in for experience. */
    private String bandFromHireDate(StaffDirectory.Person person) {
        if (person == null || person.hireDate() == null) {
            return null;
        }
        return org.parcours.survey.entity.ExperienceBand.ofYears(java.time.Period.between(person.hireDate(),
                LocalDate.now(clock)).getYears());
    }

    /** Proposes groups that mix experience bands and spread units and regions; nothing is saved yet. */
    public List<GroupFormation.Group> proposeGroups(long sessionId, int groupSize) {
        return GroupFormation.form(groupable(sessionId), groupSize);
    }

    private List<GroupFormation.Participant> groupable(long sessionId) {
        return participants(sessionId).stream().filter(p -> p.enrolment().getStatus() == EnrolmentStatus.REGISTERED)
                .map(p -> new GroupFormation.Participant(p.enrolment().getStaffId(), p.band(), p.region(),
                        p.unit())).toList();
    }

    /** Saves groups: staff id to group number. */
    public void saveGroups(long sessionId, Map<Long, Integer> groupOf) {
        TrainingSession session = find(sessionId);
        for (Enrolment enrolment : em.createQuery("select e from Enrolment e where e.session = :s", Enrolment.class)
                .setParameter("s", session).getResultList()) {
            enrolment.placeInGroup(groupOf.get(enrolment.getStaffId()));
        }
        audit.record("GROUPS", "TrainingSession", sessionId, groupOf.size() + " participant(s) grouped", null,
                Map.of("groups", groupOf.values().stream().distinct().count()));
    }

    /** The saved groups, with their balance. */
    public List<GroupFormation.Group> groups(long sessionId) {
        Map<Integer, List<GroupFormation.Participant>> byGroup = new java.util.TreeMap<>();
        Map<Long, Integer> saved = new java.util.HashMap<>();
        for (Enrolment e : em.createQuery("select e from Enrolment e where e.session.id = :s and e.groupNumber is not null",
                Enrolment.class).setParameter("s", sessionId).getResultList()) {
            saved.put(e.getStaffId(), e.getGroupNumber());
        }
        for (GroupFormation.Participant participant : groupable(sessionId)) {
            Integer group = saved.get(participant.id());
            if (group != null) {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(participant);
            }
        }
        List<GroupFormation.Group> groups = new ArrayList<>();
        byGroup.forEach((number, members) -> groups.add(GroupFormation.describe(number, members)));
        groups.sort(Comparator.comparingInt(GroupFormation.Group::number));
        return groups;
    }

    private long registered(TrainingSession session) {
        return em.createQuery("select count(e) from Enrolment e where e.session = :s and e.status = :r", Long.class)
                .setParameter("s", session).setParameter("r", EnrolmentStatus.REGISTERED).getSingleResult();
    }

    private Optional<Enrolment> enrolment(TrainingSession session, Long staffId) {
        return em.createQuery("select e from Enrolment e where e.session = :s and e.staffId = :p", Enrolment.class)
                .setParameter("s", session).setParameter("p", staffId).getResultList().stream().findFirst();
    }

    /** Tells the participant where they stand; once they have a place, their manager is informed too. */
    private void notifyEnrolment(TrainingSession session, StaffDirectory.Person person, EnrolmentStatus place,
            String template) {
        Locale locale = Locale.forLanguageTag(person.locale());
        String where = session.getPlace() != null ? session.getPlace()
                : session.getRemoteLink() != null ? session.getRemoteLink() : "";
        outbox.queue(person.email(), locale, template, "session:" + session.getId(), person.name(),
                session.getTitle(), session.getStartsOn().toString(), where);
        if (place == EnrolmentStatus.REGISTERED) {
            tellManager(session, person, "training.managerInformed");
        }
    }

    /** An enrolment given the place it gets now: registered, or on the waiting list. */
    private static void place(Enrolment enrolment, EnrolmentStatus place) {
        if (place == EnrolmentStatus.REGISTERED) {
            enrolment.register();
        } else {
            enrolment.waitForPlace();
        }
    }

    /** Tells the person the place they got: registered, or on the waiting list. */
    private void notifyPlaced(TrainingSession session, StaffDirectory.Person person, EnrolmentStatus place) {
        notifyEnrolment(session, person, place, place == EnrolmentStatus.REGISTERED ? "training.registered"
                : "training.waiting");
    }

    /** Writes to the person's manager, if they have one, about the session. */
    private void tellManager(TrainingSession session, StaffDirectory.Person person, String template) {
        StaffMember staff = em.find(StaffMember.class, person.id());
        if (staff == null || staff.getManager() == null) {
            return;
        }
        StaffMember manager = staff.getManager();
        String managerLocale = directory.locales(List.of(manager.getId())).getOrDefault(manager.getId(), "fr");
        outbox.queue(manager.getEmail(), Locale.forLanguageTag(managerLocale), template, "session:" + session.getId(),
                manager.getFullName(), person.name(), session.getTitle(), session.getStartsOn().toString());
    }

    /** Tells the person their place is gone; their manager too when they had a place. */
    private void notifyWithdrawal(TrainingSession session, StaffDirectory.Person person, EnrolmentStatus before,
            String template, String managerTemplate) {
        outbox.queue(person.email(), Locale.forLanguageTag(person.locale()), template, "session:" + session.getId(),
                person.name(), session.getTitle(), session.getStartsOn().toString());
        if (before == EnrolmentStatus.REGISTERED) {
            tellManager(session, person, managerTemplate);
        }
    }

    private Optional<Long> me() {
        return access.staffIdOf(context.getCallerPrincipal().getName());
    }

    public List<TrainingSession> sessionsOf(long programId) {
        return em.createQuery("select s from TrainingSession s where s.program.id = :p order by s.startsOn, s.id",
                TrainingSession.class).setParameter("p", programId).getResultList();
    }

    public List<LocalDate> days(long sessionId) {
        return find(sessionId).days();
    }

    static boolean isBefore(SessionStatus status) {
        return status == SessionStatus.PLANNED || status == SessionStatus.OPEN_FOR_ENROLMENT;
    }
}
