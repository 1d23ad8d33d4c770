package org.parcours.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.parcours.mail.boundary.OutboxService;
import org.parcours.mail.entity.MailStatus;
import org.parcours.mail.entity.OutboxMail;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.platform.web.PagedModel;

/** The outbox: every mail Parcours queued, its status and last error, with retry and cancel. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient OutboxService outbox;

    @Inject
    transient Messages messages;

    private MailStatus status;
    private String recipient;
    private OutboxMail selected;
    private String selectedBody;
    private PagedModel<OutboxMail> model;
    private Map<MailStatus, Long> counts;
    private boolean smtpConfigured;

    @PostConstruct
    void init() {
        model = new PagedModel<>((first, size, sort, ascending) -> outbox.search(status, recipient, first, size),
                OutboxMail::getId);
        refreshCounts();
    }

    public void refreshCounts() {
        counts = outbox.countsByStatus();
        smtpConfigured = outbox.smtpConfigured();
    }

    public void show(OutboxMail mail) {
        selected = outbox.find(mail.getId());
        selectedBody = outbox.readableBody(mail.getId());
    }

    public void retry(OutboxMail mail) {
        try {
            outbox.retry(mail.getId());
            messages.info("outbox.retried", mail.getRecipient());
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
        refreshCounts();
    }

    public void cancel(OutboxMail mail) {
        try {
            outbox.cancel(mail.getId());
            messages.info("outbox.cancelled", mail.getRecipient());
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
        refreshCounts();
    }

    public void sendNow() {
        int sent = outbox.sendNow();
        messages.info("outbox.sentNow", sent);
        refreshCounts();
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public Map<MailStatus, Long> getCounts() {
        return counts;
    }

    public boolean isSmtpConfigured() {
        return smtpConfigured;
    }

    public PagedModel<OutboxMail> getModel() {
        return model;
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public OutboxMail getSelected() {
        return selected;
    }

    public String getSelectedBody() {
        return selectedBody;
    }
}
