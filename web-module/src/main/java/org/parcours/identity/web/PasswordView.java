package org.parcours.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import org.parcours.identity.boundary.AccountService;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;

/** Changing one's own password. */
@Named
@RequestScoped
public class PasswordView {

    @EJB
    AccountService accounts;

    @Inject
    Messages messages;

    @NotBlank
    private String currentPassword;

    @NotBlank
    private String newPassword;

    @NotBlank
    private String confirmation;

    public String change() {
        if (!newPassword.equals(confirmation)) {
            messages.refused(BusinessException.invalid("confirmation", "password.mismatch"), "password");
            return null;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
        } catch (BusinessException refusal) {
            messages.refused(refusal, "password");
            return null;
        }
        messages.info("password.changed");
        messages.keepAfterRedirect();
        return "/index.xhtml?faces-redirect=true";
    }

    public int getMinimumLength() {
        return AccountService.MIN_PASSWORD_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
