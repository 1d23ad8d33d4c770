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
import jakarta.persistence.Version;
import java.time.Instant;

/** A page of a participant's private practice journal, shared with the trainer or the group only by choice. */
@Entity
@Table(name = "training_journal")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_journal_seq")
    @SequenceGenerator(name = "training_journal_seq", sequenceName = "training_journal_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "author_staff_id", nullable = false)
    private Long authorStaffId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = 8000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JournalSharing sharing = JournalSharing.PRIVATE;

    protected JournalEntry() {
    }

    public JournalEntry(Long sessionId, Long authorStaffId, String text, Instant now) {
        this.sessionId = sessionId;
        this.authorStaffId = authorStaffId;
        this.text = text;
        this.writtenAt = now;
    }

    public void rewrite(String newText) {
        this.text = newText;
    }

    public void share(JournalSharing newSharing) {
        this.sharing = newSharing;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getAuthorStaffId() {
        return authorStaffId;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }

    public JournalSharing getSharing() {
        return sharing;
    }
}
