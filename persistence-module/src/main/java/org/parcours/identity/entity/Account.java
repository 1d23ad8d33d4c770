package org.parcours.identity.entity;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.parcours.organization.entity.StaffMember;

/**
 * A sign-in account: a user name, a PBKDF2 password hash (none until its owner chooses one through an access link),
 * roles, the preferred language, and the counters that throttle repeated failed sign-ins.
 */
@Entity
@Table(name = "account")
public class Account {

    /** Failed sign-ins in a row before the account is held back. */
    public static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_HOLD = Duration.ofMinutes(1);
    private static final Duration LONGEST_HOLD = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100, unique = true)
    private String username;

    /** Null until the owner chooses a password through the link HR sent them. */
    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private StaffMember staffMember;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, length = 5)
    private String locale = "fr";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayName, StaffMember staffMember,
            Set<Role> roles, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.staffMember = staffMember;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordChangedAt = now;
    }

    /** An account for a staff member who has not chosen a password yet: they will, through an access link. */
    public static Account awaitingPassword(String username, String displayName, StaffMember staffMember,
            Set<Role> roles) {
        return new Account(username, null, displayName, staffMember, roles, null);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isHeldBack(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; from the sixth in a row the account is held back, each time twice as long. */
    public void recordFailedSignIn(Instant now) {
        failedAttempts++;
        if (failedAttempts >= FREE_ATTEMPTS) {
            int doublings = Math.min(failedAttempts - FREE_ATTEMPTS, 10);
            Duration hold = FIRST_HOLD.multipliedBy(1L << doublings);
            lockedUntil = now.plus(hold.compareTo(LONGEST_HOLD) > 0 ? LONGEST_HOLD : hold);
        }
    }

    public void recordSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void chooseLocale(String language) {
        this.locale = "en".equals(language) ? "en" : "fr";
    }

    public void grant(Set<Role> newRoles) {
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    /** A new user name, when the work address it was changes. */
    public void renameTo(String newUsername) {
        this.username = newUsername;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public StaffMember getStaffMember() {
        return staffMember;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
