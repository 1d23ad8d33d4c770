package org.parcours.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parcours.identity.boundary.AccessService;
import org.parcours.platform.web.Messages;

/** "Forgot your password?": asks for a link by mail, and says the same thing whether the account exists or not. */
@Named
@RequestScoped
public class ForgotPasswordView {

    @EJB
    AccessService access;

    @Inject
    Messages messages;

    private String identifier;
    private boolean sent;

    public void request() {
        access.requestReset(identifier);
        messages.info("access.resetSent");
        identifier = null;
        sent = true;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public boolean isSent() {
        return sent;
    }
}
