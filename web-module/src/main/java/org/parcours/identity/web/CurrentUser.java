package org.parcours.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.parcours.identity.boundary.AccountService;
import org.parcours.identity.boundary.CallerDto;
import org.parcours.platform.web.Texts;

/** The signed-in person for the pages of this session, and their language (remembered on their account). */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AccountService accounts;

    private CallerDto caller;
    private Locale locale;
    private boolean chosen;

    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    public CallerDto getCaller() {
        if (caller == null && isSignedIn()) {
            caller = accounts.me();
            if (locale == null || !locale.getLanguage().equals(caller.locale())) {
                locale = Texts.supported(Locale.forLanguageTag(caller.locale()));
            }
        }
        return caller;
    }

    public String getDisplayName() {
        CallerDto me = getCaller();
        return me == null ? "" : me.displayName();
    }

    public boolean hasRole(String role) {
        return request().isUserInRole(role);
    }

    public Locale getLocale() {
        if (locale == null) {
            if (isSignedIn()) {
                getCaller();
            } else {
                String asked = request().getParameter("lang");
                // Without Accept-Language the container answers with its own default locale: French then.
                boolean browserSaid = request().getHeader("Accept-Language") != null;
                locale = asked != null ? Texts.supported(Locale.forLanguageTag(asked))
                        : browserSaid ? Texts.negotiate(java.util.Collections.list(request().getLocales()))
                        : Texts.FRENCH;
            }
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language, remembers it on the account, and reloads the page in it. */
    public void switchLanguage(String language) throws IOException {
        locale = Texts.supported(Locale.forLanguageTag(language));
        chosen = true;
        if (isSignedIn()) {
            accounts.chooseLocale(locale.getLanguage());
            caller = null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = request();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /**
     * Uses {@code language} for a visitor who has not chosen one (for example the language an invitation was sent
     * in, on the answering page).
     */
    public void suggest(String language) {
        if (!isSignedIn() && language != null && request().getParameter("lang") == null && !chosen) {
            locale = Texts.supported(Locale.forLanguageTag(language));
        }
    }

    /** Forgets what was cached after sign-in, so that the next page reads the account again. */
    void signedIn() {
        caller = null;
        locale = null;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
