package org.parcours.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The error page's incident reference: logged with the failure, shown to the user, never the stack trace. */
@Named
@RequestScoped
public class IncidentView {

    private static final Logger LOG = Logger.getLogger(IncidentView.class.getName());

    private String reference;

    public String getReference() {
        if (reference == null) {
            reference = UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            Object failure = request.get("jakarta.servlet.error.exception");
            LOG.log(Level.SEVERE, "event=incident reference=" + reference + " uri="
                    + request.get("jakarta.servlet.error.request_uri"),
                    failure instanceof Throwable throwable ? throwable : null);
        }
        return reference;
    }
}
