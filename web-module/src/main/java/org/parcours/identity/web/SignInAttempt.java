package org.parcours.identity.web;

import jakarta.enterprise.context.RequestScoped;
import org.parcours.identity.boundary.SignInOutcome;

/** The outcome of the sign-in checked during this request, so the login page can say why it was refused. */
@RequestScoped
public class SignInAttempt {

    private SignInOutcome outcome;

    public SignInOutcome outcome() {
        return outcome;
    }

    void record(SignInOutcome signInOutcome) {
        this.outcome = signInOutcome;
    }
}
