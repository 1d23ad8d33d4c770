package org.parcours.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.parcours.identity.boundary.AccountService;
import org.parcours.identity.boundary.SignInOutcome;
import org.parcours.platform.web.ProblemWriter;

/**
 * One authentication mechanism for the portal and the API.
 * <ul>
 * <li>Pages: form sign-in through the login page; the session keeps the caller; protected pages redirect to the
 * login page and come back after sign-in.</li>
 * <li>{@code /api} (and {@code /metrics}): HTTP Basic with the same accounts, or a bearer token issued by an HR admin. No session is
 * created; a missing or wrong credential gets 401 as {@code application/problem+json}.</li>
 * </ul>
 */
@ApplicationScoped
public class ParcoursAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInAttempt attempt;

    @EJB
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        Credential formCredential = context.isAuthenticationRequest() && context.getAuthParameters() != null
                ? context.getAuthParameters().getCredential() : null;
        if (formCredential != null) {
            return signInWithForm(request, context, formCredential);
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            return continueSession(context, sessionCaller);
        }
        if (isApi(request)) {
            return authenticateApiCall(request, response, context);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login.xhtml" + continuation(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signInWithForm(HttpServletRequest request, HttpMessageContext context,
            Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus continueSession(HttpMessageContext context, Principal caller)
            throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[] {
                new CallerPrincipalCallback(context.getClientSubject(), caller)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.isProtected() ? refuse(request, response, "auth.required") : context.doNothing();
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<SignInOutcome> outcome = accounts.signInWithToken(authorization.substring(7));
            if (outcome.isEmpty()) {
                return refuse(request, response, "auth.badToken");
            }
            return context.notifyContainerAboutLogin(outcome.get().username(), outcome.get().roles());
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<UsernamePasswordCredential> credential = basic(authorization.substring(6));
            if (credential.isEmpty()) {
                return refuse(request, response, "auth.badCredentials");
            }
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            SignInOutcome outcome = attempt.outcome();
            if (outcome != null && outcome.status() == SignInOutcome.Status.HELD_BACK) {
                ProblemWriter.write(request, response, 429, "auth.heldBack");
                return AuthenticationStatus.SEND_FAILURE;
            }
            return refuse(request, response, "auth.badCredentials");
        }
        return refuse(request, response, "auth.badCredentials");
    }

    private static Optional<UsernamePasswordCredential> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon),
                    decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
            String key) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Parcours\", Bearer realm=\"Parcours\"");
        ProblemWriter.write(request, response, 401, key);
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/metrics")
                || path.startsWith("/metrics/");
    }

    /** Where to come back after sign-in: only a local GET page, never another site. */
    private static String continuation(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || "/".equals(path) || path.startsWith("//") || path.startsWith("/login.xhtml")) {
            return "";
        }
        String target = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        return "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
