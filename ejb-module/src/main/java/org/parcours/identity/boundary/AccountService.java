package org.parcours.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.control.PasswordHasher;
import org.parcours.identity.entity.Account;
import org.parcours.identity.entity.ApiToken;
import org.parcours.identity.entity.Role;
import org.parcours.identity.entity.Roles;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;

/**
 * Accounts: sign-in with throttling, the caller's profile, own password and language, and the API bearer tokens
 * HR admins issue.
 */
@Stateless
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    /** Checks a user name and password; counts failures and holds the account back after too many in a row. */
    @PermitAll
    public SignInOutcome signIn(String username, String password) {
        Instant now = clock.instant();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Optional<Account> found = byUsername(username);
        if (found.isEmpty() || !found.get().isEnabled() || !found.get().hasPassword()) {
            hasher.verifyDecoy(secret);
            LOG.log(Level.INFO, "event=signin.refused reason=unknown-disabled-or-no-password");
            return SignInOutcome.invalid();
        }
        Account account = found.get();
        if (account.isHeldBack(now)) {
            LOG.log(Level.INFO, "event=signin.refused reason=held-back user={0}", account.getUsername());
            return new SignInOutcome(SignInOutcome.Status.HELD_BACK, account.getUsername(), null, Set.of(), null,
                    account.getLockedUntil());
        }
        if (!hasher.verify(secret, account.getPasswordHash())) {
            account.recordFailedSignIn(now);
            LOG.log(Level.INFO, "event=signin.refused reason=bad-password user={0} failures={1}",
                    new Object[] {account.getUsername(), account.getFailedAttempts()});
            return account.isHeldBack(now)
                    ? new SignInOutcome(SignInOutcome.Status.HELD_BACK, account.getUsername(), null, Set.of(), null,
                            account.getLockedUntil())
                    : SignInOutcome.invalid();
        }
        account.recordSignIn(now);
        return accepted(account);
    }

    /** Resolves a bearer token to its account, if the token is known, not revoked and not expired. */
    @PermitAll
    public Optional<SignInOutcome> signInWithToken(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<ApiToken> tokens = em.createQuery("select t from ApiToken t join fetch t.account where t.tokenHash = :hash",
                ApiToken.class).setParameter("hash", sha256(secret.trim())).getResultList();
        if (tokens.isEmpty() || !tokens.get(0).isUsable(now) || !tokens.get(0).getAccount().isEnabled()) {
            return Optional.empty();
        }
        ApiToken token = tokens.get(0);
        token.markUsed(now);
        return Optional.of(accepted(token.getAccount()));
    }

    private static SignInOutcome accepted(Account account) {
        Set<String> roles = account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        return new SignInOutcome(SignInOutcome.Status.ACCEPTED, account.getUsername(), account.getDisplayName(),
                roles, account.getLocale(), null);
    }

    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public CallerDto me() {
        Account account = caller();
        StaffMember staff = account.getStaffMember();
        return new CallerDto(account.getUsername(), account.getDisplayName(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toCollection(java.util.TreeSet::new)),
                account.getLocale(), staff == null ? null : staff.getId(), staff == null ? null : staff.getEmail());
    }

    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public void changeOwnPassword(@NotNull String currentPassword, @NotNull String newPassword) {
        Account account = caller();
        if (!hasher.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw BusinessException.invalid("currentPassword", "password.currentWrong");
        }
        if (newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw BusinessException.invalid("newPassword", "password.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (newPassword.equals(currentPassword)) {
            throw BusinessException.invalid("newPassword", "password.unchanged");
        }
        account.changePassword(hasher.hash(newPassword.toCharArray()), clock.instant());
        audit.record("CHANGE_PASSWORD", "Account", account.getId(), account.getUsername(), null, null);
    }

    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public void chooseLocale(@NotBlank String language) {
        caller().chooseLocale(language);
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public IssuedToken issueToken(@NotBlank String username, @NotBlank @Size(max = 200) String label,
            @Min(1) @Max(730) int validDays) {
        Account account = byUsername(username)
                .orElseThrow(() -> BusinessException.invalid("username", "token.unknownAccount", username));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "pct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        ApiToken token = new ApiToken(account, label.trim(), sha256(secret), callerName(), now,
                now.plus(Duration.ofDays(validDays)));
        em.persist(token);
        em.flush();
        audit.record("ISSUE_TOKEN", "ApiToken", token.getId(), label, null,
                Map.of("account", username, "expiresAt", token.getExpiresAt().toString()));
        return new IssuedToken(token.getId(), username, token.getLabel(), secret, token.getExpiresAt());
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<ApiToken> tokens() {
        return em.createQuery("select t from ApiToken t join fetch t.account order by t.createdAt desc",
                ApiToken.class).getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public void revokeToken(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw BusinessException.notFound("token", tokenId);
        }
        token.revoke(clock.instant());
        audit.record("REVOKE_TOKEN", "ApiToken", tokenId, token.getLabel(), null, null);
    }

    /** Creates an account (used by demo data and by HR admins giving a staff member access). */
    @RolesAllowed(Roles.HR_ADMIN)
    public Account createAccount(@NotBlank String username, @NotBlank String password, Long staffId,
            @NotBlank String displayName, @NotNull Set<Role> roles) {
        if (byUsername(username).isPresent()) {
            throw BusinessException.conflict("username", "account.duplicateUsername", username);
        }
        StaffMember staff = staffId == null ? null : em.find(StaffMember.class, staffId);
        Account account = new Account(username.trim(), hasher.hash(password.toCharArray()), displayName, staff,
                roles.isEmpty() ? EnumSet.of(Role.STAFF) : roles, clock.instant());
        em.persist(account);
        em.flush();
        audit.record("CREATE", "Account", account.getId(), username,
                null, Map.of("username", username, "roles", roles.toString()));
        return account;
    }

    private Account caller() {
        return byUsername(callerName()).orElseThrow(() -> BusinessException.forbidden("error.noAccount"));
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }

    private Optional<Account> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username.trim()).getResultList().stream().findFirst();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
