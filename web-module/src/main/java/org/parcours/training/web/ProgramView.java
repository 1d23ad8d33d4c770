package org.parcours.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.parcours.organization.web.PeoplePicker;
import org.parcours.identity.web.CurrentUser;
import org.parcours.organization.boundary.StaffService;
import org.parcours.organization.entity.StaffFilter;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.training.boundary.CommitteeService;
import org.parcours.training.boundary.ProgramService;
import org.parcours.training.boundary.ReviewService;
import org.parcours.training.boundary.SessionService;
import org.parcours.training.control.CommitteeSampling;
import org.parcours.training.control.ProgramReport;
import org.parcours.training.entity.CommitteeMeeting;
import org.parcours.training.entity.CommitteeRole;
import org.parcours.training.entity.Decision;
import org.parcours.training.entity.DecisionKind;
import org.parcours.training.entity.Material;
import org.parcours.training.entity.ProgramModule;
import org.parcours.training.entity.SessionKind;
import org.parcours.training.entity.TrainingProgram;
import org.parcours.training.entity.TrainingSession;
import jakarta.servlet.http.Part;
import org.parcours.platform.web.Uploads;

/**
 * A program's workspace: content and versions, sessions, the steering committee (sample proposal, adjustments and
 * composition), meetings, the needs assessment and experience profiles (HR and the trainer), materials, the
 * committee's decisions, and the program report.
 */
