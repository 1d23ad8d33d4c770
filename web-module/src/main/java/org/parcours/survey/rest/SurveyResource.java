package org.parcours.survey.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.rest.Problem;
import org.parcours.platform.rest.Problems;
import org.parcours.survey.boundary.Audience;
import org.parcours.survey.boundary.InvitationService;
import org.parcours.survey.boundary.ResultsService;
import org.parcours.survey.boundary.SurveyResults;
import org.parcours.survey.boundary.SurveyService;
import org.parcours.survey.boundary.SurveySummary;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyDocument;
import org.parcours.survey.entity.SurveyJson;

/** Surveys for HR admins: list, structure, create from JSON, invite, open, close; results for their readers. */
@Path("surveys")
@ApplicationScoped
@Tag(name = "Surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    @EJB
    SurveyService surveys;

    @EJB
    InvitationService invitations;

    @EJB
    ResultsService results;

    @Inject
    Problems problems;

    @GET
    @Operation(summary = "All surveys with their status and response counts (HR admins)")
    public List<SurveySummary> list() {
        return surveys.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A survey's texts and questions, in the JSON document format")
    @APIResponse(responseCode = "404", description = "No such survey",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SurveyDocument structure(@PathParam("id") long id) {
        return SurveyDocument.of(surveys.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft survey from a JSON document (format parcours-survey/1)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid document",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response create(String json, @Context UriInfo uri) {
        if (json == null || json.isBlank()) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        Survey survey = surveys.importDocument(json);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(survey.getId())).build())
                .entity(summary(survey.getId())).build();
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite an audience (staff ids, unit codes, categories, e-mail addresses)")
    public Map<String, Integer> invite(@PathParam("id") long id, Audience audience) {
        return Map.of("invited", invitations.invite(id, audience));
    }

    @POST
    @Path("{id}/open")
    @Operation(summary = "Open a draft survey: invitations are mailed")
    @APIResponse(responseCode = "409", description = "Not a draft",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SurveySummary open(@PathParam("id") long id) {
        surveys.open(id);
        return summary(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close an open survey")
    @APIResponse(responseCode = "409", description = "Not open",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SurveySummary close(@PathParam("id") long id) {
        surveys.close(id);
        return summary(id);
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "Aggregated results, with the anonymity threshold applied")
    public SurveyResults results(@PathParam("id") long id) {
        return results.results(id, problems.locale());
    }

    private SurveySummary summary(long id) {
        return surveys.list().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> BusinessException.notFound("survey", id));
    }

    static String json(Object value) {
        return SurveyJson.writePretty(value);
    }
}
