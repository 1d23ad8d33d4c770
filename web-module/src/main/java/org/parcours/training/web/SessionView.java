package org.parcours.training.web;

import static org.parcours.platform.web.JsonBuilders.JSON;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.parcours.organization.web.PeoplePicker;
import org.parcours.identity.web.CurrentUser;
import org.parcours.organization.boundary.StaffService;
import org.parcours.organization.entity.StaffFilter;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.survey.boundary.SurveyResults;
import org.parcours.training.boundary.ProgramService;
import org.parcours.training.boundary.ReviewService;
import org.parcours.training.boundary.SessionService;
import org.parcours.training.control.GroupFormation;
import org.parcours.training.entity.Decision;
import org.parcours.training.entity.DecisionKind;
import org.parcours.training.entity.FeedbackItem;
import org.parcours.training.entity.FeedbackSource;
import org.parcours.training.entity.TrainingSession;

/**
 * A session: for HR, its participants (enrolment, waiting list, attendance), groups and life; for HR and the
 * committee, its review workspace: satisfaction results, roundtable and trainer notes, decisions and their trace.
 */
@Named
@ViewScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SessionService sessions;

    @EJB
    transient ReviewService reviews;

    @EJB
    transient ProgramService programs;

    @EJB
    transient StaffService staff;

    @Inject
    transient Messages messages;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private TrainingSession session;
    private List<SessionService.Participant> participants = List.of();
    private List<GroupFormation.Group> groups = List.of();
    private List<FeedbackItem> feedback;
    private List<Decision> decisions;
    private List<Decision> carried;
    private Map<Long, String> feedbackLabels = new HashMap<>();
    private Map<Long, String> sessionTitles = new HashMap<>();
    private Integer newCapacity;
    private boolean reviewer;
    private boolean trainer;
    private List<ProgramService.Profile> profiles = List.of();
    private SurveyResults satisfaction;
    private final PeoplePicker toEnrol = new PeoplePicker();
    private int groupSize = 6;
    private boolean proposedGroups;
    private FeedbackSource feedbackSource = FeedbackSource.ROUNDTABLE;
    private String theme;
    private String observation;
    private String quote;
    private String suggestedChange;
    private String trainerNotes;
    private String decisionTitle;
    private DecisionKind decisionKind = DecisionKind.CONTENT;
    private List<Long> decisionFeedback = new ArrayList<>();
    private Long implementedDecision;

    public void load() throws IOException {
        try {
            session = reviews.session(id);
        } catch (BusinessException refusal) {
            TrainingRefusals.send(refusal, messages);
            return;
        }
        refresh();
    }

    private void refresh() {
        session = reviews.session(id);
        long programId = session.getProgram().getId();
        reviewer = programs.isReader(programId);
        trainer = reviews.trains(id);
        if (isHr()) {
            participants = sessions.participants(id);
            if (!proposedGroups) {
                groups = sessions.groups(id);
            }
        }
        trainerNotes = session.getTrainerNotes();
        feedback = reviews.feedback(id);
        carried = reviews.implementedIn(id);
        sessionTitles = new HashMap<>();
        feedbackLabels = new HashMap<>();
        if (reviewer) {
            decisions = reviews.decisions(programId);
            satisfaction = reviews.satisfaction(id, messages.locale());
            reviews.sessionsOf(programId).forEach(s -> sessionTitles.put(s.getId(), s.getTitle()));
            reviews.programFeedback(programId).forEach(f -> feedbackLabels.put(f.getId(), f.getTheme() + " ("
                    + sessionTitles.getOrDefault(f.getSessionId(), "?") + ")"));
        } else {
            decisions = List.of();
            satisfaction = null;
            sessionTitles.put(session.getId(), session.getTitle());
            feedback.forEach(f -> feedbackLabels.put(f.getId(), f.getTheme()));
        }
        profiles = trainer && !isHr() ? programs.profiles(programId) : List.of();
        newCapacity = session.getCapacity();
    }

    /** HR or a member of the program's committee: they see the results and take part in the decisions. */
    public boolean isReviewer() {
        return reviewer;
    }

    /** The caller trains this session: they write the trainer's notes and see their participants' profiles. */
    public boolean isTrainer() {
        return trainer;
    }

    public List<ProgramService.Profile> getProfiles() {
        return profiles;
    }

    /** The feedback items (theme and session) that motivated a decision. */
    public List<String> motivatingFeedback(Decision decision) {
        return decision.getFeedbackIds().stream().sorted().map(feedbackLabels::get)
                .filter(java.util.Objects::nonNull).toList();
    }

    public String sessionTitle(Long sessionId) {
        return sessionId == null ? "" : sessionTitles.getOrDefault(sessionId, String.valueOf(sessionId));
    }

    public boolean isAllMixed() {
        return groups.stream().allMatch(GroupFormation.Group::mixed);
    }

    public void changeCapacity() {
        try {
            int promoted = sessions.changeCapacity(id, newCapacity == null ? 0 : newCapacity).size();
            messages.info("session.capacityChanged", newCapacity, promoted);
        } catch (BusinessException refusal) {
            messages.refused(refusal, "capacityForm");
        }
        refresh();
    }

    public Integer getNewCapacity() {
        return newCapacity;
    }

    public void setNewCapacity(Integer newCapacity) {
        this.newCapacity = newCapacity;
    }

    public void reject(Decision decision) {
        try {
            reviews.reject(decision.getId(), decision.getVersion());
            messages.info("program.decisionRejected", decision.getTitle());
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
        refresh();
    }

    public boolean isHr() {
        return currentUser.hasRole("HR_ADMIN");
    }

    public void enrol() {
        try {
            List<Long> ids = toEnrol.staffIds();
            if (ids.isEmpty()) {
                throw BusinessException.invalid("people", "survey.audience.empty");
            }
            var created = sessions.enrol(id, ids);
            long waiting = created.stream().filter(e -> e.getStatus().name().equals("WAITING")).count();
            messages.info("session.enrolled", created.size() - waiting, waiting);
            toEnrol.clear();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "enrol");
        }
        refresh();
    }

    public void invite() {
        try {
            List<Long> ids = toEnrol.staffIds();
            if (ids.isEmpty()) {
                throw BusinessException.invalid("people", "survey.audience.empty");
            }
            int invited = sessions.invite(id, ids).size();
            messages.info("session.invited", invited);
            toEnrol.clear();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "enrol");
        }
        refresh();
    }

    /** An invited person takes a place (or joins the waiting list when the session is full). */
    public void register(SessionService.Participant participant) {
        try {
            var placed = sessions.enrol(id, List.of(participant.enrolment().getStaffId()));
            long waiting = placed.stream().filter(e -> e.getStatus().name().equals("WAITING")).count();
            messages.info("session.enrolled", placed.size() - waiting, waiting);
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
        refresh();
    }

    public void cancel(SessionService.Participant participant) {
        sessions.cancelEnrolment(participant.enrolment().getId()).ifPresentOrElse(
                promoted -> messages.info("session.cancelledPromoted"),
                () -> messages.info("session.cancelled"));
        refresh();
    }

    public boolean present(SessionService.Participant participant, LocalDate day) {
        return Boolean.TRUE.equals(participant.enrolment().getAttendance().get(day));
    }

    public void toggleAttendance(SessionService.Participant participant, LocalDate day) {
        try {
            sessions.markAttendance(participant.enrolment().getId(), day, !present(participant, day));
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
        refresh();
    }

    public void proposeGroups() {
        groups = sessions.proposeGroups(id, groupSize);
        proposedGroups = true;
    }

    public void saveGroups() {
        Map<Long, Integer> groupOf = new HashMap<>();
        groups.forEach(g -> g.members().forEach(m -> groupOf.put(m.id(), g.number())));
        sessions.saveGroups(id, groupOf);
        proposedGroups = false;
        messages.info("session.groupsSaved", groups.size());
        refresh();
    }

    /** Moves a participant to another group of the proposal (HR adjusts before saving). */
    public void move(long staffId, int toGroup) {
        List<List<GroupFormation.Participant>> members = new ArrayList<>();
        GroupFormation.Participant moved = null;
        for (GroupFormation.Group group : groups) {
            List<GroupFormation.Participant> list = new ArrayList<>(group.members());
            for (GroupFormation.Participant p : group.members()) {
                if (p.id() == staffId) {
                    moved = p;
                    list.remove(p);
                }
            }
            members.add(list);
        }
        if (moved == null || toGroup < 1 || toGroup > members.size()) {
            return;
        }
        members.get(toGroup - 1).add(moved);
        List<GroupFormation.Group> regrouped = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            regrouped.add(GroupFormation.describe(i + 1, members.get(i)));
        }
        groups = regrouped;
        proposedGroups = true;
    }

    public String nameOf(long staffId) {
        return participants.stream().filter(p -> p.enrolment().getStaffId() == staffId)
                .map(SessionService.Participant::name).findFirst().orElse(String.valueOf(staffId));
    }

    public void openEnrolment() {
        act(() -> sessions.openEnrolment(id), "session.enrolmentOpened");
    }

    public void start() {
        act(() -> sessions.start(id), "session.started");
    }

    public void end() {
        act(() -> sessions.end(id), "session.ended");
    }

    public void cancelSession() {
        act(() -> sessions.cancel(id), "session.cancelledSession");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            messages.info(done);
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
        refresh();
    }

    public void saveTrainerNotes() {
        try {
            reviews.writeTrainerNotes(id, trainerNotes);
            messages.info("session.notesSaved");
        } catch (BusinessException refusal) {
            messages.refused(refusal, "notes");
        }
        refresh();
    }

    public void recordFeedback() {
        try {
            reviews.recordFeedback(id, feedbackSource, theme, observation, quote, suggestedChange);
            messages.info("session.feedbackRecorded");
            theme = null;
            observation = null;
            quote = null;
            suggestedChange = null;
        } catch (BusinessException refusal) {
            messages.refused(refusal, "feedbackForm");
        }
        refresh();
    }

    public void proposeDecision() {
        try {
            reviews.propose(session.getProgram().getId(), decisionTitle, null, decisionKind,
                    Set.copyOf(decisionFeedback));
            messages.info("program.decisionProposed");
            decisionTitle = null;
            decisionFeedback = new ArrayList<>();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "decisionForm");
        }
        refresh();
    }

    public void approve(Decision decision) {
        try {
            reviews.approve(decision.getId(), decision.getVersion());
            messages.info("program.decisionApproved", decision.getTitle());
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
        refresh();
    }

    public void markImplemented() {
        if (implementedDecision == null) {
            return;
        }
        try {
            reviews.implemented(implementedDecision, id);
            messages.info("session.decisionImplemented");
            implementedDecision = null;
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
        refresh();
    }

    /** The decisions a feedback item led to, for the trace column. */
    public List<Decision> decisionsFrom(FeedbackItem item) {
        return decisions.stream().filter(d -> d.getFeedbackIds().contains(item.getId())).toList();
    }

    public List<Decision> getApprovedDecisions() {
        return decisions.stream().filter(d -> d.getStatus().name().equals("APPROVED")).toList();
    }

    public String bandLabel(String band) {
        return band == null ? "?" : messages.text("band." + band);
    }

    public String groupChart(GroupFormation.Group group) {
        var labels = JSON.createArrayBuilder();
        var data = JSON.createArrayBuilder();
        for (String band : org.parcours.survey.entity.ExperienceBand.ALL) {
            labels.add(bandLabel(band));
            data.add(group.bands().getOrDefault(band, 0L));
        }
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets",
                        JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("label", messages.text("session.people")).add("data", data)
                                .add("backgroundColor", "#1d4f91"))))
                .add("options", JSON.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("animation", false).add("plugins", JSON.createObjectBuilder()
                                .add("legend", JSON.createObjectBuilder().add("display", false)))
                        .add("scales", JSON.createObjectBuilder().add("y", JSON
                                .createObjectBuilder().add("beginAtZero", true).add("ticks",
                                        JSON.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    public Locale getLocale() {
        return messages.locale();
    }

    public FeedbackSource[] getFeedbackSources() {
        return FeedbackSource.values();
    }

    public DecisionKind[] getDecisionKinds() {
        return DecisionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public List<SessionService.Participant> getParticipants() {
        return participants;
    }

    public List<GroupFormation.Group> getGroups() {
        return groups;
    }

    public boolean isProposedGroups() {
        return proposedGroups;
    }

    public List<FeedbackItem> getFeedback() {
        return feedback;
    }

    public List<Decision> getDecisions() {
        return decisions;
    }

    public List<Decision> getCarried() {
        return carried;
    }

    public SurveyResults getSatisfaction() {
        return satisfaction;
    }

    public PeoplePicker getToEnrol() {
        return toEnrol;
    }

    public int getGroupSize() {
        return groupSize;
    }

    public void setGroupSize(int groupSize) {
        this.groupSize = groupSize;
    }

    public FeedbackSource getFeedbackSource() {
        return feedbackSource;
    }

    public void setFeedbackSource(FeedbackSource feedbackSource) {
        this.feedbackSource = feedbackSource;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getObservation() {
        return observation;
    }

    public void setObservation(String observation) {
        this.observation = observation;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getSuggestedChange() {
        return suggestedChange;
    }

    public void setSuggestedChange(String suggestedChange) {
        this.suggestedChange = suggestedChange;
    }

    public String getTrainerNotes() {
        return trainerNotes;
    }

    public void setTrainerNotes(String trainerNotes) {
        this.trainerNotes = trainerNotes;
    }

    public String getDecisionTitle() {
        return decisionTitle;
    }

    public void setDecisionTitle(String decisionTitle) {
        this.decisionTitle = decisionTitle;
    }

    public DecisionKind getDecisionKind() {
        return decisionKind;
    }

    public void setDecisionKind(DecisionKind decisionKind) {
        this.decisionKind = decisionKind;
    }

    public List<Long> getDecisionFeedback() {
        return decisionFeedback;
    }

    public void setDecisionFeedback(List<Long> decisionFeedback) {
        this.decisionFeedback = decisionFeedback;
    }

    public Long getImplementedDecision() {
        return implementedDecision;
    }

    public void setImplementedDecision(Long implementedDecision) {
        this.implementedDecision = implementedDecision;
    }
}
