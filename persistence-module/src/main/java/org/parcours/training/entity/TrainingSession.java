package org.parcours.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcours.platform.boundary.BusinessException;

/**
 * A session of a program: pilot or regular, its dates, place or remote link, trainer and capacity. It records the
 * program version it ran and, once done, its satisfaction survey.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false)
    private TrainingProgram program;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(length = 300)
    private String place;

    @Column(name = "remote_link", length = 500)
    private String remoteLink;

    @Column(name = "trainer_staff_id")
    private Long trainerStaffId;

    @Column(name = "trainer_name", length = 200)
    private String trainerName;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "program_version")
    private Integer programVersion;

    @Column(name = "satisfaction_survey_id")
    private Long satisfactionSurveyId;

    @Column(name = "trainer_notes", length = 8000)
    private String trainerNotes;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected TrainingSession() {
    }

    public TrainingSession(TrainingProgram program, String title, SessionKind kind, LocalDate startsOn,
            LocalDate endsOn, int capacity) {
        if (endsOn.isBefore(startsOn)) {
            throw BusinessException.invalid("endsOn", "training.session.datesOrder");
        }
        if (capacity < 1 || capacity > 500) {
            throw BusinessException.invalid("capacity", "training.session.capacityRange");
        }
        this.program = program;
        this.title = title;
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
    }

    /** Changes the title and dates while the session has not started yet. */
    public void reschedule(String newTitle, LocalDate newStartsOn, LocalDate newEndsOn) {
        if (status != SessionStatus.PLANNED && status != SessionStatus.OPEN_FOR_ENROLMENT) {
            throw BusinessException.conflict(null, "training.session.alreadyStarted", status);
        }
        if (newEndsOn.isBefore(newStartsOn)) {
            throw BusinessException.invalid("endsOn", "training.session.datesOrder");
        }
        this.title = newTitle;
        this.startsOn = newStartsOn;
        this.endsOn = newEndsOn;
    }

    public void locate(String newPlace, String newRemoteLink, Long trainerId, String trainer) {
        this.place = newPlace;
        this.remoteLink = newRemoteLink;
        this.trainerStaffId = trainerId;
        this.trainerName = trainer;
    }

    public void openEnrolment() {
        require(SessionStatus.PLANNED, "training.session.notPlanned");
        status = SessionStatus.OPEN_FOR_ENROLMENT;
    }

    /** The session starts: it runs the program's current version. */
    public void start() {
        if (status != SessionStatus.PLANNED && status != SessionStatus.OPEN_FOR_ENROLMENT) {
            throw BusinessException.conflict(null, "training.session.cannotStart", status);
        }
        status = SessionStatus.RUNNING;
        programVersion = program.getContentVersion();
    }

    public void end(Instant now) {
        require(SessionStatus.RUNNING, "training.session.notRunning");
        status = SessionStatus.DONE;
        endedAt = now;
    }

    public void cancel() {
        if (status == SessionStatus.DONE) {
            throw BusinessException.conflict(null, "training.session.alreadyDone");
        }
        status = SessionStatus.CANCELLED;
    }

    public boolean acceptsEnrolment() {
        return status == SessionStatus.PLANNED || status == SessionStatus.OPEN_FOR_ENROLMENT;
    }

    /** Where a new participant goes given how many are registered already. */
    public EnrolmentStatus placeFor(long registered) {
        return registered < capacity ? EnrolmentStatus.REGISTERED : EnrolmentStatus.WAITING;
    }

    public void changeCapacity(int newCapacity) {
        if (newCapacity < 1 || newCapacity > 500) {
            throw BusinessException.invalid("capacity", "training.session.capacityRange");
        }
        this.capacity = newCapacity;
    }

    public void attachSatisfactionSurvey(long surveyId) {
        this.satisfactionSurveyId = surveyId;
    }

    public void writeTrainerNotes(String notes) {
        this.trainerNotes = notes;
    }

    /** The session's days, for attendance. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = startsOn; !day.isAfter(endsOn); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    private void require(SessionStatus expected, String key) {
        if (status != expected) {
            throw BusinessException.conflict(null, key, status);
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("kind", kind);
        state.put("status", status);
        state.put("startsOn", String.valueOf(startsOn));
        state.put("endsOn", String.valueOf(endsOn));
        state.put("capacity", capacity);
        state.put("programVersion", programVersion);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public TrainingProgram getProgram() {
        return program;
    }

    public String getTitle() {
        return title;
    }

    public SessionKind getKind() {
        return kind;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getPlace() {
        return place;
    }

    public String getRemoteLink() {
        return remoteLink;
    }

    public Long getTrainerStaffId() {
        return trainerStaffId;
    }

    public String getTrainerName() {
        return trainerName;
    }

    public int getCapacity() {
        return capacity;
    }

    public Integer getProgramVersion() {
        return programVersion;
    }

    public Long getSatisfactionSurveyId() {
        return satisfactionSurveyId;
    }

    public String getTrainerNotes() {
        return trainerNotes;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
