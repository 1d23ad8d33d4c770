package org.parcours.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.parcours.identity.boundary.AccountService;
import org.parcours.identity.boundary.SignInOutcome;

/** Checks user names and PBKDF2 passwords against the account table, with throttling of repeated failures. */
@ApplicationScoped
public class ParcoursIdentityStore implements IdentityStore {

    @EJB
    AccountService accounts;

    @Inject
    SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInOutcome outcome = accounts.signIn(password.getCaller(), password.getPasswordAsString());
        attempt.record(outcome);
        if (!outcome.accepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(), outcome.roles());
    }
}
