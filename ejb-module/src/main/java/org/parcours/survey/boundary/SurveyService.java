package org.parcours.survey.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Roles;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.boundary.Versions;
import org.parcours.platform.control.Validations;
import org.parcours.survey.control.InvitationMailer;
import org.parcours.survey.control.LimeSurveyImporter;
import org.parcours.survey.control.SurveyTemplates;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.InvitationStatus;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyDocument;
import org.parcours.survey.entity.SurveyJson;
import org.parcours.survey.entity.SurveyStatus;
import org.parcours.survey.entity.SurveyStructure;

/**
 * HR admins build surveys: from scratch, a template, a JSON export or a LimeSurvey file; edit texts, settings and
 * questions (until the first response); duplicate or version them; open, close and archive them.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class SurveyService {

    /** A survey imported from another tool, and what could not be brought over. */
    public record Imported(Survey survey, List<String> unsupported) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveyTemplates templates;

    @Inject
    Validations validations;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    @EJB
    InvitationMailer mailer;

    public List<SurveySummary> list() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select i.survey.id, i.status, count(i) from Invitation i"
                + " group by i.survey.id, i.status", Object[].class).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            if (row[1] != InvitationStatus.WITHDRAWN) {
                c[0] += (Long) row[2];
            }
            if (row[1] == InvitationStatus.ANSWERED) {
                c[1] += (Long) row[2];
            }
        }
        for (Object[] row : em.createQuery("select r.surveyId, count(r) from SurveyResponse r group by r.surveyId",
                Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new long[3])[2] = (Long) row[1];
        }
        return em.createQuery("select s from Survey s order by s.createdAt desc, s.id desc", Survey.class)
                .getResultList().stream().map(s -> {
                    long[] c = counts.getOrDefault(s.getId(), new long[3]);
                    return new SurveySummary(s.getId(), s.getTitleFr(), s.getTitleEn(), s.getKind(),
                            s.getAccessMode(), s.getStatus(), s.getOpensAt(), s.getClosesAt(), c[0], c[1], c[2],
                            s.getStructureVersion(), s.isLocked());
                }).toList();
    }

    public Survey find(long id) {
        Survey survey = em.find(Survey.class, id);
        if (survey == null) {
            throw BusinessException.notFound("survey", id);
        }
        return survey;
    }

    public List<SurveyDocument> templates() {
        return templates.all();
    }

    public Survey createFromTemplate(String templateCode, AccessMode accessMode) {
        SurveyDocument template = templates.byCode(templateCode)
                .orElseThrow(() -> BusinessException.invalid("template", "survey.template.unknown", templateCode));
        return create(template, accessMode, "CREATE_FROM_TEMPLATE");
    }

    /** Creates a draft from a JSON document in the export format. */
    public Survey importDocument(String json) {
        SurveyDocument document = SurveyJson.read(json, SurveyDocument.class);
        if (document == null || document.structure() == null) {
            throw BusinessException.invalid("file", "survey.json.invalid", "structure");
        }
        if (document.format() != null && !SurveyDocument.FORMAT.equals(document.format())) {
            throw BusinessException.invalid("file", "survey.json.format", document.format());
        }
        return create(document, AccessMode.LINK_ANONYMOUS, "IMPORT_JSON");
    }

    public Imported importLimeSurvey(byte[] lss) {
        LimeSurveyImporter.Outcome outcome = LimeSurveyImporter.read(lss);
        Survey survey = create(outcome.document(), AccessMode.LINK_ANONYMOUS, "IMPORT_LSS");
        return new Imported(survey, outcome.unsupported());
    }

    public String export(long id) {
        return SurveyJson.writePretty(SurveyDocument.of(find(id)));
    }

    private Survey create(SurveyDocument document, AccessMode accessMode, String action) {
        SurveyStructure structure = document.structure() == null ? SurveyStructure.empty() : document.structure();
        requireSound(structure);
        String titleFr = blankTo(document.titleFr(), document.titleEn());
        String titleEn = blankTo(document.titleEn(), document.titleFr());
        if (titleFr == null) {
            throw BusinessException.invalid("titleFr", "survey.title.required");
        }
        Survey survey = new Survey(titleFr, titleEn, document.kind() == null
                ? org.parcours.survey.entity.SurveyKind.OTHER : document.kind(), accessMode,
                SurveyJson.write(structure), caller(), clock.instant());
        survey.describe(titleFr, titleEn, document.introFr(), document.introEn());
        em.persist(survey);
        em.flush();
        audit.record(action, "Survey", survey.getId(), titleFr, null, survey.snapshot());
        return survey;
    }

    public Survey create(String titleFr, String titleEn, AccessMode accessMode) {
        SurveyDocument blank = new SurveyDocument(SurveyDocument.FORMAT, null,
                org.parcours.survey.entity.SurveyKind.OTHER, titleFr, titleEn, null, null, SurveyStructure.empty());
        return create(blank, accessMode, "CREATE");
    }

    public Survey updateSettings(long id, long expectedVersion, SurveySettings settings) {
        validations.check(settings);
        Survey survey = find(id);
        Versions.require(expectedVersion, survey.getVersion(), "survey");
        Map<String, Object> before = survey.snapshot();
        survey.describe(settings.titleFr().trim(), settings.titleEn().trim(), settings.introFr(), settings.introEn());
        survey.configure(settings.accessMode(), settings.anonymityThreshold(), settings.reminderDays(),
                settings.retentionMonths(), settings.retentionAction(), settings.resultsSharing());
        survey.requireSharingPossible(settings.resultsSharing());
        survey.schedule(settings.opensAt(), settings.closesAt());
        em.flush();
        audit.record("UPDATE", "Survey", id, survey.getTitleFr(), before, survey.snapshot());
        return survey;
    }

    public Survey updateStructure(long id, long expectedVersion, SurveyStructure structure) {
        Survey survey = find(id);
        Versions.require(expectedVersion, survey.getVersion(), "survey");
        requireSound(structure);
        int before = SurveyJson.structure(survey.getStructureJson()).questionCount();
        survey.replaceStructure(SurveyJson.write(structure));
        em.flush();
        audit.record("UPDATE_QUESTIONS", "Survey", id, survey.getTitleFr(), Map.of("questions", before),
                Map.of("questions", structure.questionCount()));
        return survey;
    }

    private static void requireSound(SurveyStructure structure) {
        List<String[]> problems = structure.problems();
        if (!problems.isEmpty()) {
            throw BusinessException.invalid("structure", problems.get(0)[0], (Object) problems.get(0)[1]);
        }
    }

    /** A draft copy, to reuse a survey's questions for another audience. */
    public Survey duplicate(long id) {
        Survey original = find(id);
        Survey copy = original.copy(original.getTitleFr() + " (copie)", original.getTitleEn() + " (copy)", caller(),
                clock.instant(), false);
        em.persist(copy);
        em.flush();
        audit.record("DUPLICATE", "Survey", copy.getId(), "copy of " + id, null, copy.snapshot());
        return copy;
    }

    /** A new version of a locked survey: a draft whose questions can change, linked to the one it replaces. */
    public Survey newVersion(long id) {
        Survey original = find(id);
        Survey next = original.copy(original.getTitleFr(), original.getTitleEn(), caller(), clock.instant(), true);
        em.persist(next);
        em.flush();
        audit.record("NEW_VERSION", "Survey", next.getId(), "version " + next.getStructureVersion() + " of " + id,
                null, next.snapshot());
        return next;
    }

    public Survey open(long id) {
        Survey survey = find(id);
        requireSound(SurveyJson.structure(survey.getStructureJson()));
        if (SurveyJson.structure(survey.getStructureJson()).questionCount() == 0) {
            throw BusinessException.conflict(null, "survey.noQuestions");
        }
        Map<String, Object> before = survey.snapshot();
        survey.open(clock.instant());
        int mailed = mailer.inviteAllPending(survey);
        audit.record("OPEN", "Survey", id, survey.getTitleFr() + " – " + mailed + " invitation(s) queued", before,
                survey.snapshot());
        return survey;
    }

    public Survey close(long id) {
        Survey survey = find(id);
        Map<String, Object> before = survey.snapshot();
        survey.close(clock.instant());
        audit.record("CLOSE", "Survey", id, survey.getTitleFr(), before, survey.snapshot());
        return survey;
    }

    public Survey archive(long id) {
        Survey survey = find(id);
        Map<String, Object> before = survey.snapshot();
        survey.archive();
        audit.record("ARCHIVE", "Survey", id, survey.getTitleFr(), before, survey.snapshot());
        return survey;
    }

    /** Deletes a draft that nobody was invited to. */
    public void deleteDraft(long id) {
        Survey survey = find(id);
        if (survey.getStatus() != SurveyStatus.DRAFT) {
            throw BusinessException.conflict(null, "survey.notDraft", survey.getStatus());
        }
        // A draft has no answers, and its invitations have not been mailed yet (they leave when it opens): its list
        // of invitees goes with it.
        int invitations = em.createQuery("delete from Invitation i where i.survey.id = :s").setParameter("s", id)
                .executeUpdate();
        Map<String, Object> before = survey.snapshot();
        before.put("invitations", invitations);
        em.remove(survey);
        audit.record("DELETE", "Survey", id, survey.getTitleFr(), before, null);
    }

    private String caller() {
        return session.getCallerPrincipal() == null ? "system" : session.getCallerPrincipal().getName();
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? (fallback == null || fallback.isBlank() ? null : fallback.trim())
                : value.trim();
    }
}
