package org.parcours.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import org.parcours.audit.entity.AuditEntry;

/**
 * Writes an audit entry in the transaction of the change it records: who (the caller, or "system" for timers),
 * what, when, and the state before and after as JSON.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    public static final String SYSTEM = "system";
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    public void record(String action, String entityType, Object entityId, String summary,
            Map<String, ?> before, Map<String, ?> after) {
        em.persist(new AuditEntry(clock.instant(), actor(), action, entityType,
                entityId == null ? null : String.valueOf(entityId), truncate(summary),
                before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after)));
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
