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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.parcours.platform.boundary.BusinessException;

/**
 * A steering committee decision about the program, linked to the feedback that motivated it; proposed, then approved
 * or rejected, then implemented in a program version and the session that first ran it.
 */
@Entity
@Table(name = "training_decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_decision_seq")
    @SequenceGenerator(name = "training_decision_seq", sequenceName = "training_decision_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionStatus status = DecisionStatus.PROPOSED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_decision_feedback", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "feedback_id")
    private Set<Long> feedbackIds = new HashSet<>();

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "implemented_version")
    private Integer implementedVersion;

    @Column(name = "implemented_session_id")
    private Long implementedSessionId;

    protected Decision() {
    }

    public Decision(Long programId, String title, String description, DecisionKind kind, Set<Long> feedbackIds,
            String by, Instant now) {
        this.programId = programId;
        this.title = title;
        this.description = description;
        this.kind = kind;
        this.feedbackIds = new HashSet<>(feedbackIds);
        this.proposedBy = by;
        this.proposedAt = now;
    }

    public void approve(String by, Instant now) {
        decide(DecisionStatus.APPROVED, by, now);
    }

    public void reject(String by, Instant now) {
        decide(DecisionStatus.REJECTED, by, now);
    }

    private void decide(DecisionStatus outcome, String by, Instant now) {
        if (status != DecisionStatus.PROPOSED) {
            throw BusinessException.conflict(null, "training.decision.notProposed", status);
        }
        status = outcome;
        decidedBy = by;
        decidedAt = now;
    }

    /** Records where the decision took effect: the program version, and the session that first ran it. */
    public void implemented(int programVersion, Long sessionId) {
        if (status != DecisionStatus.APPROVED) {
            throw BusinessException.conflict(null, "training.decision.notApproved", status);
        }
        status = DecisionStatus.IMPLEMENTED;
        implementedVersion = programVersion;
        implementedSessionId = sessionId;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("kind", kind);
        state.put("status", status);
        state.put("feedback", feedbackIds.toString());
        state.put("implementedVersion", implementedVersion);
        state.put("implementedSession", implementedSessionId);
        return state;
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

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public Set<Long> getFeedbackIds() {
        return Set.copyOf(feedbackIds);
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Integer getImplementedVersion() {
        return implementedVersion;
    }

    public Long getImplementedSessionId() {
        return implementedSessionId;
    }
}
