package org.parcours.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A participant's experience as the program's needs assessment told it: experience band, years in role,
 * self-rated knowledge (1 to 5). Seen by HR and the trainer only.
 */
@Entity
@Table(name = "training_profile")
public class ExperienceProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_profile_seq")
    @SequenceGenerator(name = "training_profile_seq", sequenceName = "training_profile_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(name = "experience_band", length = 20)
    private String experienceBand;

    @Column(name = "years_in_role")
    private Integer yearsInRole;

    @Column(name = "self_rated_knowledge")
    private Integer selfRatedKnowledge;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExperienceProfile() {
    }

    public ExperienceProfile(Long programId, Long staffId, Instant now) {
        this.programId = programId;
        this.staffId = staffId;
        this.updatedAt = now;
    }

    public void update(String band, Integer years, Integer knowledge, Instant now) {
        if (band != null) {
            this.experienceBand = band;
        }
        if (years != null) {
            this.yearsInRole = years;
        }
        if (knowledge != null) {
            this.selfRatedKnowledge = Math.max(1, Math.min(5, knowledge));
        }
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getProgramId() {
        return programId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getExperienceBand() {
        return experienceBand;
    }

    public Integer getYearsInRole() {
        return yearsInRole;
    }

    public Integer getSelfRatedKnowledge() {
        return selfRatedKnowledge;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
