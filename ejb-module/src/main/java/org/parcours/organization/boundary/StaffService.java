package org.parcours.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Roles;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.OrganizationUnit;
import org.parcours.organization.entity.StaffFilter;
import org.parcours.organization.entity.StaffMember;
import org.parcours.organization.entity.StaffQueries;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.boundary.Page;
import org.parcours.platform.boundary.Versions;

/** The staff directory: search for everyone; creating and changing staff records is for HR admins. */
@Stateless
public class StaffService {

    @PersistenceContext
    EntityManager em;

    @EJB
    UnitService units;

    @EJB
    AuditTrail audit;

    @jakarta.inject.Inject
    org.parcours.platform.control.Validations validations;

    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public Page<StaffMember> search(@NotNull StaffFilter filter, int first, int size, String sortKey,
            boolean ascending) {
        long total = StaffQueries.count(em, filter);
        List<StaffMember> items = total == 0 || size <= 0 ? List.of()
                : StaffQueries.page(em, filter, first, size, sortKey, ascending);
        return new Page<>(items, total, first, size);
    }

    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public StaffMember find(long id) {
        List<StaffMember> found = em.createQuery("select s from StaffMember s join fetch s.unit"
                + " left join fetch s.manager where s.id = :id", StaffMember.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("staff", id);
        }
        return found.get(0);
    }

    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public Optional<StaffMember> byEmployeeNumber(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select s from StaffMember s where s.employeeNumber = :number", StaffMember.class)
                .setParameter("number", employeeNumber.trim()).getResultList().stream().findFirst();
    }

    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public Optional<StaffMember> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select s from StaffMember s where s.email = :email", StaffMember.class)
                .setParameter("email", StaffMember.normalizeEmail(email)).getResultList().stream().findFirst();
    }

    /** The people who report to {@code managerId}. */
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public List<StaffMember> team(long managerId) {
        return em.createQuery("select s from StaffMember s join fetch s.unit where s.manager.id = :manager"
                + " and s.active = true order by s.lastName, s.firstName", StaffMember.class)
                .setParameter("manager", managerId).getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public StaffMember create(StaffDetails details) {
        validations.check(details);
        if (byEmployeeNumber(details.employeeNumber()).isPresent()) {
            throw BusinessException.conflict("employeeNumber", "staff.duplicateEmployeeNumber",
                    details.employeeNumber());
        }
        if (byEmail(details.email()).isPresent()) {
            throw BusinessException.conflict("email", "staff.duplicateEmail", details.email());
        }
        StaffMember staff = new StaffMember(details.employeeNumber().trim(), details.firstName().trim(),
                details.lastName().trim(), details.email(), details.category(), details.contractType(),
                details.hireDate(), unit(details.unitCode()));
        apply(staff, details);
        em.persist(staff);
        em.flush();
        audit.record("CREATE", "StaffMember", staff.getId(), staff.getFullName(), null, staff.snapshot());
        return staff;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public StaffMember update(long id, long expectedVersion, StaffDetails details) {
        validations.check(details);
        StaffMember staff = find(id);
        Versions.require(expectedVersion, staff.getVersion(), "staff");
        if (!staff.getEmployeeNumber().equals(details.employeeNumber().trim())) {
            throw BusinessException.invalid("employeeNumber", "staff.employeeNumberFixed");
        }
        byEmail(details.email()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw BusinessException.conflict("email", "staff.duplicateEmail", details.email());
        });
        Map<String, Object> before = staff.snapshot();
        String previousEmail = staff.getEmail();
        staff.rename(details.firstName().trim(), details.lastName().trim());
        staff.changeEmail(details.email());
        followEmailChange(staff, previousEmail);
        apply(staff, details);
        em.flush();
        audit.record("UPDATE", "StaffMember", staff.getId(), staff.getFullName(), before, staff.snapshot());
        return staff;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public void deactivate(long id, long expectedVersion) {
        StaffMember staff = find(id);
        Versions.require(expectedVersion, staff.getVersion(), "staff");
        Map<String, Object> before = staff.snapshot();
        staff.deactivate();
        accountOf(staff).ifPresent(account -> {
            account.disable();
            audit.record("DISABLE", "Account", account.getId(), account.getUsername(), null, null);
        });
        audit.record("DEACTIVATE", "StaffMember", id, staff.getFullName(), before, staff.snapshot());
    }

    private java.util.Optional<org.parcours.identity.entity.Account> accountOf(StaffMember staff) {
        return em.createQuery("select a from Account a where a.staffMember = :staff",
                org.parcours.identity.entity.Account.class).setParameter("staff", staff).getResultList().stream()
                .findFirst();
    }

    /** A person who signs in with their work address keeps doing so when it changes. */
    private void followEmailChange(StaffMember staff, String previousEmail) {
        String previous = previousEmail.trim().toLowerCase(java.util.Locale.ROOT);
        String next = staff.getEmail().trim().toLowerCase(java.util.Locale.ROOT);
        if (previous.equals(next)) {
            return;
        }
        accountOf(staff).filter(account -> account.getUsername().equals(previous)).ifPresent(account -> {
            boolean taken = !em.createQuery("select a.id from Account a where a.username = :name", Long.class)
                    .setParameter("name", next).getResultList().isEmpty();
            if (taken) {
                throw BusinessException.conflict("email", "access.usernameTaken", next);
            }
            account.renameTo(next);
            audit.record("RENAME", "Account", account.getId(), next, Map.of("username", previous),
                    Map.of("username", next));
        });
    }

    private void apply(StaffMember staff, StaffDetails details) {
        if (details.contractType() == ContractType.FIXED_TERM && details.contractEnd() == null) {
            throw BusinessException.invalid("contractEnd", "staff.contractEnd.required");
        }
        if (details.contractEnd() != null && details.contractEnd().isBefore(details.hireDate())) {
            throw BusinessException.invalid("contractEnd", "staff.contractEnd.beforeHire");
        }
        StaffMember manager = null;
        if (details.managerEmployeeNumber() != null && !details.managerEmployeeNumber().isBlank()) {
            manager = byEmployeeNumber(details.managerEmployeeNumber()).orElseThrow(() -> BusinessException.invalid(
                    "managerEmployeeNumber", "staff.manager.unknown", details.managerEmployeeNumber()));
            if (manager.getEmployeeNumber().equals(staff.getEmployeeNumber())) {
                throw BusinessException.invalid("managerEmployeeNumber", "staff.manager.self");
            }
        }
        staff.assign(unit(details.unitCode()), manager);
        staff.changeContract(details.category(), details.contractType(), details.hireDate(), details.contractEnd(),
                details.jobTitle() == null || details.jobTitle().isBlank() ? null : details.jobTitle().trim());
    }

    private OrganizationUnit unit(String code) {
        return units.byCode(code).orElseThrow(() -> BusinessException.invalid("unitCode", "staff.unit.unknown", code));
    }
}
