package org.parcours.organization.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.organization.boundary.StaffService;
import org.parcours.organization.boundary.UnitService;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.OrganizationUnit;
import org.parcours.organization.entity.StaffCategory;
import org.parcours.organization.entity.StaffFilter;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.web.PagedModel;

/** The staff directory: search by name, unit (with sub-units), category and contract, paged in the database. */
@Named
@ViewScoped
public class StaffDirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient StaffService staff;

    @EJB
    transient UnitService units;

    private String query;
    private String unitCode;
    private StaffCategory category;
    private ContractType contractType;
    private List<OrganizationUnit> unitChoices;
    private PagedModel<StaffMember> model;

    @PostConstruct
    void init() {
        unitChoices = units.tree();
        model = new PagedModel<>((first, size, sort, ascending) -> staff.search(filter(), first, size, sort,
                ascending), StaffMember::getId);
    }

    private StaffFilter filter() {
        String unitPath = unitChoices.stream().filter(unit -> unit.getCode().equals(unitCode)).findFirst()
                .map(OrganizationUnit::getPath).orElse(null);
        return new StaffFilter(query, unitPath, category, contractType, false);
    }

    public void reset() {
        query = null;
        unitCode = null;
        category = null;
        contractType = null;
    }

    public StaffCategory[] getCategories() {
        return StaffCategory.values();
    }

    public ContractType[] getContractTypes() {
        return ContractType.values();
    }

    public PagedModel<StaffMember> getModel() {
        return model;
    }

    public List<OrganizationUnit> getUnitChoices() {
        return unitChoices;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public StaffCategory getCategory() {
        return category;
    }

    public void setCategory(StaffCategory category) {
        this.category = category;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public void setContractType(ContractType contractType) {
        this.contractType = contractType;
    }
}
