package org.parcours.training.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parcours.training.entity.Decision;
import org.parcours.training.entity.DecisionKind;
import org.parcours.training.entity.DecisionStatus;
import org.parcours.training.entity.Enrolment;
import org.parcours.training.entity.EnrolmentStatus;
import org.parcours.training.entity.FeedbackItem;
import org.parcours.training.entity.FeedbackSource;
import org.parcours.training.entity.SessionKind;
import org.parcours.training.entity.SessionStatus;
import org.parcours.training.entity.TrainingProgram;
import org.parcours.training.entity.TrainingSession;

/** The training area's API payloads. */
public final class TrainingDtos {

    private TrainingDtos() {
    }

    /** A module of a program. */
    public record ModuleDto(String titleFr, String titleEn, int durationMinutes) {
    }

    /** A program with its current content version and modules ({@code version} is for optimistic locking). */
    public record ProgramDto(long id, long version, String code, String titleFr, String titleEn, String objectives,
            String method, String referenceMaterial, String targetAudience, int contentVersion, String versionNotes,
            String reflectionDays, Long needsSurveyId, List<ModuleDto> modules) {
        static ProgramDto of(TrainingProgram p) {
            return new ProgramDto(p.getId(), p.getVersion(), p.getCode(), p.getTitleFr(), p.getTitleEn(),
                    p.getObjectives(), p.getMethod(), p.getReferenceMaterial(), p.getTargetAudience(),
                    p.getContentVersion(), p.getVersionNotes(), p.getReflectionDays(), p.getNeedsSurveyId(),
                    p.getModules().stream().map(m -> new ModuleDto(m.getTitleFr(), m.getTitleEn(),
                            m.getDurationMinutes())).toList());
        }
    }

    /** A new program. */
    public record ProgramRequest(String code, String titleFr, String titleEn, String objectives, String method,
            String referenceMaterial, String targetAudience) {
    }

    /** A program's new description, given with the version read. */
    public record ProgramUpdate(Long version, String titleFr, String titleEn, String objectives, String method,
            String referenceMaterial, String targetAudience, String reflectionDays, List<ModuleDto> modules) {
    }

    /** A new content version, with what changed. */
    public record VersionRequest(String notes) {
    }

    /** A session of a program ({@code version} is for optimistic locking). */
    public record SessionDto(long id, long version, long programId, String title, SessionKind kind,
            SessionStatus status, LocalDate startsOn, LocalDate endsOn, String place, String remoteLink,
            Long trainerStaffId, String trainerName, int capacity, Integer programVersion,
            Long satisfactionSurveyId) {
        static SessionDto of(TrainingSession s) {
            return new SessionDto(s.getId(), s.getVersion(), s.getProgram().getId(), s.getTitle(), s.getKind(),
                    s.getStatus(), s.getStartsOn(), s.getEndsOn(), s.getPlace(), s.getRemoteLink(),
                    s.getTrainerStaffId(), s.getTrainerName(), s.getCapacity(), s.getProgramVersion(),
                    s.getSatisfactionSurveyId());
        }
    }

    /** A session to plan, or a planned session's new details (then with the version read). */
    public record SessionRequest(Long version, String title, SessionKind kind, LocalDate startsOn, LocalDate endsOn,
            Integer capacity, String place, String remoteLink, Long trainerStaffId) {
    }

    /** A day of attendance. */
    public record AttendanceRequest(LocalDate day, Boolean present) {
    }

    /** An invitee's reply: {@code true} to take part, {@code false} to decline. */
    public record ReplyRequest(Boolean accept) {
    }

    /** A structured piece of feedback (roundtable, trainer, survey). */
    public record FeedbackRequest(FeedbackSource source, String theme, String observation, String quote,
            String suggestedChange) {
    }

    /** A feedback item, and the decisions it led to (with where each was implemented). */
    public record FeedbackDto(long id, long sessionId, FeedbackSource source, String theme, String observation,
            String quote, String suggestedChange, List<DecisionDto> ledTo) {
        static FeedbackDto of(FeedbackItem f, List<Decision> decisions) {
            return new FeedbackDto(f.getId(), f.getSessionId(), f.getSource(), f.getTheme(), f.getObservation(),
                    f.getQuote(), f.getSuggestedChange(), decisions.stream().map(DecisionDto::of).toList());
        }
    }

    /** Where an approved decision took effect: the session that first ran it. */
    public record ImplementedRequest(Long sessionId) {
    }

    /** Staff members to enrol in a session, or only to invite ({@code invite} true: no place taken yet). */
    public record EnrolRequest(List<Long> staffIds, Boolean invite) {
    }

    /** An enrolment: who, their place (registered or waiting), their group and their attendance day by day. */
    public record EnrolmentDto(long id, long staffId, String name, EnrolmentStatus status, Integer groupNumber,
            Map<String, Boolean> attendance) {
        static EnrolmentDto of(Enrolment e) {
            return of(e, null);
        }

        static EnrolmentDto of(Enrolment e, String name) {
            Map<String, Boolean> days = new TreeMap<>();
            e.getAttendance().forEach((day, present) -> days.put(day.toString(), present));
            return new EnrolmentDto(e.getId(), e.getStaffId(), name, e.getStatus(), e.getGroupNumber(), days);
        }
    }

    /** A decision to propose, linked to the feedback that motivated it. */
    public record DecisionRequest(String title, String description, DecisionKind kind, Set<Long> feedbackIds) {
    }

    /** A committee decision and where it took effect. */
    public record DecisionDto(long id, long version, String title, String description, DecisionKind kind,
            DecisionStatus status, Set<Long> feedbackIds, Instant decidedAt, Integer implementedVersion,
            Long implementedSessionId) {
        static DecisionDto of(Decision d) {
            return new DecisionDto(d.getId(), d.getVersion(), d.getTitle(), d.getDescription(), d.getKind(),
                    d.getStatus(), d.getFeedbackIds(), d.getDecidedAt(), d.getImplementedVersion(),
                    d.getImplementedSessionId());
        }
    }
}
