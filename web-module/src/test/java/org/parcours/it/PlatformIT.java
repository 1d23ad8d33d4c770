package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.audit.boundary.AuditService;
import org.parcours.audit.entity.AuditEntry;
import org.parcours.identity.boundary.AccessService;
import org.parcours.identity.boundary.AccountService;
import org.parcours.identity.boundary.IssuedToken;
import org.parcours.identity.boundary.SignInOutcome;
import org.parcours.identity.entity.Account;
import org.parcours.identity.entity.Role;
import org.parcours.mail.boundary.OutboxService;
import org.parcours.mail.control.MailDispatcher;
import org.parcours.mail.control.MailOutbox;
import org.parcours.mail.entity.MailStatus;
import org.parcours.mail.entity.OutboxMail;
import org.parcours.organization.boundary.StaffDetails;
import org.parcours.organization.boundary.StaffImportReport;
import org.parcours.organization.boundary.StaffImportService;
import org.parcours.organization.boundary.StaffService;
import org.parcours.organization.boundary.UnitService;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.StaffCategory;
import org.parcours.organization.entity.StaffFilter;
import org.parcours.organization.entity.StaffMember;
import org.parcours.organization.entity.UnitKind;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.control.SchemaMigration;

/**
 * The platform in the server: schema and demo data, security refusals per role (in the services and through the
 * API), the transactional outbox with real SMTP delivery and retry, audit, staff import, and the API's errors.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.parcours(PlatformIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    SchemaMigration schema;

    @EJB
    StaffService staff;

    @EJB
    UnitService units;

    @EJB
    StaffImportService imports;

    @EJB
    AccountService accounts;

    @EJB
    AccessService access;

    @EJB
    OutboxService outbox;

    @EJB
    AuditService audit;

    @EJB
    MailOutbox mailOutbox;

    @EJB
    MailDispatcher dispatcher;

    @EJB
    RunAs.HrAdmin asHr;

    @EJB
    RunAs.Staff asStaff;

    @EJB
    RunAs.Manager asManager;

    @EJB
    RunAs.CommitteeMember asCommittee;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static StaffDetails person(String suffix) {
        return new StaffDetails("T" + suffix, "Test", "Person " + suffix, "test." + suffix + "@example.org",
                StaffCategory.ENGINEER, ContractType.PERMANENT, LocalDate.of(2020, 1, 6), null, "Engineer", "U1001",
                null);
    }

    // --- Schema and demo data --------------------------------------------------------------------------------

    @Test
    void schemaIsMigratedAndTheDemoInstitutionIsLoadedOnce() {
        assertThat(schema.isMigrated()).isTrue();
        long units = em.createQuery("select count(u) from OrganizationUnit u", Long.class).getSingleResult();
        long labs = em.createQuery("select count(u) from OrganizationUnit u where u.kind = :lab", Long.class)
                .setParameter("lab", UnitKind.LAB).getSingleResult();
        long people = em.createQuery("select count(s) from StaffMember s", Long.class).getSingleResult();
        long accountsCount = em.createQuery("select count(a) from Account a where a.username in"
                + " ('hr', 'manager', 'staff', 'committee')", Long.class).getSingleResult();
        long fixedTerm = em.createQuery("select count(s) from StaffMember s where s.contractType = :cdd", Long.class)
                .setParameter("cdd", ContractType.FIXED_TERM).getSingleResult();

        assertThat(labs).isEqualTo(40);
        assertThat(units).isGreaterThan(labs);
        assertThat(people).isBetween(250L, 400L);
        assertThat(fixedTerm).isPositive();
        assertThat(accountsCount).isEqualTo(4);
    }

    // --- Access: links to choose a password, forgotten passwords, roles ----------------------------------------

    private static final java.util.regex.Pattern ACCESS_LINK =
            java.util.regex.Pattern.compile("/access/choose\\.xhtml\\?t=([A-Za-z0-9_-]+)");

    /** Delivers what is queued and returns the secrets of the access links mailed to {@code address}, oldest first. */
    private List<String> accessLinksTo(String address) throws Exception {
        Mailbox.start();
        dispatcher.deliverDue(Instant.now());
        List<String> secrets = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : Mailbox.to(address)) {
            java.util.regex.Matcher link = ACCESS_LINK.matcher(String.valueOf(message.getContent()));
            if (link.find()) {
                secrets.add(link.group(1));
            }
        }
        return secrets;
    }

    @Test
    void hrSendsAnAccessLinkAndThePersonChoosesAPasswordOnceThenSignsIn() throws Exception {
        StaffMember person = asHr.call(() -> staff.create(person(unique())));
        String address = person.getEmail();
        assertThat(asHr.call(() -> access.status(person.getId())).hasAccount()).isFalse();

        AccessService.AccessStatus sent = asHr.call(() -> access.sendAccess(person.getId()));

        assertThat(sent.hasAccount()).isTrue();
        assertThat(sent.hasPassword()).isFalse();
        assertThat(sent.username()).isEqualTo(address);
        assertThat(sent.roles()).containsExactly(Role.STAFF);
        assertThat(accounts.signIn(address, "").status()).as("no password yet, no way in")
                .isEqualTo(SignInOutcome.Status.INVALID);
        List<String> links = accessLinksTo(address);
        assertThat(links).hasSize(1);
        String secret = links.get(0);
        assertThat(access.holder(secret).displayName()).isEqualTo(person.getFullName());

        assertThatThrownBy(() -> access.choosePassword(secret, "short", "short"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("password.tooShort");
        assertThatThrownBy(() -> access.choosePassword(secret, "a long password", "another one"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("password.mismatch");
        assertThat(access.choosePassword(secret, "a long password", "a long password")).isEqualTo(address);

        assertThat(accounts.signIn(address, "a long password").status()).isEqualTo(SignInOutcome.Status.ACCEPTED);
        assertThatThrownBy(() -> access.choosePassword(secret, "yet another one", "yet another one"))
                .as("a link works once").isInstanceOf(BusinessException.class)
                .hasMessageContaining("access.linkInvalid");
        assertThat(accounts.signIn(address, "a long password").status()).isEqualTo(SignInOutcome.Status.ACCEPTED);
        assertThat(em.createQuery("select count(e) from AuditEntry e where e.action = 'ACTIVATE' and e.summary = :u",
                Long.class).setParameter("u", address).getSingleResult()).isEqualTo(1);
    }

    @Test
    void aNewLinkVoidsTheOldOneAndAnExpiredLinkOpensNothing() throws Exception {
        StaffMember person = asHr.call(() -> staff.create(person(unique())));
        asHr.call(() -> access.sendAccess(person.getId()));
        asHr.call(() -> access.sendAccess(person.getId()));
        List<String> links = accessLinksTo(person.getEmail());
        assertThat(links).hasSize(2);

        assertThatThrownBy(() -> access.holder(links.get(0))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("access.linkInvalid");
        tx.begin();
        em.createQuery("update AccessLink l set l.expiresAt = :past"
                + " where l.account.id in (select a.id from Account a where a.username = :u)")
                .setParameter("past", Instant.now().minusSeconds(60)).setParameter("u", person.getEmail())
                .executeUpdate();
        tx.commit();
        assertThatThrownBy(() -> access.choosePassword(links.get(1), "a long password", "a long password"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("access.linkInvalid");
        assertThat(accounts.signIn(person.getEmail(), "a long password").status())
                .isEqualTo(SignInOutcome.Status.INVALID);
    }

    @Test
    void aForgottenPasswordIsResetByMailWithoutTellingWhoHasAnAccount() throws Exception {
        StaffMember person = asHr.call(() -> staff.create(person(unique())));
        asHr.call(() -> access.sendAccess(person.getId()));
        access.choosePassword(accessLinksTo(person.getEmail()).get(0), "the first password", "the first password");
        String stranger = "nobody-" + unique() + "@example.org";

        access.requestReset(stranger);
        access.requestReset(person.getEmail().toUpperCase(java.util.Locale.ROOT));
        access.requestReset(person.getEmail());

        assertThat(accessLinksTo(stranger)).isEmpty();
        List<String> links = accessLinksTo(person.getEmail());
        assertThat(links).as("the activation link, then one reset link: the second request came too soon")
                .hasSize(2);
        assertThat(access.holder(links.get(1)).purpose())
                .isEqualTo(org.parcours.identity.entity.AccessLink.Purpose.RESET);
        assertThat(accounts.signIn(person.getEmail(), "the first password").status())
                .as("asking for a link changes nothing until a new password is chosen")
                .isEqualTo(SignInOutcome.Status.ACCEPTED);
        access.choosePassword(links.get(1), "the second password", "the second password");
        assertThat(accounts.signIn(person.getEmail(), "the first password").status())
                .isEqualTo(SignInOutcome.Status.INVALID);
        assertThat(accounts.signIn(person.getEmail(), "the second password").status())
                .isEqualTo(SignInOutcome.Status.ACCEPTED);
    }

    @Test
    void onlyHrAdminsGiveAccessAndRolesAndNoAdminDropsTheirOwnRole() throws Exception {
        StaffMember person = asHr.call(() -> staff.create(person(unique())));
        assertRefused(() -> asStaff.call(() -> access.sendAccess(person.getId())));
        assertRefused(() -> asManager.call(() -> access.status(person.getId())));
        AccessService.AccessStatus sent = asHr.call(() -> access.sendAccess(person.getId()));

        assertRefused(() -> asCommittee.call(() -> access.grant(person.getId(), EnumSet.of(Role.HR_ADMIN),
                sent.accountVersion())));
        AccessService.AccessStatus granted = asHr.call(() -> access.grant(person.getId(),
                EnumSet.of(Role.MANAGER, Role.COMMITTEE_MEMBER), sent.accountVersion()));

        assertThat(granted.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.MANAGER, Role.COMMITTEE_MEMBER);
        em.clear();
        Account reread = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", person.getEmail()).getSingleResult();
        assertThat(reread.getRoles()).containsExactlyInAnyOrder(Role.STAFF, Role.MANAGER, Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> asHr.call(() -> access.grant(person.getId(), EnumSet.of(Role.STAFF),
                sent.accountVersion()))).as("stale version").isInstanceOf(BusinessException.class);

        long hrStaffId = em.createQuery("select a.staffMember.id from Account a where a.username = 'hr'", Long.class)
                .getSingleResult();
        long hrVersion = asHr.call(() -> access.status(hrStaffId)).accountVersion();
        assertThatThrownBy(() -> asHr.call(() -> access.grant(hrStaffId, EnumSet.of(Role.STAFF), hrVersion)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("access.ownAdminRole");
        assertThat(asHr.call(() -> access.status(hrStaffId)).roles()).contains(Role.HR_ADMIN);
    }

    @Test
    void theOutboxPageMasksAccessLinksWhenMailLeavesBySmtp() throws Exception {
        StaffMember person = asHr.call(() -> staff.create(person(unique())));
        asHr.call(() -> access.sendAccess(person.getId()));
        OutboxMail mail = em.createQuery("select m from OutboxMail m where m.recipient = :r", OutboxMail.class)
                .setParameter("r", person.getEmail()).getSingleResult();

        String shown = asHr.call(() -> outbox.readableBody(mail.getId()));

        assertThat(asHr.call(() -> outbox.smtpConfigured())).isTrue();
        assertThat(shown).contains("/access/choose.xhtml?t=\u2022\u2022\u2022").doesNotContain(
                mail.getBodyText().replaceAll("(?s).*\\?t=([A-Za-z0-9_-]+).*", "$1"));
    }

    @Test
    void someoneWhoLeftCanNoLongerSignInNorUseTheirTokens() throws Exception {
        StaffMember person = asHr.call(() -> staff.create(person(unique())));
        asHr.call(() -> access.sendAccess(person.getId()));
        access.choosePassword(accessLinksTo(person.getEmail()).get(0), "a long password", "a long password");
        IssuedToken token = asHr.call(() -> accounts.issueToken(person.getEmail(), "their script", 30));
        assertThat(accounts.signInWithToken(token.secret())).isPresent();
        long version = em.find(StaffMember.class, person.getId()).getVersion();

        asHr.call(() -> {
            staff.deactivate(person.getId(), version);
            return null;
        });

        assertThat(accounts.signIn(person.getEmail(), "a long password").status())
                .isEqualTo(SignInOutcome.Status.INVALID);
        assertThat(accounts.signInWithToken(token.secret())).isEmpty();
        assertThatThrownBy(() -> asHr.call(() -> access.sendAccess(person.getId())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("access.inactive");
    }

    @Test
    void theUserNameFollowsAChangeOfWorkAddress() throws Exception {
        String suffix = unique();
        StaffMember person = asHr.call(() -> staff.create(person(suffix)));
        asHr.call(() -> access.sendAccess(person.getId()));
        access.choosePassword(accessLinksTo(person.getEmail()).get(0), "a long password", "a long password");
        StaffDetails moved = new StaffDetails("T" + suffix, "Test", "Person " + suffix, "moved." + suffix
                + "@example.org", StaffCategory.ENGINEER, ContractType.PERMANENT, LocalDate.of(2020, 1, 6), null,
                "Engineer", "U1001", null);
        long version = em.find(StaffMember.class, person.getId()).getVersion();

        asHr.call(() -> staff.update(person.getId(), version, moved));

        assertThat(accounts.signIn("moved." + suffix + "@example.org", "a long password").status())
                .isEqualTo(SignInOutcome.Status.ACCEPTED);
        assertThat(accounts.signIn(person.getEmail(), "a long password").status())
                .isEqualTo(SignInOutcome.Status.INVALID);
    }

    // --- Security: refusals per role in the services ---------------------------------------------------------

    @Test
    void onlyHrAdminsCreateStaffInTheService() throws Exception {
        String suffix = unique();
        for (var runner : List.<java.util.function.Function<java.util.concurrent.Callable<Object>, Object>>of(
                work -> call(asStaff, work), work -> call(asManager, work), work -> call(asCommittee, work))) {
            assertRefused(() -> runner.apply(() -> staff.create(person(suffix))));
        }
        assertThat(asHr.call(() -> staff.byEmployeeNumber("T" + suffix))).isEmpty();

        StaffMember created = asHr.call(() -> staff.create(person(suffix)));

        assertThat(em.find(StaffMember.class, created.getId()).getEmail()).isEqualTo("test." + suffix + "@example.org");
    }

    @Test
    void hrPagesServicesRefuseOtherRoles() {
        assertRefused(() -> asStaff.call(() -> outbox.search(null, null, 0, 10)));
        assertRefused(() -> asManager.call(() -> audit.search(null, 0, 10)));
        assertRefused(() -> asCommittee.call(() -> imports.analyse("employee_number\n")));
        assertRefused(() -> asStaff.call(() -> units.create("X" + unique(), "Labo", "Lab", UnitKind.LAB, "DR-OCC",
                null)));
    }

    /** The call fails with the container's access refusal somewhere in its cause chain. */
    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(failure).as("refused").isNotNull();
        boolean accessRefused = false;
        for (Throwable t = failure; t != null && !accessRefused; t = t.getCause()) {
            accessRefused = t instanceof EJBAccessException;
        }
        assertThat(accessRefused).as("EJBAccessException in " + failure).isTrue();
    }

    private static Object call(Object runner, java.util.concurrent.Callable<Object> work) {
        try {
            if (runner instanceof RunAs.Staff s) {
                return s.call(work);
            }
            if (runner instanceof RunAs.Manager m) {
                return m.call(work);
            }
            return ((RunAs.CommitteeMember) runner).call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStaleVersionIsRefusedAndTheNewerChangeKept() throws Exception {
        String suffix = unique();
        StaffMember created = asHr.call(() -> staff.create(person(suffix)));
        long staleVersion = created.getVersion();
        StaffDetails renamed = new StaffDetails("T" + suffix, "Renamed", "Person", "test." + suffix + "@example.org",
                StaffCategory.ENGINEER, ContractType.PERMANENT, LocalDate.of(2020, 1, 6), null, "Engineer", "U1001",
                null);
        asHr.call(() -> staff.update(created.getId(), staleVersion, renamed));

        StaffDetails other = new StaffDetails("T" + suffix, "Other", "Person", "test." + suffix + "@example.org",
                StaffCategory.ENGINEER, ContractType.PERMANENT, LocalDate.of(2020, 1, 6), null, "Engineer", "U1001",
                null);
        assertThatThrownBy(() -> asHr.call(() -> staff.update(created.getId(), staleVersion, other)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.stale");
        assertThat(em.find(StaffMember.class, created.getId()).getFirstName()).isEqualTo("Renamed");
    }

    @Test
    void everyStaffChangeIsAuditedWithBeforeAndAfter() throws Exception {
        String suffix = unique();
        StaffMember created = asHr.call(() -> staff.create(person(suffix)));
        asHr.call(() -> {
            staff.deactivate(created.getId(), staff.find(created.getId()).getVersion());
            return null;
        });

        List<AuditEntry> entries = asHr.call(() -> audit.search(new AuditService.AuditFilter(null, "StaffMember",
                String.valueOf(created.getId()), null, null, null), 0, 10).items());

        assertThat(entries).extracting(AuditEntry::getAction).containsExactly("DEACTIVATE", "CREATE");
        assertThat(entries.get(0).getBeforeState()).contains("\"active\":true");
        assertThat(entries.get(0).getAfterState()).contains("\"active\":false");
        assertThat(entries.get(1).getBeforeState()).isNull();
        assertThat(entries.get(1).getActor()).isNotBlank();
    }

    // --- Sign-in throttling and tokens -------------------------------------------------------------------------

    @Test
    void repeatedWrongPasswordsHoldTheAccountBackEvenForTheRightOne() throws Exception {
        String username = "throttle-" + unique();
        asHr.call(() -> accounts.createAccount(username, "correct-horse-battery", null, "Throttle Test",
                EnumSet.of(Role.STAFF)));
        for (int i = 0; i < Account.FREE_ATTEMPTS - 1; i++) {
            assertThat(accounts.signIn(username, "wrong").status()).isEqualTo(SignInOutcome.Status.INVALID);
        }
        assertThat(accounts.signIn(username, "wrong").status()).isEqualTo(SignInOutcome.Status.HELD_BACK);

        SignInOutcome withRightPassword = accounts.signIn(username, "correct-horse-battery");

        assertThat(withRightPassword.status()).isEqualTo(SignInOutcome.Status.HELD_BACK);
        Account stored = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult();
        assertThat(stored.getLockedUntil()).isAfter(Instant.now());
    }

    @Test
    void aBearerTokenIssuedByHrOpensTheApiUntilRevoked() throws Exception {
        IssuedToken token = asHr.call(() -> accounts.issueToken("manager", "test " + unique(), 30));
        String url = base + "api/me";

        HttpResponse<String> allowed = Http.get(url, "Bearer " + token.secret());
        asHr.call(() -> {
            accounts.revokeToken(token.id());
            return null;
        });
        HttpResponse<String> afterRevocation = Http.get(url, "Bearer " + token.secret());

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).contains("\"username\":\"manager\"").contains("MANAGER");
        assertThat(afterRevocation.statusCode()).isEqualTo(401);
        assertThat(afterRevocation.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    // --- Mail outbox ---------------------------------------------------------------------------------------------

    @Test
    void aMailQueuedInARolledBackTransactionIsNeverSent() throws Exception {
        String recipient = "rollback-" + unique() + "@example.org";
        tx.begin();
        mailOutbox.queueText(recipient, "Never", "Never sent", "test", null);
        tx.rollback();

        long stored = em.createQuery("select count(m) from OutboxMail m where m.recipient = :r", Long.class)
                .setParameter("r", recipient).getSingleResult();
        assertThat(stored).isZero();
    }

    @Test
    void queuedMailIsDeliveredThroughSmtp() throws Exception {
        Mailbox.start();
        String recipient = "deliver-" + unique() + "@example.org";
        long id = queue(recipient, "Bienvenue");

        dispatcher.deliverDue(Instant.now());

        OutboxMail mail = reread(id);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(Mailbox.to(recipient)).hasSize(1);
        assertThat(Mailbox.to(recipient).get(0).getSubject()).isEqualTo("Bienvenue");
    }

    @Test
    void aFailedDeliveryIsRetriedAfterItsBackoffOnceSmtpIsBack() throws Exception {
        Mailbox.stop();
        String recipient = "retry-" + unique() + "@example.org";
        long id = queue(recipient, "Retry me");
        Instant now = Instant.now();

        dispatcher.deliverDue(now);
        OutboxMail afterFailure = reread(id);
        assertThat(afterFailure.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(afterFailure.getAttempts()).isEqualTo(1);
        assertThat(afterFailure.getLastError()).isNotBlank();
        assertThat(afterFailure.getNextAttemptAt()).isAfter(now.plusSeconds(30));

        Mailbox.start();
        dispatcher.deliverDue(now.plusSeconds(10));
        assertThat(reread(id).getAttempts()).as("no retry before the backoff").isEqualTo(1);
        assertThat(Mailbox.to(recipient)).isEmpty();

        dispatcher.deliverDue(afterFailure.getNextAttemptAt().plusSeconds(1));
        OutboxMail delivered = reread(id);
        assertThat(delivered.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(delivered.getAttempts()).isEqualTo(2);
        assertThat(Mailbox.to(recipient)).hasSize(1);
    }

    private long queue(String recipient, String subject) throws Exception {
        tx.begin();
        OutboxMail mail = mailOutbox.queueText(recipient, subject, "Corps du message", "test", null);
        em.joinTransaction();
        em.flush();
        long id = mail.getId();
        tx.commit();
        return id;
    }

    private OutboxMail reread(long id) {
        em.clear();
        return em.find(OutboxMail.class, id);
    }

    // --- Staff CSV import ----------------------------------------------------------------------------------------

    @Test
    void aFileWithRefusedLinesImportsNothingUnlessTheValidLinesAreChosen() throws Exception {
        String s = unique();
        String csv = "employee_number;first_name;last_name;email;category;contract_type;hire_date;contract_end;"
                + "job_title;unit_code;manager_employee_number\n"
                + "M" + s + ";Marie;Curie;marie." + s + "@example.org;chercheuse;CDI;2019-03-01;;Directrice;U1002;\n"
                + "R" + s + ";Rosalind;Franklin;rosalind." + s + "@example.org;researcher;CDD;01/09/2025;31/08/2027;"
                + "Post-doc;U1002;M" + s + "\n"
                + "X" + s + ";Bad;Line;not-an-email;astronaut;CDD;2025-13-01;;;NOUNIT;\n";

        StaffImportReport report = asHr.call(() -> imports.analyse(csv));
        assertThat(report.lines()).hasSize(3);
        assertThat(report.lines().get(0).action()).isEqualTo(StaffImportReport.Action.CREATE);
        assertThat(report.lines().get(1).action()).isEqualTo(StaffImportReport.Action.CREATE);
        StaffImportReport.Line bad = report.lines().get(2);
        assertThat(bad.number()).isEqualTo(4);
        assertThat(bad.problems()).extracting(StaffImportReport.Problem::column)
                .contains("email", "category", "hire_date", "unit_code");

        assertThatThrownBy(() -> asHr.call(() -> imports.importFile(csv, false)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("import.hasErrors");
        assertThat(asHr.call(() -> staff.byEmployeeNumber("M" + s))).isEmpty();

        StaffImportService.ImportResult result = asHr.call(() -> imports.importFile(csv, true));

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        StaffMember rosalind = asHr.call(() -> staff.find(staff.byEmployeeNumber("R" + s).orElseThrow().getId()));
        assertThat(rosalind.getManager().getEmployeeNumber()).isEqualTo("M" + s);
        assertThat(rosalind.getContractEnd()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(asHr.call(() -> staff.byEmployeeNumber("X" + s))).isEmpty();
        assertThat(asStaff.call(() -> staff.search(StaffFilter.text("rosalind." + s), 0, 5, "lastName", true).total()))
                .isEqualTo(1);
    }

    // --- The API over HTTP -----------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void theApiNeedsAuthenticationAndAnswersWithProblemJson() throws Exception {
        HttpResponse<String> anonymous = Http.get(base + "api/me", null);
        HttpResponse<String> wrongPassword = Http.get(base + "api/me", Http.basic("hr", "not-the-password"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(anonymous.body()).contains("\"status\":401");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    @Test
    @RunAsClient
    void eachDemoAccountSeesItsOwnRoles() throws Exception {
        assertThat(Http.get(base + "api/me", Http.basic("hr", "demo")).body()).contains("HR_ADMIN");
        assertThat(Http.get(base + "api/me", Http.basic("manager", "demo")).body()).contains("MANAGER")
                .doesNotContain("HR_ADMIN");
        assertThat(Http.get(base + "api/me", Http.basic("staff", "demo")).body()).contains("\"STAFF\"")
                .doesNotContain("HR_ADMIN").doesNotContain("MANAGER");
        assertThat(Http.get(base + "api/me", Http.basic("committee", "demo")).body()).contains("COMMITTEE_MEMBER");
    }

    @Test
    @RunAsClient
    void creatingStaffThroughTheApiIsForHrAdminsAndNamesRefusedFields() throws Exception {
        String s = unique();
        String json = "{\"employeeNumber\":\"A" + s + "\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                + "\"email\":\"ada." + s + "@example.org\",\"category\":\"ENGINEER\",\"contractType\":\"PERMANENT\","
                + "\"hireDate\":\"2021-04-01\",\"unitCode\":\"U1003\"}";
        for (String user : List.of("staff", "manager", "committee")) {
            HttpResponse<String> refused = Http.post(base + "api/staff", Http.basic(user, "demo"), json);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }

        HttpResponse<String> created = Http.post(base + "api/staff", Http.basic("hr", "demo"), json);
        HttpResponse<String> duplicate = Http.post(base + "api/staff", Http.basic("hr", "demo"), json);
        HttpResponse<String> badEmail = Http.post(base + "api/staff", Http.basic("hr", "demo"),
                json.replace("ada." + s + "@example.org", "not an email").replace("A" + s, "B" + s));
        HttpResponse<String> malformed = Http.post(base + "api/staff", Http.basic("hr", "demo"), "{\"firstName\":");
        HttpResponse<String> found = Http.get(base + "api/staff?q=ada." + s, Http.basic("staff", "demo"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("\"field\":\"employeeNumber\"");
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(badEmail.body()).contains("\"field\":\"email\"");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(found.body()).contains("\"total\":1").contains("Lovelace");
    }

    @Test
    @RunAsClient
    void badPagingIsRefusedWithA400() throws Exception {
        HttpResponse<String> response = Http.get(base + "api/staff?size=0", Http.basic("staff", "demo"));
        HttpResponse<String> unknownPath = Http.get(base + "api/nothing-here", Http.basic("staff", "demo"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"size\"");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(unknownPath.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    @RunAsClient
    void pagesCarrySecurityHeadersAndAProtectedSessionCookie() throws Exception {
        HttpResponse<String> login = Http.get(base + "login.xhtml", null);
        HttpResponse<String> protectedPage = Http.get(base + "staff/directory.xhtml", null);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String cookie = String.join(";", login.headers().allValues("Set-Cookie"));
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location").orElse("")).contains("login.xhtml");
    }

    @Test
    @RunAsClient
    void healthSaysReadyAndTheApiIsDescribed() throws Exception {
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
        HttpResponse<String> ready = Http.get(root + "health/ready", null);
        HttpResponse<String> openapi = Http.get(root + "openapi", null);

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("parcours-database").contains("UP");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/staff").contains("/api/me");
    }
}
