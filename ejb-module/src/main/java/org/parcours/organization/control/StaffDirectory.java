package org.parcours.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.organization.entity.StaffCategory;
import org.parcours.organization.entity.StaffMember;

/**
 * What other areas may read of the staff directory, without security checks of its own (their boundaries have
 * checked the caller): people selected by id, unit or category, their preferred language, and the coarse attributes
 * survey results are broken down by.
 */
@ApplicationScoped
public class StaffDirectory {

    /** A person as another area needs them: who, where to write, in which language. */
    public record Person(long id, String name, String email, String locale, String unitCode, String unitPath,
            StaffCategory category, LocalDate hireDate) {
    }

    /** Where someone sits for results: their delegation or head-office department, and their category. */
    public record Profile(String unitCode, String category, LocalDate hireDate) {
    }

    @PersistenceContext
    EntityManager em;

    /** Active staff in any of the units (with their sub-units), of any of the categories, or chosen by id. */
    public List<Person> select(Collection<Long> staffIds, Collection<String> unitPaths,
            Collection<StaffCategory> categories) {
        Map<Long, StaffMember> found = new LinkedHashMap<>();
        if (staffIds != null && !staffIds.isEmpty()) {
            for (List<Long> chunk : chunks(new ArrayList<>(staffIds))) {
                em.createQuery("select s from StaffMember s join fetch s.unit where s.id in :ids and s.active = true",
                        StaffMember.class).setParameter("ids", chunk).getResultList()
                        .forEach(s -> found.put(s.getId(), s));
            }
        }
        boolean byUnit = unitPaths != null && !unitPaths.isEmpty();
        boolean byCategory = categories != null && !categories.isEmpty();
        if (byUnit || byCategory) {
            StringBuilder jpql = new StringBuilder("select s from StaffMember s join fetch s.unit u where s.active = true");
            if (byUnit) {
                jpql.append(" and (");
                int i = 0;
                for (String ignored : unitPaths) {
                    jpql.append(i == 0 ? "" : " or ").append("u.path like :p").append(i++);
                }
                jpql.append(")");
            }
            if (byCategory) {
                jpql.append(" and s.category in :categories");
            }
            var query = em.createQuery(jpql.toString(), StaffMember.class);
            if (byUnit) {
                int i = 0;
                for (String path : unitPaths) {
                    query.setParameter("p" + i++, path + "%");
                }
            }
            if (byCategory) {
                query.setParameter("categories", categories);
            }
            query.getResultList().forEach(s -> found.put(s.getId(), s));
        }
        Map<Long, String> locales = locales(found.keySet());
        return found.values().stream().map(s -> new Person(s.getId(), s.getFullName(), s.getEmail(),
                locales.getOrDefault(s.getId(), "fr"), s.getUnit().getCode(), s.getUnit().getPath(), s.getCategory(),
                s.getHireDate())).toList();
    }

    public Optional<Person> person(long staffId) {
        return select(List.of(staffId), null, null).stream().findFirst();
    }

    public Optional<Person> byEmail(String email) {
        return em.createQuery("select s.id from StaffMember s where s.email = :e and s.active = true", Long.class)
                .setParameter("e", StaffMember.normalizeEmail(email)).getResultList().stream().findFirst()
                .flatMap(this::person);
    }

    /** The region of a unit: the first unit below the head office on its path (a delegation or department). */
    public static String regionOf(String unitPath, String unitCode) {
        if (unitPath == null) {
            return unitCode;
        }
        String[] codes = unitPath.split("/");
        return codes.length > 2 ? codes[2] : codes.length > 1 ? codes[1] : unitCode;
    }

    /** The first unit below the head office on the person's path (a delegation or department). */
    public Optional<Profile> profile(Long staffId) {
        if (staffId == null) {
            return Optional.empty();
        }
        StaffMember staff = em.find(StaffMember.class, staffId);
        if (staff == null) {
            return Optional.empty();
        }
        String[] codes = staff.getUnit().getPath().split("/");
        String top = codes.length > 2 ? codes[2] : codes.length > 1 ? codes[1] : null;
        return Optional.of(new Profile(top, staff.getCategory().name(), staff.getHireDate()));
    }

    /** Preferred languages of the staff members who have an account. */
    public Map<Long, String> locales(Collection<Long> staffIds) {
        Map<Long, String> locales = new HashMap<>();
        if (staffIds.isEmpty()) {
            return locales;
        }
        for (List<Long> chunk : chunks(new ArrayList<>(staffIds))) {
            for (Object[] row : em.createQuery("select a.staffMember.id, a.locale from Account a"
                    + " where a.staffMember.id in :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
                locales.put((Long) row[0], (String) row[1]);
            }
        }
        return locales;
    }

    /** Unit names by code, for result labels. */
    public Map<String, String> unitNames(boolean english) {
        Map<String, String> names = new HashMap<>();
        for (Object[] row : em.createQuery("select u.code, u.nameFr, u.nameEn from OrganizationUnit u", Object[].class)
                .getResultList()) {
            names.put((String) row[0], (String) (english ? row[2] : row[1]));
        }
        return names;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
