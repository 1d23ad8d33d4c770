package org.parcours.training.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.rest.Problem;
import org.parcours.platform.rest.Problems;
import org.parcours.training.boundary.ProgramService;
import org.parcours.training.boundary.ReviewService;
import org.parcours.training.boundary.SessionService;
import org.parcours.training.control.ProgramReport;
import org.parcours.training.entity.Decision;
import org.parcours.training.entity.ProgramModule;
import org.parcours.training.entity.TrainingProgram;
import org.parcours.training.entity.TrainingSession;
import org.parcours.training.rest.TrainingDtos.AttendanceRequest;
import org.parcours.training.rest.TrainingDtos.DecisionDto;
import org.parcours.training.rest.TrainingDtos.DecisionRequest;
import org.parcours.training.rest.TrainingDtos.EnrolRequest;
import org.parcours.training.rest.TrainingDtos.EnrolmentDto;
import org.parcours.training.rest.TrainingDtos.FeedbackDto;
import org.parcours.training.rest.TrainingDtos.FeedbackRequest;
import org.parcours.training.rest.TrainingDtos.ImplementedRequest;
import org.parcours.training.rest.TrainingDtos.ProgramDto;
import org.parcours.training.rest.TrainingDtos.ProgramRequest;
import org.parcours.training.rest.TrainingDtos.ProgramUpdate;
import org.parcours.training.rest.TrainingDtos.ReplyRequest;
import org.parcours.training.rest.TrainingDtos.SessionDto;
import org.parcours.training.rest.TrainingDtos.SessionRequest;
import org.parcours.training.rest.TrainingDtos.VersionRequest;

/**
 * Training programs, sessions, enrolment, feedback and committee decisions, with the same rules as the pages: HR
 * sees and runs every program; a steering committee member reads their own programs and takes part in their
 * decisions (anyone else gets 403); sessions and enrolment are run by HR.
 */
