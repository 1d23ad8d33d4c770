package org.parcours.identity.entity;

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
import java.time.Instant;

/**
 * A one-time link, sent by mail, with which the owner of an account chooses a password: the first one (activation,
 * sent by HR) or a new one when it was forgotten (reset, asked from the sign-in page). Only the SHA-256 of its
 * secret is stored; it works once, and not after it expires or after a newer link was sent.
 */
@Entity
@Table(name = "access_link")
public class AccessLink {

    /** Why the link was sent. */
    public enum Purpose {
        ACTIVATION, RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_link_seq")
    @SequenceGenerator(name = "access_link_seq", sequenceName = "access_link_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccessLink() {
    }

    public AccessLink(Account account, Purpose purpose, String tokenHash, String createdBy, Instant createdAt,
            Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link: it cannot open the page again. */
    public void use(Instant now) {
        this.usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
