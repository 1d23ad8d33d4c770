package org.parcours.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.parcours.platform.boundary.BusinessException;

/** Translated messages on the page: next to the field a refusal is about, or at the top when it is general. */
@ApplicationScoped
public class Messages {

    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? Texts.supported(faces.getViewRoot().getLocale())
                : Texts.FRENCH;
    }

    public String text(String key, Object... arguments) {
        return Texts.get(locale(), key, arguments);
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Shows a refusal; when it names a field and {@code formId:field} exists on the page, next to that field. */
    public void refused(BusinessException refusal, String formId) {
        if (!refusal.getViolations().isEmpty()) {
            for (BusinessException.Violation violation : refusal.getViolations()) {
                add(clientIdOf(formId, violation.field()), FacesMessage.SEVERITY_ERROR,
                        Texts.violation(locale(), violation.template(), violation.message()));
            }
            return;
        }
        String text = text(refusal.getKey(), refusal.getArguments());
        add(clientIdOf(formId, refusal.getField()), FacesMessage.SEVERITY_ERROR, text);
    }

    public void refused(ConstraintViolationException refusal, String formId) {
        for (ConstraintViolation<?> violation : refusal.getConstraintViolations()) {
            String field = null;
            for (var node : violation.getPropertyPath()) {
                field = node.getName();
            }
            add(clientIdOf(formId, field), FacesMessage.SEVERITY_ERROR, Texts.violation(locale(), violation.getMessageTemplate(),
                    violation.getMessage()));
        }
    }

    private static String clientIdOf(String formId, String field) {
        if (formId == null || field == null) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String candidate = formId + ":" + field;
        UIComponent found = faces.getViewRoot().findComponent(":" + candidate);
        return found == null ? null : found.getClientId(faces);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            faces.validationFailed();
        }
    }

    /** Keeps messages across a redirect (Post-Redirect-Get). */
    public void keepAfterRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
