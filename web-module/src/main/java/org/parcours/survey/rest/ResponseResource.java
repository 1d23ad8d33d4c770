package org.parcours.survey.rest;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.parcours.survey.boundary.RespondentView;
import org.parcours.survey.boundary.ResponseService;
import org.parcours.survey.boundary.SubmitOutcome;
import org.parcours.survey.entity.AnswerSet;

/**
 * Answering by personal link, without an account: read the survey and any draft, save a draft, submit once. A
 * repeated submission answers 200 "already recorded" and stores nothing more. Like every resource of the API it
 * keeps no state, so one instance serves every request (no bean to build and inject per request).
 */
@Path("responses/{token}")
@ApplicationScoped
@Tag(name = "Responses")
@Produces(MediaType.APPLICATION_JSON)
public class ResponseResource {

    /** The two answers to a submission that never vary, written as they are instead of through JSON-B. */
    private static final String RECORDED = "{\"result\":\"" + SubmitOutcome.Result.RECORDED + "\"}";
    private static final String ALREADY_RECORDED = "{\"result\":\"" + SubmitOutcome.Result.ALREADY_RECORDED
            + "\"}";

    @EJB
    ResponseService responses;

    @Inject
    Problems problems;

    @GET
    @Operation(summary = "The survey behind a personal link, its state for this person and their draft")
    @APIResponse(responseCode = "404", description = "Unknown or withdrawn link",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public RespondentView read(@PathParam("token") String token) {
        return responses.open(token);
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save answers in progress; returns the problems found so far, by question")
    public Map<String, String> saveDraft(@PathParam("token") String token, AnswerSet answers) {
        return responses.saveDraft(token, answers == null ? new AnswerSet(null) : answers);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the answers: exactly one response per link")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Already recorded earlier: nothing more stored")
    @APIResponse(responseCode = "400", description = "Answers refused; errors name the questions",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The survey is closed; the answers are kept as a draft",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("token") String token, AnswerSet answers, @Context HttpHeaders headers) {
        if (answers == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        // The language from the headers at hand: the problem builder is only needed when the answers are refused
        SubmitOutcome outcome = submitOnce(responses, token, answers, Problems.locale(headers).getLanguage());
        return switch (outcome.result()) {
            case RECORDED -> Response.status(201).entity(RECORDED).build();
            case ALREADY_RECORDED -> Response.ok(ALREADY_RECORDED).build();
            case CLOSED -> problems.response(409, problems.text("survey.answer.closed"), List.of());
            case INVALID -> problems.response(400, problems.text("survey.answer.invalid"),
                    outcome.problems().entrySet().stream().map(e -> new Problem.FieldError(e.getKey(),
                            problems.text(e.getValue()))).toList());
        };
    }

    /**
     * Submits; when a concurrent submission of the same link won the race and this one was rolled back, answers
     * "already recorded" as the state of the link then says.
     */
    public static SubmitOutcome submitOnce(ResponseService responses, String token, AnswerSet answers,
            String language) {
        try {
            return responses.submit(token, answers, language);
        } catch (EJBException concurrent) {
            if (responses.open(token).state() == RespondentView.State.ANSWERED) {
                return SubmitOutcome.of(SubmitOutcome.Result.ALREADY_RECORDED);
            }
            throw concurrent;
        }
    }
}
