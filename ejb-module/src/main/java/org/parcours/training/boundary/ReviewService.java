package org.parcours.training.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Roles;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.boundary.Versions;
import org.parcours.survey.boundary.ResultsService;
import org.parcours.survey.boundary.SurveyResults;
import org.parcours.training.control.ProgramReport;
import org.parcours.training.control.TrainingAccess;
import org.parcours.training.entity.Decision;
import org.parcours.training.entity.DecisionKind;
import org.parcours.training.entity.FeedbackItem;
import org.parcours.training.entity.EnrolmentStatus;
import org.parcours.training.entity.FeedbackSource;
import org.parcours.training.entity.TrainingProgram;
import org.parcours.training.entity.TrainingSession;

/**
 * The review workspace of a session, for HR and the program's steering committee: the satisfaction results (the
 * anonymity threshold applies), roundtable notes and trainer notes as structured feedback, and the committee's
 * decisions, traceable both ways: from feedback to the decision and the session that changed, and from a session to
 * the decisions it carries. Also compares satisfaction across sessions, question by question.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
public class ReviewService {

    /** Mean score of each question in each session: question code to (session id to mean). */
    public record Comparison(List<TrainingSession> sessions, Map<String, String> questions,
            Map<String, Map<Long, Double>> means) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    ProgramService programs;

    @Inject
    TrainingAccess access;

    @EJB
    ResultsService results;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /**
     * A session's review workspace: for HR and the program's committee, and for the session's trainer (who reads
     * the feedback and the decisions the session carries, records feedback and writes their notes).
     */
    public TrainingSession session(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw BusinessException.notFound("session", sessionId);
        }
        if (!access.trains(caller(), sessionId)) {
            programs.requireReader(session.getProgram().getId());
        }
        return session;
    }

    /** Whether the caller trains this session. */
    public boolean trains(long sessionId) {
        return access.trains(caller(), sessionId);
    }

    /** The trainer's notes on the session: written by its trainer or HR. */
    public void writeTrainerNotes(long sessionId, String notes) {
        TrainingSession session = session(sessionId);
        if (!context.isCallerInRole(Roles.HR_ADMIN) && !access.trains(caller(), sessionId)) {
            throw BusinessException.forbidden("training.session.notTrainer");
        }
        if (notes != null && notes.length() > 8000) {
            throw BusinessException.invalid("trainerNotes", "training.session.notesTooLong");
        }
        session.writeTrainerNotes(notes);
        audit.record("TRAINER_NOTES", "TrainingSession", sessionId, session.getTitle(), null, null);
    }

    /** The program's sessions, for HR and its committee. */
    public List<TrainingSession> sessionsOf(long programId) {
        programs.requireReader(programId);
        return em.createQuery("select s from TrainingSession s where s.program.id = :p order by s.startsOn, s.id",
                TrainingSession.class).setParameter("p", programId).getResultList();
    }

    /** The session's satisfaction results, or null while it has no survey. */
    public SurveyResults satisfaction(long sessionId, Locale locale) {
        TrainingSession session = session(sessionId);
        return session.getSatisfactionSurveyId() == null ? null
                : results.results(session.getSatisfactionSurveyId(), locale);
    }

    public List<FeedbackItem> feedback(long sessionId) {
        session(sessionId);
        return em.createQuery("select f from FeedbackItem f where f.sessionId = :s order by f.theme, f.id",
                FeedbackItem.class).setParameter("s", sessionId).getResultList();
    }

    /** Every feedback item of the program's sessions, for tracing decisions back to what motivated them. */
    public List<FeedbackItem> programFeedback(long programId) {
        programs.requireReader(programId);
        return em.createQuery("select f from FeedbackItem f where f.sessionId in (select s.id from TrainingSession s"
                + " where s.program.id = :p) order by f.id", FeedbackItem.class).setParameter("p", programId)
                .getResultList();
    }

    public FeedbackItem recordFeedback(long sessionId, FeedbackSource source, String theme, String observation,
            String quote, String suggestedChange) {
        session(sessionId);
        if (theme == null || theme.isBlank()) {
            throw BusinessException.invalid("theme", "training.feedback.themeRequired");
        }
        if (observation == null || observation.isBlank()) {
            throw BusinessException.invalid("observation", "training.feedback.observationRequired");
        }
        FeedbackItem item = new FeedbackItem(sessionId, source, theme.trim(), observation.trim(), quote,
                suggestedChange, caller(), clock.instant());
        em.persist(item);
        em.flush();
        audit.record("RECORD_FEEDBACK", "TrainingSession", sessionId, theme, null, Map.of("feedback", item.getId()));
        return item;
    }

    public List<Decision> decisions(long programId) {
        programs.requireReader(programId);
        return em.createQuery("select d from Decision d where d.programId = :p order by d.proposedAt desc, d.id desc",
                Decision.class).setParameter("p", programId).getResultList();
    }

    public Decision propose(long programId, String title, String description, DecisionKind kind,
            Set<Long> feedbackIds) {
        programs.requireReader(programId);
        if (title == null || title.isBlank()) {
            throw BusinessException.invalid("title", "training.decision.titleRequired");
        }
        for (Long feedbackId : feedbackIds) {
            FeedbackItem item = em.find(FeedbackItem.class, feedbackId);
            TrainingSession of = item == null ? null : em.find(TrainingSession.class, item.getSessionId());
            if (of == null || !of.getProgram().getId().equals(programId)) {
                throw BusinessException.invalid("feedbackIds", "training.decision.foreignFeedback", feedbackId);
            }
        }
        Decision decision = new Decision(programId, title.trim(), description, kind, feedbackIds, caller(),
                clock.instant());
        em.persist(decision);
        em.flush();
        audit.record("PROPOSE_DECISION", "Decision", decision.getId(), title, null, decision.snapshot());
        return decision;
    }

    public Decision approve(long decisionId, long expectedVersion) {
        return decide(decisionId, expectedVersion, true);
    }

    public Decision reject(long decisionId, long expectedVersion) {
        return decide(decisionId, expectedVersion, false);
    }

    private Decision decide(long decisionId, long expectedVersion, boolean approve) {
        Decision decision = decision(decisionId);
        Versions.require(expectedVersion, decision.getVersion(), "decision");
        Map<String, Object> before = decision.snapshot();
        if (approve) {
            decision.approve(caller(), clock.instant());
        } else {
            decision.reject(caller(), clock.instant());
        }
        audit.record(approve ? "APPROVE_DECISION" : "REJECT_DECISION", "Decision", decisionId, decision.getTitle(),
                before, decision.snapshot());
        return decision;
    }

    /** HR records where an approved decision took effect: the program version and the session that first ran it. */
    @RolesAllowed(Roles.HR_ADMIN)
    public Decision implemented(long decisionId, long sessionId) {
        Decision decision = decision(decisionId);
        TrainingSession session = session(sessionId);
        if (!session.getProgram().getId().equals(decision.getProgramId())) {
            throw BusinessException.invalid("sessionId", "training.decision.otherProgram");
        }
        int version = session.getProgramVersion() != null ? session.getProgramVersion()
                : session.getProgram().getContentVersion();
        Map<String, Object> before = decision.snapshot();
        decision.implemented(version, sessionId);
        audit.record("IMPLEMENT_DECISION", "Decision", decisionId, decision.getTitle(), before, decision.snapshot());
        return decision;
    }

    /** The decisions a session carries: those implemented in it. */
    public List<Decision> implementedIn(long sessionId) {
        session(sessionId);
        return em.createQuery("select d from Decision d where d.implementedSessionId = :s order by d.id",
                Decision.class).setParameter("s", sessionId).getResultList();
    }

    /** The decisions a feedback item led to. */
    public List<Decision> decisionsFrom(long feedbackId) {
        FeedbackItem item = em.find(FeedbackItem.class, feedbackId);
        if (item == null) {
            throw BusinessException.notFound("feedback", feedbackId);
        }
        session(item.getSessionId());
        return em.createQuery("select d from Decision d where :f member of d.feedbackIds order by d.id", Decision.class)
                .setParameter("f", feedbackId).getResultList();
    }

    /** Satisfaction of every session of the program with a survey, compared question by question (means). */
    public Comparison compare(long programId, Locale locale) {
        programs.requireReader(programId);
        List<TrainingSession> sessions = em.createQuery("select s from TrainingSession s where s.program.id = :p"
                + " and s.satisfactionSurveyId is not null order by s.startsOn", TrainingSession.class)
                .setParameter("p", programId).getResultList();
        Map<String, String> questions = new LinkedHashMap<>();
        Map<String, Map<Long, Double>> means = new LinkedHashMap<>();
        List<TrainingSession> shown = new ArrayList<>();
        for (TrainingSession session : sessions) {
            SurveyResults figures = results.results(session.getSatisfactionSurveyId(), locale);
            shown.add(session);
            for (SurveyResults.QuestionResult question : figures.questions()) {
                if (question.mean() == null && question.rows().isEmpty()) {
                    continue;
                }
                if (question.rows().isEmpty()) {
                    questions.putIfAbsent(question.code(), question.text());
                    means.computeIfAbsent(question.code(), k -> new LinkedHashMap<>()).put(session.getId(),
                            question.mean());
                } else {
                    for (SurveyResults.RowResult row : question.rows()) {
                        String key = question.code() + "." + row.code();
                        questions.putIfAbsent(key, row.label());
                        means.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(session.getId(), row.mean());
                    }
                }
            }
        }
        return new Comparison(shown, questions, means);
    }

    /**
     * The program report for the committee (HR and the program's committee): attendance per session and per day,
     * the satisfaction trend per question, and the decisions with their status and where they took effect.
     */
    @SuppressWarnings("unchecked")
    public void report(long programId, ProgramReport.Format format, Locale locale, OutputStream out) {
        TrainingProgram program = programs.find(programId);
        List<TrainingSession> sessions = sessionsOf(programId);
        Map<Long, String> titles = new LinkedHashMap<>();
        sessions.forEach(s -> titles.put(s.getId(), s.getTitle()));
        Map<Long, long[]> enrolled = new HashMap<>();
        for (Object[] row : em.createQuery("select e.session.id, e.status, count(e) from Enrolment e"
                + " where e.session.program.id = :p group by e.session.id, e.status", Object[].class)
                .setParameter("p", programId).getResultList()) {
            long[] counts = enrolled.computeIfAbsent((Long) row[0], k -> new long[2]);
            if (row[1] == EnrolmentStatus.REGISTERED) {
                counts[0] = (Long) row[2];
            } else if (row[1] == EnrolmentStatus.WAITING) {
                counts[1] = (Long) row[2];
            }
        }
        Map<Long, Long> attended = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select e.session_id, count(distinct e.id)"
                + " from training_enrolment e join training_attendance a on a.enrolment_id = e.id"
                + " join training_session s on s.id = e.session_id where s.program_id = ? and a.present = true"
                + " and e.status = 'REGISTERED' group by e.session_id").setParameter(1, programId).getResultList()) {
            attended.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        List<ProgramReport.DayLine> days = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select e.session_id, a.day,"
                + " sum(case when a.present = true then 1 else 0 end), sum(case when a.present = true then 0 else 1 end)"
                + " from training_enrolment e join training_attendance a on a.enrolment_id = e.id"
                + " join training_session s on s.id = e.session_id where s.program_id = ? and e.status = 'REGISTERED'"
                + " group by e.session_id, a.day order by a.day, e.session_id").setParameter(1, programId)
                .getResultList()) {
            days.add(new ProgramReport.DayLine(titles.get(((Number) row[0]).longValue()), toDate(row[1]),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        List<ProgramReport.SessionLine> lines = new ArrayList<>();
        for (TrainingSession session : sessions) {
            long[] counts = enrolled.getOrDefault(session.getId(), new long[2]);
            SurveyResults figures = session.getSatisfactionSurveyId() == null ? null
                    : results.results(session.getSatisfactionSurveyId(), locale);
            lines.add(new ProgramReport.SessionLine(session.getTitle(), session.getKind().name(),
                    session.getStatus().name(), session.getStartsOn(), session.getEndsOn(),
                    session.getProgramVersion(), session.getCapacity(), counts[0], counts[1],
                    attended.getOrDefault(session.getId(), 0L), figures == null ? null : (int) figures.responses(),
                    figures == null || figures.invited() == 0 ? null : figures.responseRate()));
        }
        Comparison comparison = compare(programId, locale);
        List<String> questions = new ArrayList<>(comparison.questions().values());
        List<List<Double>> means = new ArrayList<>();
        for (String code : comparison.questions().keySet()) {
            List<Double> row = new ArrayList<>();
            for (TrainingSession session : comparison.sessions()) {
                row.add(comparison.means().getOrDefault(code, Map.of()).get(session.getId()));
            }
            means.add(row);
        }
        ProgramReport.Trend trend = new ProgramReport.Trend(comparison.sessions().stream()
                .map(TrainingSession::getTitle).toList(), questions, means);
        Map<Long, String> themes = new HashMap<>();
        for (Object[] row : em.createQuery("select f.id, f.theme from FeedbackItem f where f.sessionId in"
                + " (select s.id from TrainingSession s where s.program.id = :p)", Object[].class)
                .setParameter("p", programId).getResultList()) {
            themes.put((Long) row[0], (String) row[1]);
        }
        List<ProgramReport.DecisionLine> decided = new ArrayList<>();
        for (Decision decision : decisions(programId)) {
            String motivatedBy = decision.getFeedbackIds().stream().sorted().map(themes::get)
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("; "));
            decided.add(new ProgramReport.DecisionLine(decision.getTitle(), decision.getKind().name(),
                    decision.getStatus().name(), motivatedBy, decision.getDecidedAt(),
                    decision.getImplementedVersion(), decision.getImplementedSessionId() == null ? null
                            : titles.get(decision.getImplementedSessionId())));
        }
        ProgramReport.write(new ProgramReport.Content(program.title(locale), program.getCode(),
                program.getContentVersion(), lines, days, trend, decided), format, locale, out);
        audit.record("REPORT", "TrainingProgram", programId, format.name(), null, Map.of("format", format.name()));
    }

    private static java.time.LocalDate toDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.time.LocalDate date) {
            return date;
        }
        return java.time.LocalDate.parse(String.valueOf(value).substring(0, 10));
    }

    private Decision decision(long decisionId) {
        Decision decision = em.find(Decision.class, decisionId);
        if (decision == null) {
            throw BusinessException.notFound("decision", decisionId);
        }
        programs.requireReader(decision.getProgramId());
        return decision;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
