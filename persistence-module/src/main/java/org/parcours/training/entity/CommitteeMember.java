package org.parcours.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A seat on a program's steering committee. */
@Entity
@Table(name = "training_committee_member")
public class CommitteeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_committee_seq")
    @SequenceGenerator(name = "training_committee_seq", sequenceName = "training_committee_seq", allocationSize = 50)
    private Long id;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private CommitteeRole role;

    protected CommitteeMember() {
    }

    public CommitteeMember(Long programId, Long staffId, CommitteeRole role) {
        this.programId = programId;
        this.staffId = staffId;
        this.role = role;
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

    public CommitteeRole getRole() {
        return role;
    }
}
