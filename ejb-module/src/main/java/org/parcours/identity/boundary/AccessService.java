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
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.control.PasswordHasher;
import org.parcours.identity.entity.AccessLink;
import org.parcours.identity.entity.Account;
import org.parcours.identity.entity.Role;
import org.parcours.identity.entity.Roles;
import org.parcours.mail.control.MailOutbox;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.control.ParcoursConfig;

/**
 * Access to the portal for every staff member. HR sends a person an access link, which creates their account (the
 * user name is their work e-mail address) and lets them choose a password; HR grants the roles beyond STAFF. Anyone
 * who forgot their password asks for a new link from the sign-in page. Links are one-time, expire, and only their
 * hash is stored.
 */
@Stateless
public class AccessService {

    /** How long the link HR sends to a newcomer stays valid. */
    public static final Duration ACTIVATION_VALIDITY = Duration.ofDays(14);
    /** How long a link asked for a forgotten password stays valid. */
    public static final Duration RESET_VALIDITY = Duration.ofHours(2);
    /** A new reset link is not sent more often than this for one account, whatever is asked. */
    public static final Duration RESET_INTERVAL = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(AccessService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What HR sees of a staff member's access. */
    public record AccessStatus(long staffId, String username, boolean hasAccount, boolean hasPassword,
            boolean enabled, Set<Role> roles, Instant lastLinkSentAt, Instant linkExpiresAt, Instant lastSignInAt,
            long accountVersion) {
    }

    /** What the page that opens a link shows: whose account it is and why the link was sent. */
    public record LinkHolder(String displayName, String username, AccessLink.Purpose purpose) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    ParcoursConfig config;

    @Resource
    SessionContext session;

    @EJB
    MailOutbox outbox;

    @EJB
    AuditTrail audit;

    @RolesAllowed(Roles.HR_ADMIN)
    public AccessStatus status(long staffId) {
        StaffMember staff = staff(staffId);
        return status(staff, accountOf(staff).orElse(null));
    }

    /**
     * Sends the staff member a link to choose their password, creating their account first if they have none; a
     * link sent before stops working. For someone who already has a password, the link lets them choose a new one.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public AccessStatus sendAccess(long staffId) {
        StaffMember staff = staff(staffId);
        if (!staff.isActive()) {
            throw BusinessException.invalid("staff", "access.inactive", staff.getFullName());
        }
        Instant now = clock.instant();
        Account account = accountOf(staff).orElseGet(() -> openAccount(staff));
        if (!account.isEnabled()) {
            throw BusinessException.invalid("staff", "access.disabled", staff.getFullName());
        }
        AccessLink.Purpose purpose = account.hasPassword() ? AccessLink.Purpose.RESET : AccessLink.Purpose.ACTIVATION;
        sendLink(account, staff, purpose, account.hasPassword() ? Duration.ofDays(3) : ACTIVATION_VALIDITY, now,
                session.getCallerPrincipal().getName());
        audit.record("SEND_ACCESS", "Account", account.getId(), account.getUsername(), null,
                Map.of("purpose", purpose.name(), "to", staff.getEmail()));
        return status(staff, account);
    }

    /** Sets the roles of the staff member's account (STAFF always stays). An HR admin cannot drop their own role. */
    @RolesAllowed(Roles.HR_ADMIN)
    public AccessStatus grant(long staffId, @NotNull Set<Role> roles, long expectedVersion) {
        StaffMember staff = staff(staffId);
        Account account = accountOf(staff)
                .orElseThrow(() -> BusinessException.invalid("roles", "access.noAccount", staff.getFullName()));
        if (account.getVersion() != expectedVersion) {
            throw BusinessException.stale("account");
        }
        Set<Role> granted = roles.isEmpty() ? EnumSet.of(Role.STAFF) : EnumSet.copyOf(roles);
        granted.add(Role.STAFF);
        if (account.getUsername().equals(session.getCallerPrincipal().getName()) && !granted.contains(Role.HR_ADMIN)) {
            throw BusinessException.invalid("roles", "access.ownAdminRole");
        }
        Set<Role> before = account.getRoles();
        account.grant(granted);
        em.flush();
        audit.record("GRANT_ROLES", "Account", account.getId(), account.getUsername(),
                Map.of("roles", before.toString()), Map.of("roles", granted.toString()));
        return status(staff, account);
    }

    /**
     * Sends a link to choose a new password to the owner of the account named (user name or work e-mail), if there
     * is one that can sign in. The caller learns nothing either way: the page says the same thing to everyone.
     */
    @PermitAll
    public void requestReset(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 200) {
            return;
        }
        String wanted = usernameOrEmail.trim();
        List<Account> found = em.createQuery("select a from Account a left join a.staffMember s"
                + " where a.username = :name or lower(s.email) = :email", Account.class)
                .setParameter("name", wanted).setParameter("email", wanted.toLowerCase(Locale.ROOT)).getResultList();
        if (found.size() != 1 || !found.get(0).isEnabled() || found.get(0).getStaffMember() == null
                || !found.get(0).getStaffMember().isActive()) {
            LOG.log(Level.INFO, "event=access.reset.ignored reason=no-single-active-account");
            return;
        }
        Account account = found.get(0);
        Instant now = clock.instant();
        boolean recent = !em.createQuery("select l from AccessLink l where l.account = :account"
                + " and l.purpose = :purpose and l.createdAt > :since", AccessLink.class)
                .setParameter("account", account).setParameter("purpose", AccessLink.Purpose.RESET)
                .setParameter("since", now.minus(RESET_INTERVAL)).setMaxResults(1).getResultList().isEmpty();
        if (recent) {
            LOG.log(Level.INFO, "event=access.reset.ignored reason=too-soon user={0}", account.getUsername());
            return;
        }
        AccessLink.Purpose purpose = account.hasPassword() ? AccessLink.Purpose.RESET : AccessLink.Purpose.ACTIVATION;
        sendLink(account, account.getStaffMember(), purpose, RESET_VALIDITY, now, null);
        audit.record("REQUEST_RESET", "Account", account.getId(), account.getUsername(), null, null);
    }

