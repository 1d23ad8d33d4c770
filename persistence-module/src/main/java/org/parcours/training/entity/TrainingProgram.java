package org.parcours.training.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcours.platform.boundary.BusinessException;

/**
 * A training program co-built with its steering committee: objectives, method, reference material, audience, and
 * modules. Its content is versioned: each session records the version it ran, and a committee decision is
 * implemented in a new version.
 */
@Entity
@Table(name = "training_program")
public class TrainingProgram {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_program_seq")
    @SequenceGenerator(name = "training_program_seq", sequenceName = "training_program_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @Column(name = "title_fr", nullable = false, length = 300)
    private String titleFr;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(length = 4000)
    private String objectives;

    @Column(length = 2000)
    private String method;

    @Column(name = "reference_material", length = 4000)
    private String referenceMaterial;

    @Column(name = "target_audience", length = 2000)
    private String targetAudience;

    @Column(name = "content_version", nullable = false)
    private int contentVersion = 1;

    @Column(name = "version_notes", length = 4000)
    private String versionNotes;

    @Column(name = "needs_survey_id")
    private Long needsSurveyId;

    @Column(name = "reflection_days", length = 50)
    private String reflectionDays = "7,30,90";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_module", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "position")
    private List<ProgramModule> modules = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainingProgram() {
    }

    public TrainingProgram(String code, String titleFr, String titleEn, Instant now) {
        this.code = code;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.createdAt = now;
    }

    public void describe(String newObjectives, String newMethod, String newReference, String newAudience) {
        this.objectives = newObjectives;
        this.method = newMethod;
        this.referenceMaterial = newReference;
        this.targetAudience = newAudience;
    }

    public void rename(String newTitleFr, String newTitleEn) {
        this.titleFr = newTitleFr;
        this.titleEn = newTitleEn;
    }

    public void replaceModules(List<ProgramModule> newModules) {
        this.modules = new ArrayList<>(newModules);
    }

    /** A new content version, after the committee's decisions; sessions from now on run it. */
    public int publishVersion(String notes) {
        contentVersion++;
        versionNotes = notes;
        return contentVersion;
    }

    public void attachNeedsSurvey(long surveyId) {
        this.needsSurveyId = surveyId;
    }

    public void reflectionRhythm(String days) {
        if (days != null && !days.isBlank() && !days.matches("\\s*\\d{1,3}(\\s*,\\s*\\d{1,3})*\\s*")) {
            throw BusinessException.invalid("reflectionDays", "training.reflection.format");
        }
        this.reflectionDays = days == null ? "" : days.replace(" ", "");
    }

    public List<Integer> reflectionDayList() {
        if (reflectionDays == null || reflectionDays.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reflectionDays.split(",")).map(Integer::valueOf).toList();
    }

    public int totalMinutes() {
        return modules.stream().mapToInt(ProgramModule::getDurationMinutes).sum();
    }

    public String title(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("titleFr", titleFr);
        state.put("contentVersion", contentVersion);
        state.put("modules", modules.size());
        state.put("totalMinutes", totalMinutes());
        state.put("reflectionDays", reflectionDays);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getMethod() {
        return method;
    }

    public String getReferenceMaterial() {
        return referenceMaterial;
    }

    public String getTargetAudience() {
        return targetAudience;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public String getVersionNotes() {
        return versionNotes;
    }

    public Long getNeedsSurveyId() {
        return needsSurveyId;
    }

    public String getReflectionDays() {
        return reflectionDays;
    }

    public List<ProgramModule> getModules() {
        return List.copyOf(modules);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
