package org.parcours.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.parcours.identity.boundary.AccountService;
import org.parcours.identity.boundary.IssuedToken;
import org.parcours.identity.entity.ApiToken;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;

/** HR admins issue API bearer tokens for an account (shown once) and revoke them. */
@Named
@ViewScoped
public class ApiTokenView implements Serializable {

    @jakarta.inject.Inject
    transient java.time.Clock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    transient AccountService accounts;

    @Inject
    transient Messages messages;

    private String username;
    private String label;
    private int validDays = 90;
    private IssuedToken issued;
    private List<ApiToken> tokens;

    @PostConstruct
    void load() {
        tokens = accounts.tokens();
    }

    public void issue() {
        try {
            issued = accounts.issueToken(username, label, validDays);
            messages.info("tokens.issued", issued.label());
            username = null;
            label = null;
            load();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "tokenForm");
        } catch (ConstraintViolationException refusal) {
            messages.refused(refusal, "tokenForm");
        }
    }

    public void revoke(ApiToken token) {
        accounts.revokeToken(token.getId());
        messages.info("tokens.revoked", token.getLabel());
        issued = null;
        load();
    }

    public List<ApiToken> getTokens() {
        return tokens;
    }

    public IssuedToken getIssued() {
        return issued;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getValidDays() {
        return validDays;
    }

    public void setValidDays(int validDays) {
        this.validDays = validDays;
    }

    /** Past its expiry date: it opens nothing any more. */
    public boolean expired(org.parcours.identity.entity.ApiToken token) {
        return !token.getExpiresAt().isAfter(java.time.Instant.now(clock));
    }
}
