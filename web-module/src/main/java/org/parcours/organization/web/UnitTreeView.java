package org.parcours.organization.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcours.organization.boundary.UnitService;
import org.parcours.organization.entity.OrganizationUnit;
import org.parcours.organization.entity.UnitKind;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The organisation as a tree with head counts; HR admins add units. */
@Named
@ViewScoped
public class UnitTreeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient UnitService units;

    @Inject
    transient Messages messages;

    private TreeNode<OrganizationUnit> root;
    private Map<Long, Long> headCounts;
    private List<OrganizationUnit> all;

    private String code;
    private String nameFr;
    private String nameEn;
    private UnitKind kind = UnitKind.LAB;
    private String parentCode;
    private String region;

    @PostConstruct
    void load() {
        all = units.tree();
        headCounts = units.headCounts();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<OrganizationUnit>> nodes = new HashMap<>();
        for (OrganizationUnit unit : all) {
            TreeNode<OrganizationUnit> parent = unit.getParent() == null ? root
                    : nodes.getOrDefault(unit.getParent().getId(), root);
            TreeNode<OrganizationUnit> node = new DefaultTreeNode<>(unit, parent);
            node.setExpanded(unit.getParent() == null);
            nodes.put(unit.getId(), node);
        }
    }

    public long headCount(OrganizationUnit unit) {
        return headCounts.getOrDefault(unit.getId(), 0L);
    }

    public void create() {
        try {
            OrganizationUnit created = units.create(code, nameFr, nameEn, kind, parentCode, region);
            messages.info("units.created", created.getCode());
            code = null;
            nameFr = null;
            nameEn = null;
            parentCode = null;
            region = null;
            load();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "unitForm");
        } catch (ConstraintViolationException refusal) {
            messages.refused(refusal, "unitForm");
        }
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public TreeNode<OrganizationUnit> getRoot() {
        return root;
    }

    public List<OrganizationUnit> getAll() {
        return all;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