    /** Who the link is for, if it still works. */
    @PermitAll
    public LinkHolder holder(String secret) {
        AccessLink link = usableLink(secret, clock.instant());
        Account account = link.getAccount();
        return new LinkHolder(account.getDisplayName(), account.getUsername(), link.getPurpose());
    }

    /** Sets the password chosen through the link, spends the link, and returns the user name to sign in with. */
    @PermitAll
    public String choosePassword(String secret, String password, String confirmation) {
        Instant now = clock.instant();
        AccessLink link = usableLink(secret, now);
        if (password == null || password.length() < AccountService.MIN_PASSWORD_LENGTH) {
            throw BusinessException.invalid("password", "password.tooShort", AccountService.MIN_PASSWORD_LENGTH);
        }
        if (!password.equals(confirmation)) {
            throw BusinessException.invalid("confirmation", "password.mismatch");
        }
        Account account = link.getAccount();
        account.changePassword(hasher.hash(password.toCharArray()), now);
        link.use(now);
        audit.record(link.getPurpose() == AccessLink.Purpose.ACTIVATION ? "ACTIVATE" : "RESET_PASSWORD", "Account",
                account.getId(), account.getUsername(), null, null);
        return account.getUsername();
    }

    private Account openAccount(StaffMember staff) {
        String username = staff.getEmail().trim().toLowerCase(Locale.ROOT);
        boolean taken = !em.createQuery("select a.id from Account a where a.username = :name", Long.class)
                .setParameter("name", username).getResultList().isEmpty();
        if (taken) {
            throw BusinessException.conflict("staff", "access.usernameTaken", username);
        }
        boolean manager = !em.createQuery("select s.id from StaffMember s where s.manager = :staff and s.active = true",
                Long.class).setParameter("staff", staff).setMaxResults(1).getResultList().isEmpty();
        Account account = Account.awaitingPassword(username, staff.getFullName(), staff,
                manager ? EnumSet.of(Role.STAFF, Role.MANAGER) : EnumSet.of(Role.STAFF));
        em.persist(account);
        em.flush();
        audit.record("CREATE", "Account", account.getId(), username, null,
                Map.of("username", username, "roles", account.getRoles().toString()));
        return account;
    }

    private void sendLink(Account account, StaffMember staff, AccessLink.Purpose purpose, Duration validity,
            Instant now, String sentBy) {
        em.createQuery("select l from AccessLink l where l.account = :account and l.usedAt is null", AccessLink.class)
                .setParameter("account", account).getResultList().forEach(earlier -> earlier.use(now));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        AccessLink link = new AccessLink(account, purpose, AccountService.sha256(secret), sentBy, now,
                now.plus(validity));
        em.persist(link);
        Locale locale = Locale.forLanguageTag(account.getLocale());
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(link.getExpiresAt());
        outbox.queue(staff.getEmail(), locale, purpose == AccessLink.Purpose.ACTIVATION ? "account.activation"
                : "account.reset", "account:" + account.getId(), staff.getFullName(), account.getUsername(),
                config.baseUrl() + "/access/choose.xhtml?t=" + secret, until);
    }

    private AccessLink usableLink(String secret, Instant now) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw BusinessException.invalid("link", "access.linkInvalid");
        }
        return em.createQuery("select l from AccessLink l join fetch l.account where l.tokenHash = :hash",
                AccessLink.class).setParameter("hash", AccountService.sha256(secret.trim())).getResultList().stream()
                .filter(link -> link.isUsable(now) && link.getAccount().isEnabled()).findFirst()
                .orElseThrow(() -> BusinessException.invalid("link", "access.linkInvalid"));
    }

    private StaffMember staff(long staffId) {
        StaffMember staff = em.find(StaffMember.class, staffId);
        if (staff == null) {
            throw BusinessException.notFound("staff", staffId);
        }
        return staff;
    }

    private Optional<Account> accountOf(StaffMember staff) {
        return em.createQuery("select a from Account a where a.staffMember = :staff", Account.class)
                .setParameter("staff", staff).getResultList().stream().findFirst();
    }

    private AccessStatus status(StaffMember staff, Account account) {
        if (account == null) {
            return new AccessStatus(staff.getId(), null, false, false, false, Set.of(), null, null, null, 0);
        }
        Optional<AccessLink> last = em.createQuery("select l from AccessLink l where l.account = :account"
                + " order by l.createdAt desc", AccessLink.class).setParameter("account", account).setMaxResults(1)
                .getResultList().stream().findFirst();
        return new AccessStatus(staff.getId(), account.getUsername(), true, account.hasPassword(),
                account.isEnabled(), account.getRoles(), last.map(AccessLink::getCreatedAt).orElse(null),
                last.filter(l -> l.isUsable(clock.instant())).map(AccessLink::getExpiresAt).orElse(null),
                account.getLastLoginAt(), account.getVersion());
    }
}
