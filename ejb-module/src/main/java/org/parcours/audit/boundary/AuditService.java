package org.parcours.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parcours.audit.entity.AuditEntry;
import org.parcours.identity.entity.Roles;
import org.parcours.platform.boundary.Page;
import org.parcours.platform.entity.SearchKeys;

/** Lets HR admins browse the audit log, newest first, filtered by actor, record type, action and period. */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class AuditService {

    /** What the audit log is narrowed to; every part is optional. */
    public record AuditFilter(String actor, String entityType, String entityId, String action, Instant from,
            Instant to) {
    }

    @PersistenceContext
    EntityManager em;

    public Page<AuditEntry> search(AuditFilter filter, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, filter));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry).where(predicates(cb, entry, filter))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        List<AuditEntry> items = size <= 0 ? List.of() : em.createQuery(query).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 200))).getResultList();
        return new Page<>(items, total, first, size);
    }

    public List<String> entityTypes() {
        return em.createQuery("select distinct a.entityType from AuditEntry a order by a.entityType", String.class)
                .getResultList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter == null) {
            return new Predicate[0];
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add(cb.like(cb.lower(entry.get("actor")), SearchKeys.containsPattern(filter.actor()), '\\'));
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.add(cb.equal(entry.get("entityType"), filter.entityType()));
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.add(cb.equal(entry.get("entityId"), filter.entityId().trim()));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add(cb.equal(entry.get("action"), filter.action()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), filter.to()));
        }
        return where.toArray(Predicate[]::new);
    }
}
