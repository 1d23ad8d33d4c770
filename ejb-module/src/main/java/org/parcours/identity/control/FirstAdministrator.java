package org.parcours.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.audit.entity.AuditEntry;
import org.parcours.identity.entity.Account;
import org.parcours.identity.entity.Role;
import org.parcours.platform.control.ParcoursConfig;

/**
 * A new production installation needs one HR admin to sign in first. When no HR admin account exists, this creates
 * {@code admin} with the password {@code parcours.admin.initial-password}, or a random one written to
 * {@code <data dir>/initial-admin-password} (readable by the server's user only). Never when demo data is loaded.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoDataLoader"})
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    ParcoursConfig config;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "parcours.admin.initial-password")
    Optional<String> initialPassword;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void createWhenMissing() {
        long admins = em.createQuery("select count(a) from Account a join a.roles r where r = :hr", Long.class)
                .setParameter("hr", Role.HR_ADMIN).getSingleResult();
        if (admins > 0 || config.demo()) {
            return;
        }
        String password = initialPassword.filter(p -> !p.isBlank()).orElseGet(FirstAdministrator::randomPassword);
        em.persist(new Account(USERNAME, hasher.hash(password.toCharArray()), "Administrateur RH / HR administrator",
                null, EnumSet.of(Role.HR_ADMIN, Role.STAFF), clock.instant()));
        em.persist(new AuditEntry(clock.instant(), "system", "CREATE", "Account", null,
                "First HR administrator account created: " + USERNAME, null, null));
        if (initialPassword.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info("event=identity.first-admin user=admin password=from-configuration");
            return;
        }
        Path file = config.dataDir().resolve("initial-admin-password");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + System.lineSeparator());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.fine("file permissions not supported here");
            }
            LOG.log(Level.WARNING, "event=identity.first-admin user=admin password-file={0}", file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the first administrator's password to " + file, e);
        }
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
