package org.parcours.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.OrganizationUnit;
import org.parcours.organization.entity.StaffCategory;
import org.parcours.organization.entity.StaffFilter;
import org.parcours.organization.entity.StaffMember;
import org.parcours.organization.entity.StaffQueries;
import org.parcours.organization.entity.UnitKind;
import org.parcours.platform.TestDatabase;

class StaffQueriesTest {

    static List<String> databases() {
        return TestDatabase.available();
    }

    private static void seed(TestDatabase db) {
        db.run(em -> {
            OrganizationUnit hq = new OrganizationUnit("HQ", "Siège", "Head office", UnitKind.HEAD_OFFICE, null, "Paris");
            em.persist(hq);
            OrganizationUnit delegation = new OrganizationUnit("DR-OCC", "Délégation Occitanie", "Occitania",
                    UnitKind.REGIONAL_DELEGATION, hq, "Occitanie");
            em.persist(delegation);
            OrganizationUnit lab = new OrganizationUnit("U1001", "Laboratoire de neurobiologie", "Neurobiology lab",
                    UnitKind.LAB, delegation, null);
            em.persist(lab);
            em.persist(new StaffMember("E001", "Hélène", "Dupré", "helene.dupre@example.org",
                    StaffCategory.RESEARCHER, ContractType.PERMANENT, LocalDate.of(2010, 3, 1), lab));
            em.persist(new StaffMember("E002", "Marc", "Durand", "marc.durand@example.org",
                    StaffCategory.ENGINEER, ContractType.FIXED_TERM, LocalDate.of(2024, 9, 1), lab));
            em.persist(new StaffMember("E003", "Nadia", "Benali", "nadia.benali@example.org",
                    StaffCategory.ADMINISTRATIVE, ContractType.PERMANENT, LocalDate.of(2001, 1, 15), hq));
        });
    }

    private static long count(TestDatabase db, StaffFilter filter) {
        return db.inTransaction(em -> StaffQueries.count(em, filter));
    }

    private static List<StaffMember> page(TestDatabase db, StaffFilter filter, int first, int size, String sort,
            boolean ascending) {
        return db.inTransaction(em -> StaffQueries.page(em, filter, first, size, sort, ascending));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchIgnoresAccentsAndCase(String kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            seed(db);
            List<StaffMember> found = page(db, StaffFilter.text("HELENE dupre"), 0, 10, "lastName", true);
            assertThat(found).extracting(StaffMember::getEmployeeNumber).containsExactly("E001");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unitFilterIncludesSubUnitsAndPagesInOrder(String kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            seed(db);
            StaffFilter occitanie = new StaffFilter(null, "/HQ/DR-OCC/", null, null, false);
            long count = count(db, occitanie);
            List<StaffMember> firstPage = page(db, occitanie, 0, 1, "lastName", true);
            List<StaffMember> secondPage = page(db, occitanie, 1, 1, "lastName", true);
            StaffFilter whole = new StaffFilter(null, "/HQ/", null, null, false);

            assertThat(page(db, occitanie, 0, 5, null, true)).as("no sort key: by name")
                    .extracting(StaffMember::getLastName).containsExactly("Dupré", "Durand");
            assertThat(count).isEqualTo(2);
            assertThat(firstPage).extracting(StaffMember::getLastName).containsExactly("Dupré");
            assertThat(secondPage).extracting(StaffMember::getLastName).containsExactly("Durand");
            assertThat(count(db, whole)).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void filtersByCategoryAndContractAndHidesFormerStaff(String kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            seed(db);
            db.run(em -> {
                em.createQuery("select s from StaffMember s where s.employeeNumber = 'E003'", StaffMember.class)
                        .getSingleResult().deactivate();
            });
            StaffFilter fixedTerm = new StaffFilter(null, null, null, ContractType.FIXED_TERM, false);
            StaffFilter admin = new StaffFilter(null, null, StaffCategory.ADMINISTRATIVE, null, false);
            StaffFilter adminWithFormer = new StaffFilter(null, null, StaffCategory.ADMINISTRATIVE, null, true);

            assertThat(page(db, fixedTerm, 0, 10, "email", false))
                    .extracting(StaffMember::getEmployeeNumber).containsExactly("E002");
            assertThat(count(db, admin)).isZero();
            assertThat(count(db, adminWithFormer)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void emailIsUniqueWhateverItsCase(String kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            seed(db);
            assertThatThrownBy(() -> db.run(em -> {
                OrganizationUnit hq = em.createQuery("select u from OrganizationUnit u where u.code = 'HQ'",
                        OrganizationUnit.class).getSingleResult();
                em.persist(new StaffMember("E999", "Other", "Person", "Helene.Dupre@Example.org",
                        StaffCategory.RESEARCHER, ContractType.PERMANENT, LocalDate.of(2020, 1, 1), hq));
            })).isInstanceOfAny(PersistenceException.class, jakarta.persistence.RollbackException.class);
            assertThat(count(db, StaffFilter.all())).isEqualTo(3);
        }
    }
}
