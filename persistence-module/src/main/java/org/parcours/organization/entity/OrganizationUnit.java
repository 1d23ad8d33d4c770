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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * A unit of the institution's tree: the head office, its regional delegations, their departments and labs.
 * {@code path} lists the codes from the root ("/HQ/DR-IDF/U1001/") so that "this unit and its sub-units" is one
 * indexed prefix search.
 */
@Entity
@Table(name = "org_unit")
public class OrganizationUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @Column(name = "name_fr", nullable = false, length = 200)
    private String nameFr;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrganizationUnit parent;

    @Column(length = 100)
    private String region;

    @Column(nullable = false, length = 1000)
    private String path;

    protected OrganizationUnit() {
    }

    public OrganizationUnit(String code, String nameFr, String nameEn, UnitKind kind, OrganizationUnit parent,
            String region) {
        this.code = code;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.kind = kind;
        this.parent = parent;
        this.region = region != null ? region : parent != null ? parent.getRegion() : null;
        this.path = (parent == null ? "/" : parent.getPath()) + code + "/";
    }

    public void rename(String newNameFr, String newNameEn) {
        this.nameFr = newNameFr;
        this.nameEn = newNameEn;
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(OrganizationUnit other) {
        return other != null && other.getPath().startsWith(path);
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public UnitKind getKind() {
        return kind;
    }

    public OrganizationUnit getParent() {
        return parent;
    }

    public String getRegion() {
        return region;
    }

    public String getPath() {
        return path;
    }
}
