package org.parcours.training.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.parcours.platform.boundary.BusinessException;

/** A staff member's place in a session, their attendance day by day, and the group they work in. */
@Entity
@Table(name = "training_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_enrolment_seq")
    @SequenceGenerator(name = "training_enrolment_seq", sequenceName = "training_enrolment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private TrainingSession session;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "group_number")
    private Integer groupNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "day")
    @Column(name = "present")
    private Map<LocalDate, Boolean> attendance = new HashMap<>();

    protected Enrolment() {
    }

    public Enrolment(TrainingSession session, Long staffId, EnrolmentStatus status, Instant now) {
        this.session = session;
        this.staffId = staffId;
        this.status = status;
        this.enrolledAt = now;
    }

    public void register() {
        if (status == EnrolmentStatus.CANCELLED) {
            throw BusinessException.conflict(null, "training.enrolment.cancelled");
        }
        status = EnrolmentStatus.REGISTERED;
    }

    /** Invited again after a cancellation: no place is taken until HR enrols them. */
    public void invite() {
        status = EnrolmentStatus.INVITED;
        groupNumber = null;
    }

    public void waitForPlace() {
        status = EnrolmentStatus.WAITING;
    }

    public void cancel() {
        status = EnrolmentStatus.CANCELLED;
        groupNumber = null;
    }

    public void markAttendance(LocalDate day, boolean present) {
        if (!session.days().contains(day)) {
            throw BusinessException.invalid("day", "training.attendance.notASessionDay", day);
        }
        if (status != EnrolmentStatus.REGISTERED) {
            throw BusinessException.conflict(null, "training.attendance.notRegistered");
        }
        attendance.put(day, present);
    }

    /** Present at least one day of the session. */
    public boolean attended() {
        return attendance.values().stream().anyMatch(Boolean::booleanValue);
    }

    public void placeInGroup(Integer group) {
        this.groupNumber = group;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public TrainingSession getSession() {
        return session;
    }

    public Long getStaffId() {
        return staffId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Integer getGroupNumber() {
        return groupNumber;
    }

    public Map<LocalDate, Boolean> getAttendance() {
        return Map.copyOf(attendance);
    }
}