@Path("training/programs")
@ApplicationScoped
@Tag(name = "Training")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    @EJB
    ProgramService programs;

    @EJB
    SessionService sessions;

    @EJB
    ReviewService reviews;

    @Inject
    Problems problems;

    // --- programs ---------------------------------------------------------------------------------------

    @GET
    @Operation(summary = "The programs the caller may see")
    public List<ProgramDto> list() {
        return programs.visiblePrograms().stream().map(ProgramDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a program (HR admins)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid code or title",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Code already used",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response create(ProgramRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        TrainingProgram program = programs.create(request.code(), request.titleFr(), request.titleEn(),
                request.objectives(), request.method(), request.referenceMaterial(), request.targetAudience());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(program.getId())).build())
                .entity(ProgramDto.of(program)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One program")
    @APIResponse(responseCode = "403", description = "Not on this program's committee",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ProgramDto program(@PathParam("id") long id) {
        return ProgramDto.of(programs.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe a program: texts, reflection rhythm and modules (HR admins; give the version read)")
    @APIResponse(responseCode = "409", description = "Changed by someone else since it was read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ProgramDto update(@PathParam("id") long id, ProgramUpdate request) {
        if (request == null || request.version() == null) {
            throw BusinessException.invalid("version", "training.versionRequired");
        }
        List<ProgramModule> modules = new ArrayList<>();
        if (request.modules() != null) {
            for (TrainingDtos.ModuleDto module : request.modules()) {
                modules.add(new ProgramModule(module.titleFr(), module.titleEn(), module.durationMinutes()));
            }
        }
        return ProgramDto.of(programs.update(id, request.version(), request.titleFr(), request.titleEn(),
                request.objectives(), request.method(), request.referenceMaterial(), request.targetAudience(),
                request.reflectionDays(), modules));
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new content version: sessions starting from now on run it (HR admins)")
    public ProgramDto publishVersion(@PathParam("id") long id, VersionRequest request) {
        programs.publishVersion(id, request == null ? null : request.notes());
        return ProgramDto.of(programs.find(id));
    }

    @GET
    @Path("{id}/report")
    @Produces({XLSX, PDF})
    @Operation(summary = "The program report for the committee: attendance, satisfaction trend, decisions")
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = XLSX), @Content(mediaType = PDF)})
    @APIResponse(responseCode = "403", description = "Not on this program's committee",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("id") long id,
            @Parameter(description = "xlsx (default) or pdf") @QueryParam("format") String format) {
        ProgramReport.Format chosen;
        if (format == null || format.isBlank() || "xlsx".equalsIgnoreCase(format)) {
            chosen = ProgramReport.Format.XLSX;
        } else if ("pdf".equalsIgnoreCase(format)) {
            chosen = ProgramReport.Format.PDF;
        } else {
            throw BusinessException.invalid("format", "training.report.format");
        }
        TrainingProgram program = programs.find(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reviews.report(id, chosen, problems.locale(), out);
        String extension = chosen.name().toLowerCase(Locale.ROOT);
        return Response.ok(out.toByteArray(), chosen == ProgramReport.Format.PDF ? PDF : XLSX)
                .header("Content-Disposition", "attachment; filename=\"program-" + program.getCode() + "."
                        + extension + "\"").build();
    }

    // --- sessions ---------------------------------------------------------------------------------------

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "The program's sessions")
    public List<SessionDto> sessions(@PathParam("id") long id) {
        return reviews.sessionsOf(id).stream().map(SessionDto::of).toList();
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a session, pilot or regular (HR admins)")
    @APIResponse(responseCode = "201", description = "Planned")
    @APIResponse(responseCode = "400", description = "Missing title, kind or dates; dates in the wrong order",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response plan(@PathParam("id") long id, SessionRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        if (request.capacity() == null) {
            throw BusinessException.invalid("capacity", "training.session.capacityRange");
        }
        TrainingSession session = sessions.plan(id, request.title(), request.kind(), request.startsOn(),
                request.endsOn(), request.capacity(), request.place(), request.remoteLink(), request.trainerStaffId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.getId())).build())
                .entity(SessionDto.of(session)).build();
    }

    @GET
    @Path("{id}/sessions/{sessionId}")
    @Operation(summary = "One session")
    public SessionDto session(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        return SessionDto.of(sessionOf(id, sessionId));
    }

    @PUT
    @Path("{id}/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a session that has not started (HR admins; give the version read)")
    @APIResponse(responseCode = "409", description = "Already started, or changed by someone else",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SessionDto reschedule(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            SessionRequest request) {
        sessionOf(id, sessionId);
        if (request == null || request.version() == null) {
            throw BusinessException.invalid("version", "training.versionRequired");
        }
        if (request.capacity() == null) {
            throw BusinessException.invalid("capacity", "training.session.capacityRange");
        }
        return SessionDto.of(sessions.reschedule(sessionId, request.version(), request.title(), request.startsOn(),
                request.endsOn(), request.capacity(), request.place(), request.remoteLink(),
                request.trainerStaffId()));
    }

    @POST
    @Path("{id}/sessions/{sessionId}/open")
    @Operation(summary = "Open enrolment (HR admins)")
    @APIResponse(responseCode = "409", description = "Not planned",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SessionDto openEnrolment(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        sessionOf(id, sessionId);
        sessions.openEnrolment(sessionId);
        return SessionDto.of(sessions.find(sessionId));
    }

    @POST
    @Path("{id}/sessions/{sessionId}/start")
    @Operation(summary = "Start the session: it records the program version it runs (HR admins)")
    @APIResponse(responseCode = "409", description = "Already running, over or cancelled",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SessionDto start(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        sessionOf(id, sessionId);
        sessions.start(sessionId);
        return SessionDto.of(sessions.find(sessionId));
    }

    @POST
    @Path("{id}/sessions/{sessionId}/end")
    @Operation(summary = "End the session: the satisfaction survey goes to those who attended (HR admins)")
    @APIResponse(responseCode = "409", description = "Not running",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SessionDto end(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        sessionOf(id, sessionId);
        sessions.end(sessionId);
        return SessionDto.of(sessions.find(sessionId));
    }

    @POST
    @Path("{id}/sessions/{sessionId}/cancel")
    @Operation(summary = "Cancel a session that is not over (HR admins)")
    @APIResponse(responseCode = "409", description = "Already over",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SessionDto cancel(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        sessionOf(id, sessionId);
        sessions.cancel(sessionId);
        return SessionDto.of(sessions.find(sessionId));
    }

    // --- enrolment --------------------------------------------------------------------------------------

    @GET
    @Path("{id}/sessions/{sessionId}/enrolments")
    @Operation(summary = "The session's enrolments: registered, waiting, cancelled, with attendance (HR admins)")
    public List<EnrolmentDto> enrolments(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        sessionOf(id, sessionId);
        return sessions.participants(sessionId).stream().map(p -> EnrolmentDto.of(p.enrolment(), p.name()))
                .toList();
    }

    @POST
    @Path("{id}/sessions/{sessionId}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol staff members (HR admins): registered within capacity, then waiting list; with"
            + " \"invite\": true, invite them only (told by mail, no place taken until they are enrolled)")
    @APIResponse(responseCode = "409", description = "Enrolment closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public List<EnrolmentDto> enrol(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            EnrolRequest request) {
        sessionOf(id, sessionId);
        if (request == null || request.staffIds() == null || request.staffIds().isEmpty()) {
            throw BusinessException.invalid("staffIds", "survey.audience.empty");
        }
        List<org.parcours.training.entity.Enrolment> done = Boolean.TRUE.equals(request.invite())
                ? sessions.invite(sessionId, request.staffIds()) : sessions.enrol(sessionId, request.staffIds());
        return done.stream().map(EnrolmentDto::of).toList();
    }

    @DELETE
    @Path("{id}/sessions/{sessionId}/enrolments/{enrolmentId}")
    @Operation(summary = "Unenrol: the first on the waiting list takes the place and is told (HR admins)")
    @APIResponse(responseCode = "200", description = "Unenrolled; the body is the enrolment promoted from the"
            + " waiting list")
    @APIResponse(responseCode = "204", description = "Unenrolled; nobody was waiting")
    public Response unenrol(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            @PathParam("enrolmentId") long enrolmentId) {
        sessionOf(id, sessionId);
        requireEnrolmentOf(sessionId, enrolmentId);
        return sessions.cancelEnrolment(enrolmentId).map(promoted -> Response.ok(EnrolmentDto.of(promoted)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("{id}/sessions/{sessionId}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's reply to their invitation, once enrolment is open (any signed-in invitee):"
            + " accepting takes a place or the waiting list, declining frees the invitation")
    @APIResponse(responseCode = "404", description = "The caller is not invited to this session",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Enrolment not open, or already replied",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public EnrolmentDto reply(@PathParam("id") long id, @PathParam("sessionId") long sessionId, ReplyRequest request) {
        if (request == null || request.accept() == null) {
            throw BusinessException.invalid("accept", "training.invitation.acceptRequired");
        }
        sessions.myEnrolment(sessionId).filter(e -> e.getSession().getProgram().getId() == id)
                .orElseThrow(() -> BusinessException.notFound("invitation", sessionId));
        return EnrolmentDto.of(sessions.reply(sessionId, request.accept()));
    }

    @POST
    @Path("{id}/sessions/{sessionId}/enrolments/{enrolmentId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a participant present or absent on a day of the session (HR admins)")
    public EnrolmentDto attendance(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            @PathParam("enrolmentId") long enrolmentId, AttendanceRequest request) {
        sessionOf(id, sessionId);
        requireEnrolmentOf(sessionId, enrolmentId);
        if (request == null || request.day() == null || request.present() == null) {
            throw BusinessException.invalid("day", "training.attendance.dayRequired");
        }
        sessions.markAttendance(enrolmentId, request.day(), request.present());
        return sessions.participants(sessionId).stream().filter(p -> p.enrolment().getId() == enrolmentId)
                .map(p -> EnrolmentDto.of(p.enrolment(), p.name())).findFirst()
                .orElseThrow(() -> BusinessException.notFound("enrolment", enrolmentId));
    }

    // --- feedback and decisions -------------------------------------------------------------------------

    @GET
    @Path("{id}/sessions/{sessionId}/feedback")
    @Operation(summary = "The session's structured feedback, each item with the decisions it led to")
    public List<FeedbackDto> feedback(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        sessionOf(id, sessionId);
        return reviews.feedback(sessionId).stream().map(f -> FeedbackDto.of(f, reviews.decisionsFrom(f.getId())))
                .toList();
    }

    @POST
    @Path("{id}/sessions/{sessionId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record roundtable or trainer feedback: theme, observation, quote, suggested change")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response recordFeedback(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            FeedbackRequest request) {
        sessionOf(id, sessionId);
        if (request == null || request.source() == null) {
            throw BusinessException.invalid("source", "training.feedback.sourceRequired");
        }
        var item = reviews.recordFeedback(sessionId, request.source(), request.theme(), request.observation(),
                request.quote(), request.suggestedChange());
        return Response.status(201).entity(FeedbackDto.of(item, List.of())).build();
    }

    @GET
    @Path("{id}/sessions/{sessionId}/decisions")
    @Operation(summary = "The decisions this session carries: those implemented in it")
    public List<DecisionDto> carried(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        sessionOf(id, sessionId);
        return reviews.implementedIn(sessionId).stream().map(DecisionDto::of).toList();
    }

    @GET
    @Path("{id}/decisions")
    @Operation(summary = "The steering committee's decisions")
    public List<DecisionDto> decisions(@PathParam("id") long id) {
        return reviews.decisions(id).stream().map(DecisionDto::of).toList();
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a decision linked to feedback items (HR or committee members)")
    @APIResponse(responseCode = "201", description = "Proposed")
    public Response propose(@PathParam("id") long id, DecisionRequest request) {
        if (request == null || request.kind() == null) {
            throw BusinessException.invalid("kind", "training.decision.kindRequired");
        }
        var decision = reviews.propose(id, request.title(), request.description(), request.kind(),
                request.feedbackIds() == null ? Set.of() : request.feedbackIds());
        return Response.status(201).entity(DecisionDto.of(decision)).build();
    }

    @POST
    @Path("{id}/decisions/{decisionId}/approve")
    @Operation(summary = "Approve a proposed decision (give the version you read)")
    @APIResponse(responseCode = "409", description = "Already decided, or changed since it was read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public DecisionDto approve(@PathParam("id") long id, @PathParam("decisionId") long decisionId,
            @QueryParam("version") Long version) {
        requireDecisionOf(id, decisionId);
        return DecisionDto.of(reviews.approve(decisionId, requireVersion(version)));
    }

    @POST
    @Path("{id}/decisions/{decisionId}/reject")
    @Operation(summary = "Reject a proposed decision (give the version you read)")
    @APIResponse(responseCode = "409", description = "Already decided, or changed since it was read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public DecisionDto reject(@PathParam("id") long id, @PathParam("decisionId") long decisionId,
            @QueryParam("version") Long version) {
        requireDecisionOf(id, decisionId);
        return DecisionDto.of(reviews.reject(decisionId, requireVersion(version)));
    }

    @POST
    @Path("{id}/decisions/{decisionId}/implemented")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the session (and so the program version) that implemented an approved decision"
            + " (HR admins)")
    @APIResponse(responseCode = "409", description = "Not approved",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public DecisionDto implemented(@PathParam("id") long id, @PathParam("decisionId") long decisionId,
            ImplementedRequest request) {
        requireDecisionOf(id, decisionId);
        if (request == null || request.sessionId() == null) {
            throw BusinessException.invalid("sessionId", "training.decision.sessionRequired");
        }
        return DecisionDto.of(reviews.implemented(decisionId, request.sessionId()));
    }

    // --- helpers ----------------------------------------------------------------------------------------

    /** The session, if the caller may read its program and it belongs to it. */
    private TrainingSession sessionOf(long programId, long sessionId) {
        programs.find(programId);
        TrainingSession session = reviews.session(sessionId);
        if (!session.getProgram().getId().equals(programId)) {
            throw BusinessException.notFound("session", sessionId);
        }
        return session;
    }

    private void requireEnrolmentOf(long sessionId, long enrolmentId) {
        boolean found = sessions.participants(sessionId).stream().anyMatch(p -> p.enrolment().getId() == enrolmentId);
        if (!found) {
            throw BusinessException.notFound("enrolment", enrolmentId);
        }
    }

    private void requireDecisionOf(long programId, long decisionId) {
        boolean found = reviews.decisions(programId).stream().map(Decision::getId).anyMatch(d -> d == decisionId);
        if (!found) {
            throw BusinessException.notFound("decision", decisionId);
        }
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw BusinessException.invalid("version", "training.versionRequired");
        }
        return version;
    }
}
