package org.parcours.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parcours.platform.entity.SearchKeys;

/** A person working for the institution, in one unit, with a category, a contract and usually a manager. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "employee_number", nullable = false, length = 20, unique = true)
    private String employeeNumber;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(nullable = false, length = 200, unique = true)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 20)
    private ContractType contractType;

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @Column(name = "contract_end")
    private LocalDate contractEnd;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrganizationUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private StaffMember manager;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "search_key", nullable = false, length = 500)
    private String searchKey;

    protected StaffMember() {
    }

    public StaffMember(String employeeNumber, String firstName, String lastName, String email,
            StaffCategory category, ContractType contractType, LocalDate hireDate, OrganizationUnit unit) {
        this.employeeNumber = employeeNumber;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = normalizeEmail(email);
        this.category = category;
        this.contractType = contractType;
        this.hireDate = hireDate;
        this.unit = unit;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public void rename(String newFirstName, String newLastName) {
        this.firstName = newFirstName;
        this.lastName = newLastName;
    }

    public void changeEmail(String newEmail) {
        this.email = normalizeEmail(newEmail);
    }

    public void assign(OrganizationUnit newUnit, StaffMember newManager) {
        if (newManager != null && newManager.equals(this)) {
            throw new IllegalArgumentException("A staff member cannot be their own manager");
        }
        this.unit = newUnit;
        this.manager = newManager;
    }

    public void changeContract(StaffCategory newCategory, ContractType newContractType, LocalDate newHireDate,
            LocalDate newContractEnd, String newJobTitle) {
        this.category = newCategory;
        this.contractType = newContractType;
        this.hireDate = newHireDate;
        this.contractEnd = newContractType == ContractType.FIXED_TERM ? newContractEnd : null;
        this.jobTitle = newJobTitle;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Whole years since hire on {@code today}; zero for someone hired in the future. */
    public int yearsOfService(LocalDate today) {
        if (hireDate == null || hireDate.isAfter(today)) {
            return 0;
        }
        return Period.between(hireDate, today).getYears();
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    /** The fields an audit entry records, in a stable order. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("employeeNumber", employeeNumber);
        state.put("firstName", firstName);
        state.put("lastName", lastName);
        state.put("email", email);
        state.put("category", category);
        state.put("contractType", contractType);
        state.put("hireDate", hireDate);
        state.put("contractEnd", contractEnd);
        state.put("jobTitle", jobTitle);
        state.put("unit", unit == null ? null : unit.getCode());
        state.put("manager", manager == null ? null : manager.getEmployeeNumber());
        state.put("active", active);
        return state;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchKey() {
        this.searchKey = SearchKeys.fold(String.join(" ", firstName, lastName, email, employeeNumber,
                jobTitle == null ? "" : jobTitle));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public StaffCategory getCategory() {
        return category;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public LocalDate getContractEnd() {
        return contractEnd;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public OrganizationUnit getUnit() {
        return unit;
    }

    public StaffMember getManager() {
        return manager;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffMember that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return StaffMember.class.hashCode();
    }
}
