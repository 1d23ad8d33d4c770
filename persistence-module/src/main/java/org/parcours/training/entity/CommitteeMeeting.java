package org.parcours.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A steering committee meeting: its date, agenda and minutes. */
@Entity
@Table(name = "training_meeting")
public class CommitteeMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_meeting_seq")
    @SequenceGenerator(name = "training_meeting_seq", sequenceName = "training_meeting_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 4000)
    private String agenda;

    @Column(length = 8000)
    private String minutes;

    protected CommitteeMeeting() {
    }

    public CommitteeMeeting(Long programId, LocalDate heldOn, String agenda) {
        this.programId = programId;
        this.heldOn = heldOn;
        this.agenda = agenda;
    }

    public void recordMinutes(String text) {
        this.minutes = text;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getProgramId() {
        return programId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }
}
