package org.parcours.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parcours.platform.boundary.BusinessException;

/**
 * A questionnaire: its texts in French and English, its questions (a {@link SurveyStructure} kept as JSON), who may
 * answer and how, and its life from draft to archive. Once it has a response its questions are locked.
 */
@Entity
@Table(name = "survey")
public class Survey {

    public static final int DEFAULT_THRESHOLD = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "title_fr", nullable = false, length = 300)
    private String titleFr;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(name = "intro_fr", length = 4000)
    private String introFr;

    @Column(name = "intro_en", length = 4000)
    private String introEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SurveyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_mode", nullable = false, length = 30)
    private AccessMode accessMode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SurveyStatus status = SurveyStatus.DRAFT;

    @Column(name = "structure_json", nullable = false, length = 400000)
    private String structureJson;

    @Column(name = "structure_version", nullable = false)
    private int structureVersion = 1;

    @Column(name = "based_on_id")
    private Long basedOnId;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "anonymity_threshold", nullable = false)
    private int anonymityThreshold = DEFAULT_THRESHOLD;

    @Column(name = "reminder_days", length = 50)
    private String reminderDays = "7,2";

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths = 24;

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_action", nullable = false, length = 30)
    private RetentionAction retentionAction = RetentionAction.ANONYMISE_RESPONSES;

    @Column(name = "retention_applied_at")
    private Instant retentionAppliedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_sharing", nullable = false, length = 20)
    private ResultsSharing resultsSharing = ResultsSharing.HR_ONLY;

    @Column(name = "comments_reviewed", nullable = false)
    private boolean commentsReviewed;

    @Column(name = "training_session_id")
    private Long trainingSessionId;

    @Column(name = "program_id")
    private Long programId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Survey() {
    }

    public Survey(String titleFr, String titleEn, SurveyKind kind, AccessMode accessMode, String structureJson,
            String createdBy, Instant now) {
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.kind = kind;
        this.accessMode = accessMode;
        this.structureJson = structureJson;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A draft copy of this survey's texts, settings and questions, without invitations or responses. */
    public Survey copy(String copyTitleFr, String copyTitleEn, String by, Instant now, boolean asNewVersion) {
        Survey copy = new Survey(copyTitleFr, copyTitleEn, kind, accessMode, structureJson, by, now);
        copy.introFr = introFr;
        copy.introEn = introEn;
        copy.anonymityThreshold = anonymityThreshold;
        copy.reminderDays = reminderDays;
        copy.retentionMonths = retentionMonths;
        copy.retentionAction = retentionAction;
        copy.resultsSharing = resultsSharing;
        copy.trainingSessionId = trainingSessionId;
        copy.programId = programId;
        if (asNewVersion) {
            copy.structureVersion = structureVersion + 1;
            copy.basedOnId = id;
        }
        return copy;
    }

    /**
     * Only an anonymous survey attached to a training program is shared with its steering committee: the committee
     * reads what participants think, never what a named person answered (an identified survey, such as the needs
     * assessment whose answers make up experience profiles, stays with HR).
     */
    public boolean canShareWithCommittee() {
        return programId != null && accessMode.anonymous();
    }

    /** Refuses sharing with a committee the survey does not have, or with one it may not tell; any other is fine. */
    public void requireSharingPossible(ResultsSharing sharing) {
        if (sharing == ResultsSharing.COMMITTEE && !canShareWithCommittee()) {
            throw BusinessException.invalid("resultsSharing", "survey.sharing.noProgram");
        }
    }

    public boolean isLocked() {
        return firstResponseAt != null;
    }

    /** Replaces the questions; refused once the survey has responses (a change then needs a new version). */
    public void replaceStructure(String json) {
        if (isLocked()) {
            throw BusinessException.conflict(null, "survey.locked");
        }
        if (status == SurveyStatus.CLOSED || status == SurveyStatus.ARCHIVED) {
            throw BusinessException.conflict(null, "survey.notEditable", status);
        }
        this.structureJson = json;
    }

    public void describe(String newTitleFr, String newTitleEn, String newIntroFr, String newIntroEn) {
        this.titleFr = newTitleFr;
        this.titleEn = newTitleEn;
        this.introFr = newIntroFr;
        this.introEn = newIntroEn;
    }

    public void configure(AccessMode mode, int threshold, String reminders, int retention, RetentionAction action,
            ResultsSharing sharing) {
        if (isLocked() && mode != accessMode) {
            throw BusinessException.conflict("accessMode", "survey.accessModeLocked");
        }
        if (threshold < 1 || threshold > 100) {
            throw BusinessException.invalid("anonymityThreshold", "survey.threshold.range");
        }
        if (isLocked() && threshold < anonymityThreshold) {
            // Lowering it once answers are in would show groups that respondents were promised would stay hidden.
            throw BusinessException.conflict("anonymityThreshold", "survey.threshold.lowered", anonymityThreshold);
        }
        if (retention < 1 || retention > 240) {
            throw BusinessException.invalid("retentionMonths", "survey.retention.range");
        }
        this.accessMode = mode;
        this.anonymityThreshold = threshold;
        this.reminderDays = normalizeReminders(reminders);
        this.retentionMonths = retention;
        this.retentionAction = action;
        this.resultsSharing = sharing;
    }

    static String normalizeReminders(String reminders) {
        if (reminders == null || reminders.isBlank()) {
            return "";
        }
        List<Integer> days = new ArrayList<>();
        for (String part : reminders.split("[,; ]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int day = Integer.parseInt(part.trim());
                if (day < 1 || day > 90) {
                    throw BusinessException.invalid("reminderDays", "survey.reminders.range");
                }
                if (!days.contains(day)) {
                    days.add(day);
                }
            } catch (NumberFormatException e) {
                throw BusinessException.invalid("reminderDays", "survey.reminders.format");
            }
        }
        days.sort(java.util.Comparator.reverseOrder());
        return String.join(",", days.stream().map(String::valueOf).toList());
    }

    public List<Integer> reminderDayList() {
        if (reminderDays == null || reminderDays.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reminderDays.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    public void schedule(Instant open, Instant close) {
        if (close != null && open != null && !close.isAfter(open)) {
            throw BusinessException.invalid("closesAt", "survey.schedule.order");
        }
        if (status != SurveyStatus.DRAFT && open != null && !open.equals(opensAt)) {
            throw BusinessException.conflict("opensAt", "survey.schedule.alreadyOpen");
        }
        if (status == SurveyStatus.CLOSED || status == SurveyStatus.ARCHIVED) {
            throw BusinessException.conflict("closesAt", "survey.notEditable", status);
        }
        this.opensAt = open;
        this.closesAt = close;
    }

    public void open(Instant now) {
        if (status != SurveyStatus.DRAFT) {
            throw BusinessException.conflict(null, "survey.notDraft", status);
        }
        if (closesAt != null && !closesAt.isAfter(now)) {
            throw BusinessException.invalid("closesAt", "survey.schedule.closeInPast");
        }
        this.status = SurveyStatus.OPEN;
        this.openedAt = now;
    }

    public void close(Instant now) {
        if (status != SurveyStatus.OPEN) {
            throw BusinessException.conflict(null, "survey.notOpen", status);
        }
        this.status = SurveyStatus.CLOSED;
        this.closedAt = now;
    }

    public void archive() {
        if (status != SurveyStatus.CLOSED) {
            throw BusinessException.conflict(null, "survey.notClosed", status);
        }
        this.status = SurveyStatus.ARCHIVED;
    }

    public boolean isDueToOpen(Instant now) {
        return status == SurveyStatus.DRAFT && opensAt != null && !opensAt.isAfter(now);
    }

    public boolean isDueToClose(Instant now) {
        return status == SurveyStatus.OPEN && closesAt != null && !closesAt.isAfter(now);
    }

    public boolean acceptsAnswers(Instant now) {
        return acceptsAnswers(status, closesAt, now);
    }

    /** Open, and not past its closing time (the closing timer may not have run yet). */
    static boolean acceptsAnswers(SurveyStatus status, Instant closesAt, Instant now) {
        return status == SurveyStatus.OPEN && (closesAt == null || now.isBefore(closesAt));
    }

    /** Fewer responses than the anonymity threshold: nothing may be shown or exported. */
    public boolean getResponsesBelowThreshold(long responses) {
        return responses < anonymityThreshold;
    }

    public void recordResponse(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
    }

    public boolean isRetentionDue(Instant now) {
        if (retentionAppliedAt != null || closedAt == null) {
            return false;
        }
        return !closedAt.atZone(java.time.ZoneOffset.UTC).plusMonths(retentionMonths).toInstant().isAfter(now);
    }

    public void retentionApplied(Instant now) {
        this.retentionAppliedAt = now;
    }

    public void commentsReviewed(boolean reviewed) {
        this.commentsReviewed = reviewed;
    }

    public void attachToTraining(Long program, Long session) {
        this.programId = program;
        this.trainingSessionId = session;
    }

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank()
                ? titleEn : titleFr;
    }

    public String intro(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && introEn != null && !introEn.isBlank()
                ? introEn : introFr;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("titleFr", titleFr);
        state.put("titleEn", titleEn);
        state.put("status", status);
        state.put("accessMode", accessMode);
        state.put("anonymityThreshold", anonymityThreshold);
        state.put("opensAt", opensAt == null ? null : opensAt.toString());
        state.put("closesAt", closesAt == null ? null : closesAt.toString());
        state.put("reminderDays", reminderDays);
        state.put("retentionMonths", retentionMonths);
        state.put("retentionAction", retentionAction);
        state.put("resultsSharing", resultsSharing);
        state.put("structureVersion", structureVersion);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getIntroFr() {
        return introFr;
    }

    public String getIntroEn() {
        return introEn;
    }

    public SurveyKind getKind() {
        return kind;
    }

    public AccessMode getAccessMode() {
        return accessMode;
    }

    public SurveyStatus getStatus() {
        return status;
    }

    public String getStructureJson() {
        return structureJson;
    }

    public int getStructureVersion() {
        return structureVersion;
    }

    public Long getBasedOnId() {
        return basedOnId;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public int getAnonymityThreshold() {
        return anonymityThreshold;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public RetentionAction getRetentionAction() {
        return retentionAction;
    }

    public Instant getRetentionAppliedAt() {
        return retentionAppliedAt;
    }

    public ResultsSharing getResultsSharing() {
        return resultsSharing;
    }

    public boolean isCommentsReviewed() {
        return commentsReviewed;
    }

    public Long getTrainingSessionId() {
        return trainingSessionId;
    }

    public Long getProgramId() {
        return programId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
