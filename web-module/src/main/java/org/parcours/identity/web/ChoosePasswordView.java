package org.parcours.identity.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parcours.identity.boundary.AccessService;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;

/** The page a link from an access or reset mail opens: its owner chooses their password, then signs in. */
@Named
@ViewScoped
public class ChoosePasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AccessService access;

    @Inject
    transient Messages messages;

    private String token;
    private AccessService.LinkHolder holder;
    private String password;
    private String confirmation;

    public void load() {
        try {
            holder = access.holder(token);
        } catch (BusinessException refusal) {
            holder = null;
        }
    }

    public String choose() {
        try {
            String username = access.choosePassword(token, password, confirmation);
            messages.info("access.passwordChosen", username);
            messages.keepAfterRedirect();
            return "/login.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            if ("link".equals(refusal.getField())) {
                holder = null;
            }
            messages.refused(refusal, "choose");
            return null;
        }
    }

    public int getMinimumLength() {
        return org.parcours.identity.boundary.AccountService.MIN_PASSWORD_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public AccessService.LinkHolder getHolder() {
        return holder;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
