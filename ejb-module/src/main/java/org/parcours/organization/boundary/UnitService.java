package org.parcours.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Roles;
import org.parcours.organization.entity.OrganizationUnit;
import org.parcours.organization.entity.UnitKind;
import org.parcours.platform.boundary.BusinessException;

/** The institution's units as a tree: head office, regional delegations, departments and labs. */
@Stateless
public class UnitService {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    /** Every unit, parents before children (ordered by path). */
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public List<OrganizationUnit> tree() {
        return em.createQuery("select u from OrganizationUnit u order by u.path", OrganizationUnit.class)
                .getResultList();
    }

    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public Optional<OrganizationUnit> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from OrganizationUnit u where u.code = :code", OrganizationUnit.class)
                .setParameter("code", code.trim()).getResultList().stream().findFirst();
    }

    /** Head counts per unit (direct members only), for the tree page. */
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public Map<Long, Long> headCounts() {
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select s.unit.id, count(s) from StaffMember s where s.active = true"
                + " group by s.unit.id", Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public OrganizationUnit create(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{unit.code.pattern}") String code,
            @NotBlank @Size(max = 200) String nameFr, @NotBlank @Size(max = 200) String nameEn,
            @NotNull UnitKind kind, String parentCode, @Size(max = 100) String region) {
        if (byCode(code).isPresent()) {
            throw BusinessException.conflict("code", "unit.duplicateCode", code);
        }
        OrganizationUnit parent = null;
        if (parentCode != null && !parentCode.isBlank()) {
            parent = byCode(parentCode).orElseThrow(() -> BusinessException.invalid("parent", "unit.unknown",
                    parentCode));
        } else if (kind != UnitKind.HEAD_OFFICE) {
            throw BusinessException.invalid("parent", "unit.parentRequired");
        }
        OrganizationUnit unit = new OrganizationUnit(code.trim(), nameFr.trim(), nameEn.trim(), kind, parent,
                region == null || region.isBlank() ? null : region.trim());
        em.persist(unit);
        em.flush();
        audit.record("CREATE", "OrganizationUnit", unit.getId(), code, null,
                Map.of("code", code, "nameFr", nameFr, "nameEn", nameEn, "kind", kind, "path", unit.getPath()));
        return unit;
    }
}
