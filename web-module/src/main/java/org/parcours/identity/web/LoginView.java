package org.parcours.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.parcours.identity.boundary.SignInOutcome;
import org.parcours.platform.web.Messages;

/** The sign-in page and sign-out. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    SignInAttempt attempt;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String continueTo;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                currentUser.signedIn();
                external.redirect(request.getContextPath() + safeTarget(continueTo));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                SignInOutcome outcome = attempt.outcome();
                if (outcome != null && outcome.status() == SignInOutcome.Status.HELD_BACK
                        && outcome.heldBackUntil() != null) {
                    String until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                            .withLocale(messages.locale()).withZone(ZoneId.systemDefault())
                            .format(outcome.heldBackUntil());
                    messages.error("login.heldBack", until);
                } else {
                    messages.error("login.invalid");
                }
                password = null;
            }
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String language = currentUser.getLanguage();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(request.getContextPath() + "/login.xhtml?signedOut=true&lang=" + language);
    }

    /** Only a path inside Parcours, never an address elsewhere. */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return target;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
