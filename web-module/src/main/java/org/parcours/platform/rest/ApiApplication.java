package org.parcours.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The Parcours API under /api, described at /openapi. Errors are application/problem+json (RFC 9457). */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Parcours API", version = "1.0",
                description = "HR development platform: staff directory, surveys, training steering committees."
                        + " Every error is an application/problem+json document."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
            description = "The user name and password of a Parcours account."),
    @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "A token issued by an HR admin on the API tokens page.")
})
public class ApiApplication extends Application {
}