@Named
@ViewScoped
public class ProgramView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A module being edited. */
    public static class ModuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String titleFr;
        private String titleEn;
        private Integer minutes;

        public ModuleRow() {
        }

        ModuleRow(ProgramModule module) {
            this.titleFr = module.getTitleFr();
            this.titleEn = module.getTitleEn();
            this.minutes = module.getDurationMinutes();
        }

        public String getTitleFr() {
            return titleFr;
        }

        public void setTitleFr(String titleFr) {
            this.titleFr = titleFr;
        }

        public String getTitleEn() {
            return titleEn;
        }

        public void setTitleEn(String titleEn) {
            this.titleEn = titleEn;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }
    }

    /** A participant representative chosen for the committee (proposed, or added by HR). */
    public record Representative(long id, String name, String detail) implements Serializable {
    }

    @EJB
    transient ProgramService programs;

    @EJB
    transient SessionService sessions;

    @EJB
    transient CommitteeService committee;

    @EJB
    transient ReviewService reviews;

    @EJB
    transient StaffService staff;

    @Inject
    transient Messages messages;

    @Inject
    transient CurrentUser currentUser;

    private boolean readsProfiles;
    private long programVersionRead;
    private Long id;
    private int sampleSize = 4;
    private String versionNotes;
    private String sessionTitle;
    private SessionKind sessionKind = SessionKind.REGULAR;
    private LocalDate sessionStart;
    private LocalDate sessionEnd;
    private int sessionCapacity = 12;
    private String sessionPlace;
    private String sessionRemoteLink;
    private String sessionTrainer;
    private final PeoplePicker needsPeople = new PeoplePicker();
    private transient Part materialFile;
    private String materialTitle;
    private String decisionTitle;
    private String decisionDescription;
    private DecisionKind decisionKind = DecisionKind.CONTENT;
    private LocalDate meetingDate;
    private String meetingAgenda;
    private String editTitleFr;
    private String editTitleEn;
    private String editObjectives;
    private String editMethod;
    private String editReference;
    private String editAudience;
    private String editReflectionDays;
    private List<ModuleRow> editModules = new ArrayList<>();
    private final PeoplePicker sponsors = new PeoplePicker();
    private String addRepresentative;
    private TrainingProgram program;
    private List<TrainingSession> sessionList;
    private List<CommitteeService.Seat> seats;
    private List<CommitteeMeeting> meetings;
    private List<Decision> decisions;
    private List<Material> materials;
    private List<ProgramService.Profile> profiles;
    private List<Representative> representatives = List.of();
    private List<CommitteeSampling.Comparison> comparison = List.of();
    private Integer population;

    public void load() throws IOException {
        try {
            program = programs.find(id);
        } catch (BusinessException refusal) {
            TrainingRefusals.send(refusal, messages);
            return;
        }
        refresh();
        if (isHr()) {
            startEditing();
            sponsors.replaceWith(seats.stream().filter(s -> s.member().getRole() == CommitteeRole.SPONSOR)
                    .map(s -> s.member().getStaffId() + " " + s.name() + " (" + s.email() + ")").toList());
            representatives = new ArrayList<>(seats.stream()
                    .filter(s -> s.member().getRole() == CommitteeRole.PARTICIPANT_REPRESENTATIVE)
                    .map(s -> new Representative(s.member().getStaffId(), s.name(), s.email())).toList());
        }
    }

    private void refresh() {
        program = programs.find(id);
        sessionList = reviews.sessionsOf(id);
        seats = committee.seats(id);
        meetings = committee.meetings(id);
        decisions = reviews.decisions(id);
        materials = programs.materials(id);
        readsProfiles = programs.readsProfiles(id);
        profiles = readsProfiles ? programs.profiles(id) : List.of();
    }

    private void startEditing() {
        programVersionRead = program.getVersion();
        editTitleFr = program.getTitleFr();
        editTitleEn = program.getTitleEn();
        editObjectives = program.getObjectives();
        editMethod = program.getMethod();
        editReference = program.getReferenceMaterial();
        editAudience = program.getTargetAudience();
        editReflectionDays = program.getReflectionDays();
        editModules = new ArrayList<>(program.getModules().stream().map(ModuleRow::new).toList());
    }

    public boolean isHr() {
        return currentUser.hasRole("HR_ADMIN");
    }

    public boolean isReadsProfiles() {
        return readsProfiles;
    }

    // --- content ------------------------------------------------------------------------------------

    public void addModule() {
        editModules.add(new ModuleRow());
    }

    public void removeModule(ModuleRow row) {
        editModules.remove(row);
    }

    public void saveProgram() {
        try {
            List<ProgramModule> modules = new ArrayList<>();
            for (ModuleRow row : editModules) {
                boolean empty = (row.getTitleFr() == null || row.getTitleFr().isBlank()) && row.getMinutes() == null;
                if (!empty) {
                    modules.add(new ProgramModule(row.getTitleFr() == null ? null : row.getTitleFr().strip(),
                            row.getTitleEn() == null || row.getTitleEn().isBlank() ? row.getTitleFr()
                                    : row.getTitleEn().strip(), row.getMinutes() == null ? 0 : row.getMinutes()));
                }
            }
            programs.update(id, programVersionRead, editTitleFr, editTitleEn, editObjectives, editMethod,
                    editReference, editAudience, editReflectionDays, modules);
            messages.info("program.saved");
            refresh();
            startEditing();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "programForm");
        }
    }

    public void publishVersion() {
        try {
            int version = programs.publishVersion(id, versionNotes);
            messages.info("program.versionPublished", version);
            versionNotes = null;
        } catch (BusinessException refusal) {
            messages.refused(refusal, "version");
        }
        refresh();
        startEditing();
    }

    // --- sessions -----------------------------------------------------------------------------------

    public void planSession() {
        try {
            TrainingSession session = sessions.plan(id, sessionTitle, sessionKind, sessionStart, sessionEnd,
                    sessionCapacity, sessionPlace, sessionRemoteLink, idOf(sessionTrainer));
            messages.info("program.sessionPlanned", session.getTitle());
            sessionTitle = null;
            sessionTrainer = null;
            sessionRemoteLink = null;
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "sessionForm");
        }
    }

    // --- committee ----------------------------------------------------------------------------------

    public void proposeSample() {
        try {
            CommitteeService.SampleProposal proposal = committee.proposeSample(id, sampleSize);
            representatives = new ArrayList<>(proposal.sample().stream().map(p -> new Representative(p.id(),
                    p.name(), p.unitCode())).toList());
            comparison = proposal.comparison();
            population = proposal.population();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "sample");
        }
    }

    public void removeRepresentative(Representative representative) {
        representatives = new ArrayList<>(representatives);
        representatives.remove(representative);
        compare();
    }

    public void addRepresentativeFromSearch() {
        Long staffId = idOf(addRepresentative);
        if (staffId != null && representatives.stream().noneMatch(r -> r.id() == staffId)) {
            representatives = new ArrayList<>(representatives);
            String label = addRepresentative.split(" ", 2)[1];
            representatives.add(new Representative(staffId, label.replaceAll("\\s*\\(.*\\)$", ""), null));
            compare();
        }
        addRepresentative = null;
    }

    private void compare() {
        comparison = committee.compare(id, representatives.stream().map(Representative::id).toList());
    }

    public void confirmCommittee() {
        try {
            List<Long> sponsorIds = sponsors.staffIds();
            committee.confirm(id, sponsorIds, representatives.stream().map(Representative::id).toList());
            messages.info("program.committeeConfirmed");
            comparison = List.of();
            population = null;
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "sample");
        }
    }

    /** The staff id at the start of an autocomplete label "123 Name (email)". */
    static Long idOf(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(label.strip().split(" ", 2)[0]);
        } catch (NumberFormatException notAnId) {
            throw BusinessException.invalid(null, "training.chooseFromList");
        }
    }

    public void sendNeedsAssessment() {
        try {
            List<Long> ids = needsPeople.staffIds();
            programs.sendNeedsAssessment(id, ids, 14);
            messages.info("program.needsSent", ids.size());
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "needsForm");
        }
    }

    // --- materials ----------------------------------------------------------------------------------

    public void uploadMaterial() {
        if (!Uploads.chosen(materialFile)) {
            messages.error("import.noFile");
            return;
        }
        try {
            programs.addMaterial(id, materialTitle, Uploads.name(materialFile), materialFile.getContentType(),
                    Uploads.bytes(materialFile));
            messages.info("program.materialAdded", Uploads.name(materialFile));
            materialTitle = null;
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "materials");
        }
    }

    public void download(Material material) throws IOException {
        Faces.sendFile(programs.materialContent(material.getId()), material.getFileName(), true);
    }

    // --- decisions, meetings, report ------------------------------------------------------------------

    public void proposeDecision() {
        try {
            reviews.propose(id, decisionTitle, decisionDescription, decisionKind, Set.of());
            messages.info("program.decisionProposed");
            decisionTitle = null;
            decisionDescription = null;
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "decisionForm");
        }
    }

    public void approve(Decision decision) {
        decide(decision, true);
    }

    public void reject(Decision decision) {
        decide(decision, false);
    }

    private void decide(Decision decision, boolean approve) {
        try {
            if (approve) {
                reviews.approve(decision.getId(), decision.getVersion());
            } else {
                reviews.reject(decision.getId(), decision.getVersion());
            }
            messages.info(approve ? "program.decisionApproved" : "program.decisionRejected", decision.getTitle());
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
        refresh();
    }

    public void planMeeting() {
        try {
            committee.planMeeting(id, meetingDate, meetingAgenda);
            messages.info("program.meetingPlanned");
            meetingAgenda = null;
            meetingDate = null;
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "meetingForm");
        }
    }

    public void saveMinutes(CommitteeMeeting meeting) {
        try {
            committee.recordMinutes(meeting.getId(), meeting.getVersion(), meeting.getMinutes());
            messages.info("program.minutesSaved");
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
        meetings = committee.meetings(id);
    }

    public void reportXlsx() throws IOException {
        report(ProgramReport.Format.XLSX);
    }

    public void reportPdf() throws IOException {
        report(ProgramReport.Format.PDF);
    }

    private void report(ProgramReport.Format format) throws IOException {
        String name = "program-" + program.getCode() + "." + format.name().toLowerCase(java.util.Locale.ROOT);
        Faces.sendFile(name, true, out -> reviews.report(id, format, messages.locale(), out));
    }

    public String sessionTitle(Long sessionId) {
        if (sessionId == null || sessionList == null) {
            return "";
        }
        return sessionList.stream().filter(s -> s.getId().equals(sessionId)).map(TrainingSession::getTitle)
                .findFirst().orElse(String.valueOf(sessionId));
    }

    public String person(Long staffId) {
        return seats.stream().filter(s -> s.member().getStaffId().equals(staffId)).map(CommitteeService.Seat::name)
                .findFirst().orElse(String.valueOf(staffId));
    }

    public SessionKind[] getSessionKinds() {
        return SessionKind.values();
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

    public int getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    public String getVersionNotes() {
        return versionNotes;
    }

    public void setVersionNotes(String versionNotes) {
        this.versionNotes = versionNotes;
    }

    public String getSessionTitle() {
        return sessionTitle;
    }

    public void setSessionTitle(String sessionTitle) {
        this.sessionTitle = sessionTitle;
    }

    public SessionKind getSessionKind() {
        return sessionKind;
    }

    public void setSessionKind(SessionKind sessionKind) {
        this.sessionKind = sessionKind;
    }

    public LocalDate getSessionStart() {
        return sessionStart;
    }

    public void setSessionStart(LocalDate sessionStart) {
        this.sessionStart = sessionStart;
    }

    public LocalDate getSessionEnd() {
        return sessionEnd;
    }

    public void setSessionEnd(LocalDate sessionEnd) {
        this.sessionEnd = sessionEnd;
    }

    public int getSessionCapacity() {
        return sessionCapacity;
    }

    public void setSessionCapacity(int sessionCapacity) {
        this.sessionCapacity = sessionCapacity;
    }

    public String getSessionPlace() {
        return sessionPlace;
    }

    public void setSessionPlace(String sessionPlace) {
        this.sessionPlace = sessionPlace;
    }

    public String getSessionRemoteLink() {
        return sessionRemoteLink;
    }

    public void setSessionRemoteLink(String sessionRemoteLink) {
        this.sessionRemoteLink = sessionRemoteLink;
    }

    public String getSessionTrainer() {
        return sessionTrainer;
    }

    public void setSessionTrainer(String sessionTrainer) {
        this.sessionTrainer = sessionTrainer;
    }

    public PeoplePicker getNeedsPeople() {
        return needsPeople;
    }

    public Part getMaterialFile() {
        return materialFile;
    }

    public void setMaterialFile(Part materialFile) {
        this.materialFile = materialFile;
    }

    public String getMaterialTitle() {
        return materialTitle;
    }

    public void setMaterialTitle(String materialTitle) {
        this.materialTitle = materialTitle;
    }

    public String getDecisionTitle() {
        return decisionTitle;
    }

    public void setDecisionTitle(String decisionTitle) {
        this.decisionTitle = decisionTitle;
    }

    public String getDecisionDescription() {
        return decisionDescription;
    }

    public void setDecisionDescription(String decisionDescription) {
        this.decisionDescription = decisionDescription;
    }

    public DecisionKind getDecisionKind() {
        return decisionKind;
    }

    public void setDecisionKind(DecisionKind decisionKind) {
        this.decisionKind = decisionKind;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMeetingAgenda() {
        return meetingAgenda;
    }

    public void setMeetingAgenda(String meetingAgenda) {
        this.meetingAgenda = meetingAgenda;
    }

    public String getEditTitleFr() {
        return editTitleFr;
    }

    public void setEditTitleFr(String editTitleFr) {
        this.editTitleFr = editTitleFr;
    }

    public String getEditTitleEn() {
        return editTitleEn;
    }

    public void setEditTitleEn(String editTitleEn) {
        this.editTitleEn = editTitleEn;
    }

    public String getEditObjectives() {
        return editObjectives;
    }

    public void setEditObjectives(String editObjectives) {
        this.editObjectives = editObjectives;
    }

    public String getEditMethod() {
        return editMethod;
    }

    public void setEditMethod(String editMethod) {
        this.editMethod = editMethod;
    }

    public String getEditReference() {
        return editReference;
    }

    public void setEditReference(String editReference) {
        this.editReference = editReference;
    }

    public String getEditAudience() {
        return editAudience;
    }

    public void setEditAudience(String editAudience) {
        this.editAudience = editAudience;
    }

    public String getEditReflectionDays() {
        return editReflectionDays;
    }

    public void setEditReflectionDays(String editReflectionDays) {
        this.editReflectionDays = editReflectionDays;
    }

    public List<ModuleRow> getEditModules() {
        return editModules;
    }

    public void setEditModules(List<ModuleRow> editModules) {
        this.editModules = editModules;
    }

    public PeoplePicker getSponsors() {
        return sponsors;
    }

    public String getAddRepresentative() {
        return addRepresentative;
    }

    public void setAddRepresentative(String addRepresentative) {
        this.addRepresentative = addRepresentative;
    }

    public TrainingProgram getProgram() {
        return program;
    }

    public List<TrainingSession> getSessionList() {
        return sessionList;
    }

    public List<CommitteeService.Seat> getSeats() {
        return seats;
    }

    public List<CommitteeMeeting> getMeetings() {
        return meetings;
    }

    public List<Decision> getDecisions() {
        return decisions;
    }

    public List<Material> getMaterials() {
        return materials;
    }

    public List<ProgramService.Profile> getProfiles() {
        return profiles;
    }

    public List<Representative> getRepresentatives() {
        return representatives;
    }

    public List<CommitteeSampling.Comparison> getComparison() {
        return comparison;
    }

    public Integer getPopulation() {
        return population;
    }
}
