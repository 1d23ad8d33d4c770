package org.parcours.organization.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parcours.organization.boundary.StaffService;
import org.parcours.organization.boundary.UnitService;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.OrganizationUnit;
import org.parcours.organization.entity.StaffCategory;
import org.parcours.organization.entity.StaffFilter;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.boundary.Page;
import org.parcours.platform.rest.Problem;

/** The staff directory: search for every signed-in role; creation for HR admins. */
@Path("staff")
@ApplicationScoped
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @EJB
    StaffService staff;

    @EJB
    UnitService units;

    @GET
    @Operation(summary = "Search the staff directory, one page at a time")
    @APIResponse(responseCode = "200", description = "A page of staff members")
    @APIResponse(responseCode = "400", description = "Bad paging or filter",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public StaffPageDto search(
            @Parameter(description = "Text in name, email, employee number or job title") @QueryParam("q") String text,
            @Parameter(description = "Unit code; its sub-units are included") @QueryParam("unit") String unitCode,
            @QueryParam("category") StaffCategory category,
            @QueryParam("contract") ContractType contract,
            @QueryParam("sort") @DefaultValue("lastName") String sort,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw BusinessException.invalid("page", "api.page.invalid");
        }
        if (size < 1 || size > 200) {
            throw BusinessException.invalid("size", "api.size.invalid", 200);
        }
        String unitPath = null;
        if (unitCode != null && !unitCode.isBlank()) {
            unitPath = units.byCode(unitCode).map(OrganizationUnit::getPath)
                    .orElseThrow(() -> BusinessException.invalid("unit", "staff.unit.unknown", unitCode));
        }
        Page<StaffMember> found = staff.search(new StaffFilter(text, unitPath, category, contract, false),
                page * size, size, sort, true);
        return new StaffPageDto(found.items().stream().map(StaffDto::of).toList(), found.total(), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One staff member")
    @APIResponse(responseCode = "404", description = "No such staff member",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public StaffDto find(@PathParam("id") long id) {
        return StaffDto.of(staff.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff member (HR admins)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record")
    @APIResponse(responseCode = "400", description = "Invalid values; errors name the fields",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an HR admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Employee number or email already used",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response create(StaffInputDto input, @Context UriInfo uri) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        StaffMember created = staff.create(input.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(StaffDto.of(staff.find(created.getId()))).build();
    }
}
