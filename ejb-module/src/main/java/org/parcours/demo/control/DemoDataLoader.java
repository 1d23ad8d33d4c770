package org.parcours.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcours.audit.entity.AuditEntry;
import org.parcours.platform.control.ParcoursConfig;
import org.parcours.platform.entity.AppSetting;

/**
 * Loads the demo institution on the first start of a demo installation ({@code parcours.demo=true}): never twice,
 * and never into a database that already holds an organisation.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataLoader {

    public static final String MARKER = "demo.loaded-at";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ParcoursConfig config;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<DemoContribution> contributions;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void loadOnFirstStart() {
        if (!config.demo()) {
            return;
        }
        if (em.find(AppSetting.class, MARKER) != null) {
            LOG.info("event=demo.skipped reason=already-loaded");
            return;
        }
        long units = em.createQuery("select count(u) from OrganizationUnit u", Long.class).getSingleResult();
        if (units > 0) {
            LOG.warning("event=demo.skipped reason=database-holds-an-organisation");
            return;
        }
        long started = System.nanoTime();
        DemoContext context = new DemoContext(clock);
        List<DemoContribution> ordered = contributions.stream()
                .sorted(Comparator.comparingInt(DemoContribution::order)).toList();
        for (DemoContribution contribution : ordered) {
            contribution.load(em, context);
            em.flush();
        }
        em.persist(new AppSetting(MARKER, clock.instant().toString()));
        em.persist(new AuditEntry(clock.instant(), "system", "LOAD_DEMO", "Installation", null,
                "Demo data loaded: " + context.staff().size() + " staff", null, null));
        LOG.log(Level.INFO, "event=demo.loaded staff={0} contributions={1} millis={2}", new Object[] {
            context.staff().size(), ordered.size(), (System.nanoTime() - started) / 1_000_000});
    }
}
