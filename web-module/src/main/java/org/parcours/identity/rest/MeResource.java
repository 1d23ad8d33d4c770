package org.parcours.identity.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parcours.identity.boundary.AccountService;
import org.parcours.identity.boundary.CallerDto;

/** Who the caller is. */
@Path("me")
@ApplicationScoped
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller's name and roles. */
    public record MeDto(String username, String displayName, Set<String> roles, String locale, String email) {
    }

    @EJB
    AccountService accounts;

    @GET
    @Operation(summary = "The caller's name and roles")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "Not authenticated")
    public MeDto me() {
        CallerDto me = accounts.me();
        return new MeDto(me.username(), me.displayName(), me.roles(), me.locale(), me.email());
    }
}
