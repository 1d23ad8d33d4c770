package org.parcours.organization.entity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parcours.platform.entity.SearchKeys;

/** Pages, sorts and counts the staff directory in the database. */
public final class StaffQueries {

    /** Sort keys offered to the directory, mapped to entity paths. */
    private static final Map<String, String> SORTABLE = Map.of(
            "lastName", "lastName", "firstName", "firstName", "email", "email",
            "employeeNumber", "employeeNumber", "hireDate", "hireDate", "category", "category",
            "contractType", "contractType");

    private StaffQueries() {
    }

    public static long count(EntityManager em, StaffFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<StaffMember> staff = query.from(StaffMember.class);
        query.select(cb.count(staff)).where(predicates(cb, staff, filter));
        return em.createQuery(query).getSingleResult();
    }

    public static List<StaffMember> page(EntityManager em, StaffFilter filter, int first, int size, String sortKey,
            boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<StaffMember> query = cb.createQuery(StaffMember.class);
        Root<StaffMember> staff = query.from(StaffMember.class);
        staff.fetch("unit");
        String sortPath = sortKey == null ? "lastName" : SORTABLE.getOrDefault(sortKey, "lastName");
        query.select(staff).where(predicates(cb, staff, filter)).orderBy(
                ascending ? cb.asc(staff.get(sortPath)) : cb.desc(staff.get(sortPath)),
                cb.asc(staff.get("lastName")), cb.asc(staff.get("firstName")), cb.asc(staff.get("id")));
        TypedQuery<StaffMember> typed = em.createQuery(query);
        return typed.setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(1, Math.min(size, 500)))
                .getResultList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<StaffMember> staff, StaffFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.text() != null && !SearchKeys.fold(filter.text()).isEmpty()) {
            where.add(cb.like(staff.get("searchKey"), SearchKeys.containsPattern(filter.text()), '\\'));
        }
        if (filter.unitPath() != null && !filter.unitPath().isBlank()) {
            Join<StaffMember, OrganizationUnit> unit = staff.join("unit");
            where.add(cb.like(unit.get("path"), filter.unitPath() + "%"));
        }
        if (filter.category() != null) {
            where.add(cb.equal(staff.get("category"), filter.category()));
        }
        if (filter.contractType() != null) {
            where.add(cb.equal(staff.get("contractType"), filter.contractType()));
        }
        if (!filter.includeInactive()) {
            where.add(cb.isTrue(staff.get("active")));
        }
        return where.toArray(Predicate[]::new);
    }
}
