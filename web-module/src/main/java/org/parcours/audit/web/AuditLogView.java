package org.parcours.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.parcours.audit.boundary.AuditService;
import org.parcours.audit.entity.AuditEntry;
import org.parcours.platform.web.PagedModel;

/** The audit log for HR admins: who changed what, when, before and after; filtered by actor, record and period. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AuditService audit;

    private String actor;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;
    private List<String> entityTypes;
    private PagedModel<AuditEntry> model;

    @PostConstruct
    void init() {
        entityTypes = audit.entityTypes();
        model = new PagedModel<>((first, size, sort, ascending) -> audit.search(filter(), first, size),
                AuditEntry::getId);
    }

    private AuditService.AuditFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        return new AuditService.AuditFilter(actor, entityType, entityId, null,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public void reset() {
        actor = null;
        entityType = null;
        entityId = null;
        from = null;
        to = null;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public PagedModel<AuditEntry> getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
