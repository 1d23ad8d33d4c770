package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.identity.boundary.AccountService;
import org.parcours.identity.entity.Account;
import org.parcours.identity.entity.Role;
import org.parcours.mail.control.MailDispatcher;
import org.parcours.mail.entity.OutboxMail;
import org.parcours.organization.control.StaffDirectory;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.control.ParcoursConfig;
import org.parcours.survey.boundary.ResponseService;
import org.parcours.survey.boundary.SubmitOutcome;
import org.parcours.survey.boundary.SurveyResults;
import org.parcours.survey.control.SurveyLifecycle;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.AnswerSet.Value;
import org.parcours.survey.entity.ExperienceBand;
import org.parcours.survey.entity.Invitation;
import org.parcours.survey.entity.ResultsSharing;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyStatus;
import org.parcours.training.boundary.CommitteeService;
import org.parcours.training.boundary.JournalService;
import org.parcours.training.boundary.ProgramService;
import org.parcours.training.boundary.ReviewService;
import org.parcours.training.boundary.SessionService;
import org.parcours.training.control.CommitteeSampling;
import org.parcours.training.control.GroupFormation;
import org.parcours.training.control.ProgramReport;
import org.parcours.training.control.TrainingTimers;
import org.parcours.training.entity.CommitteeMember;
import org.parcours.training.entity.CommitteeRole;
import org.parcours.training.entity.Decision;
import org.parcours.training.entity.DecisionKind;
import org.parcours.training.entity.DecisionStatus;
import org.parcours.training.entity.Enrolment;
import org.parcours.training.entity.EnrolmentStatus;
import org.parcours.training.entity.FeedbackItem;
import org.parcours.training.entity.FeedbackSource;
import org.parcours.training.entity.JournalEntry;
import org.parcours.training.entity.JournalSharing;
import org.parcours.training.entity.Material;
import org.parcours.training.entity.ReflectionPrompt;
import org.parcours.training.entity.SessionKind;
import org.parcours.training.entity.SessionStatus;
import org.parcours.training.entity.TrainingProgram;
import org.parcours.training.entity.TrainingSession;

/**
 * The training area in the server: enrolment within capacity with a waiting list promoted automatically and mails
 * to participants and managers (real SMTP); experience profiles from the needs assessment, seen by HR and the
 * trainer only; mixed groups on a generated population; the committee sample against the population; committee
 * scoping; the satisfaction survey sent when a session ends, with reminders and reflection prompts; decision
 * traceability both ways; journal privacy; the materials library; the program report; the API; the demo program.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.parcours(TrainingIT.class);
    }

    @ArquillianResource
    URL base;

    @EJB
    ProgramService programs;

    @EJB
    SessionService sessions;

    @EJB
    CommitteeService committee;

    @EJB
    ReviewService reviews;

    @EJB
    JournalService journal;

    @EJB
    TrainingTimers timers;

    @EJB
    ResponseService responses;

    @EJB
    SurveyLifecycle lifecycle;

    @EJB
    MailDispatcher dispatcher;

    @EJB
    AccountService accounts;

    @EJB
    RunAs.HrAdmin asHr;

    @EJB
    RunAs.Staff asStaff;

    @EJB
    RunAs.Manager asManager;

    @EJB
    RunAs.CommitteeMember asCommittee;

    @Inject
    ParcoursConfig config;

    @Inject
    org.parcours.training.control.TrainingTasks trainingTasks;

    @EJB
    org.parcours.survey.boundary.ResultsService surveyResults;

    @PersistenceContext
    EntityManager em;

    private final LocalDate today = LocalDate.now();

    // --- helpers ------------------------------------------------------------------------------------------

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private TrainingProgram program(String run) throws Exception {
        return asHr.call(() -> programs.create("T-" + run, "Accompagnement " + run, "Coaching " + run,
                "Une pratique commune", "ADVP", "Guide de l'entretien", "Chargés de développement RH"));
    }

    private TrainingSession plan(TrainingProgram program, String title, SessionKind kind, LocalDate start,
            LocalDate end, int capacity, Long trainer) throws Exception {
        return asHr.call(() -> sessions.plan(program.getId(), title, kind, start, end, capacity, "Siège", null,
                trainer));
    }

    private void hr(Callable<?> work) throws Exception {
        asHr.call(work);
    }

    private Long staffIdOf(String username) {
        return em.createQuery("select a.staffMember.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    private StaffMember staffMember(long id) {
        em.clear();
        return em.find(StaffMember.class, id);
    }

    /**
     * Active staff without an account, in a random but reproducible order: a generated population drawn from the
     * institution (the demo accounts are left alone, so that no test changes what another expects of them).
     */
    private List<StaffMember> population(long seed, int size) {
        List<StaffMember> all = new ArrayList<>(em.createQuery("select s from StaffMember s join fetch s.unit"
                + " where s.active = true and s.hireDate is not null and s.id not in (select a.staffMember.id"
                + " from Account a where a.staffMember is not null) order by s.id", StaffMember.class)
                .getResultList());
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(size, all.size()));
    }

    /** The first {@code count} candidates with a manager, each with a manager of their own. */
    private static List<StaffMember> withDistinctManagers(List<StaffMember> candidates, int count) {
        List<StaffMember> people = new ArrayList<>();
        Set<Long> managers = new HashSet<>();
        for (StaffMember s : candidates) {
            if (people.size() < count && s.getManager() != null && managers.add(s.getManager().getId())) {
                people.add(s);
            }
        }
        return people;
    }

    private static List<Long> ids(List<StaffMember> people) {
        return people.stream().map(StaffMember::getId).toList();
    }

    private Map<Long, Enrolment> enrolments(long sessionId) {
        em.clear();
        return em.createQuery("select e from Enrolment e where e.session.id = :s", Enrolment.class)
                .setParameter("s", sessionId).getResultList().stream()
                .collect(Collectors.toMap(Enrolment::getStaffId, Function.identity()));
    }

    private List<OutboxMail> outbox(long sessionId) {
        em.clear();
        return em.createQuery("select m from OutboxMail m where m.reference = :r order by m.id", OutboxMail.class)
                .setParameter("r", "session:" + sessionId).getResultList();
    }

    private static List<String> kindsFor(List<OutboxMail> mails, String recipient) {
        return mails.stream().filter(m -> m.getRecipient().equalsIgnoreCase(recipient)).map(OutboxMail::getKind)
                .toList();
    }

    private static List<String> subjects(String address) {
        return Mailbox.to(address).stream().map(message -> {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                return "";
            }
        }).toList();
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            return "";
        }
    }

    private void confirmCommittee(long programId, List<Long> sponsors, List<Long> representatives) throws Exception {
        hr(() -> {
            committee.confirm(programId, sponsors, representatives);
            return null;
        });
    }

    private static BusinessException.Kind kindOf(Throwable thrown) {
        return ((BusinessException) thrown).getKind();
    }

    // --- enrolment, capacity, waiting list, mails -------------------------------------------------------------

    @Test
    void enrolmentFillsThePlacesThenAWaitingListWhoseFirstTakesAFreedPlaceAndEveryoneIsToldByMail()
            throws Exception {
        Mailbox.start();
        String run = run();
        TrainingProgram program = program(run);
        TrainingSession session = plan(program, "Pilote " + run, SessionKind.PILOT, today.plusDays(20),
                today.plusDays(21), 2, null);
        hr(() -> {
            sessions.openEnrolment(session.getId());
            return null;
        });
        List<StaffMember> people = withDistinctManagers(em.createQuery("select s from StaffMember s"
                + " where s.active = true and s.manager is not null"
                + " and s.id not in (select t.manager.id from StaffMember t where t.manager is not null)"
                + " order by s.id desc", StaffMember.class).setMaxResults(200).getResultList(), 4);
        StaffMember first = people.get(0);
        StaffMember second = people.get(1);
        StaffMember third = people.get(2);
        StaffMember fourth = people.get(3);

        List<Enrolment> invitations = asHr.call(() -> sessions.invite(session.getId(), List.of(fourth.getId())));
        assertThat(invitations).singleElement().satisfies(e -> assertThat(e.getStatus())
                .isEqualTo(EnrolmentStatus.INVITED));

        List<Enrolment> created = asHr.call(() -> sessions.enrol(session.getId(), ids(List.of(first, second, third))));

        assertThat(created).hasSize(3);
        Map<Long, Enrolment> placed = enrolments(session.getId());
        assertThat(placed.get(first.getId()).getStatus()).isEqualTo(EnrolmentStatus.REGISTERED);
        assertThat(placed.get(second.getId()).getStatus()).isEqualTo(EnrolmentStatus.REGISTERED);
        assertThat(placed.get(third.getId()).getStatus()).as("capacity 2").isEqualTo(EnrolmentStatus.WAITING);
        assertThat(placed.get(fourth.getId()).getStatus()).as("an invitation takes no place")
                .isEqualTo(EnrolmentStatus.INVITED);
        List<OutboxMail> mails = outbox(session.getId());
        assertThat(kindsFor(mails, first.getEmail())).containsExactly("training.registered");
        assertThat(kindsFor(mails, third.getEmail())).containsExactly("training.waiting");
        assertThat(kindsFor(mails, first.getManager().getEmail())).containsExactly("training.managerInformed");
        assertThat(kindsFor(mails, third.getManager().getEmail())).as("no place yet, the manager waits too")
                .isEmpty();
        assertThat(kindsFor(mails, fourth.getEmail())).containsExactly("training.invited");
        assertThat(kindsFor(mails, fourth.getManager().getEmail())).isEmpty();
        assertThat(asHr.call(() -> sessions.enrol(session.getId(), List.of(first.getId())))).as("already enrolled")
                .isEmpty();

        dispatcher.deliverDue(Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(subjects(first.getEmail())).anyMatch(s -> s.contains("Pilote " + run));
            assertThat(subjects(third.getEmail())).anyMatch(s -> s.contains("Pilote " + run));
            assertThat(subjects(first.getManager().getEmail())).anyMatch(s -> s.contains("Pilote " + run));
        });

        Optional<Enrolment> promoted = asHr.call(() -> sessions.cancelEnrolment(
                placed.get(first.getId()).getId()));

        assertThat(promoted).map(Enrolment::getStaffId).contains(third.getId());
        Map<Long, Enrolment> after = enrolments(session.getId());
        assertThat(after.get(first.getId()).getStatus()).isEqualTo(EnrolmentStatus.CANCELLED);
        assertThat(after.get(third.getId()).getStatus()).isEqualTo(EnrolmentStatus.REGISTERED);
        mails = outbox(session.getId());
        assertThat(kindsFor(mails, third.getEmail())).containsExactly("training.waiting", "training.promoted");
        assertThat(kindsFor(mails, third.getManager().getEmail())).containsExactly("training.managerInformed");
        assertThat(kindsFor(mails, first.getEmail())).containsExactly("training.registered", "training.unenrolled");
        assertThat(kindsFor(mails, first.getManager().getEmail())).as("the time is no longer booked")
                .containsExactly("training.managerInformed", "training.managerUnenrolled");
        assertThat(asHr.call(() -> sessions.cancelEnrolment(placed.get(first.getId()).getId()))).isEmpty();
        assertThat(kindsFor(outbox(session.getId()), first.getEmail())).as("cancelling twice tells once")
                .hasSize(2);

        hr(() -> sessions.enrol(session.getId(), List.of(fourth.getId())));
        assertThat(enrolments(session.getId()).get(fourth.getId()).getStatus()).isEqualTo(EnrolmentStatus.WAITING);
        List<Enrolment> moreRoom = asHr.call(() -> sessions.changeCapacity(session.getId(), 3));
        assertThat(moreRoom).extracting(Enrolment::getStaffId).containsExactly(fourth.getId());
        assertThat(enrolments(session.getId()).get(fourth.getId()).getStatus())
                .isEqualTo(EnrolmentStatus.REGISTERED);
        assertThat(kindsFor(outbox(session.getId()), fourth.getEmail())).containsExactly("training.invited",
                "training.waiting", "training.promoted");

        assertThatThrownBy(() -> asHr.call(() -> sessions.changeCapacity(session.getId(), 2)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.session.belowRegistered");
        assertThatThrownBy(() -> asStaff.call(() -> sessions.enrol(session.getId(), List.of(first.getId()))))
                .isInstanceOf(EJBAccessException.class);
        hr(() -> {
            sessions.start(session.getId());
            return null;
        });
        assertThatThrownBy(() -> asHr.call(() -> sessions.enrol(session.getId(), List.of(first.getId()))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.enrolment.closed");
        em.clear();
        assertThat(em.find(TrainingSession.class, session.getId()).getProgramVersion()).isEqualTo(1);
    }

    @Test
    void anInviteeRepliesOnceEnrolmentIsOpenTakingAPlaceOrTheWaitingListOrDeclining() throws Exception {
        String run = run();
        TrainingProgram program = program(run);
        TrainingSession session = plan(program, "Invitation " + run, SessionKind.REGULAR, today.plusDays(30),
                today.plusDays(31), 1, null);
        Long camille = staffIdOf("staff");
        Long olivier = staffIdOf("manager");
        Long nadia = staffIdOf("hr");
        hr(() -> sessions.invite(session.getId(), List.of(camille, olivier, nadia)));

        assertThatThrownBy(() -> asStaff.call(() -> sessions.reply(session.getId(), true)))
                .as("enrolment not open yet").isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.invitation.notOpen");
        assertThat(trainingTasks.tasksFor("staff", camille, Set.of()))
                .noneMatch(t -> t.messageKey().equals("task.training.invitation"));

        hr(() -> {
            sessions.openEnrolment(session.getId());
            return null;
        });
        assertThat(outbox(session.getId())).filteredOn(m -> m.getKind().equals("training.enrolmentOpen"))
                .as("each invitee is told they can reply").hasSize(3)
                .allSatisfy(m -> assertThat(m.getBodyText()).contains("/training/invitation.xhtml?session="
                        + session.getId()));
        assertThat(trainingTasks.tasksFor("staff", camille, Set.of()))
                .filteredOn(t -> t.messageKey().equals("task.training.invitation")).singleElement()
                .satisfies(t -> assertThat(t.link()).isEqualTo("/training/invitation.xhtml?session=" + session.getId()));
        assertThat(asStaff.call(() -> sessions.myInvitations())).extracting(e -> e.getSession().getId())
                .contains(session.getId());

        assertThat(asStaff.call(() -> sessions.reply(session.getId(), true)).getStatus())
                .isEqualTo(EnrolmentStatus.REGISTERED);
        assertThat(asManager.call(() -> sessions.reply(session.getId(), true)).getStatus()).as("one place only")
                .isEqualTo(EnrolmentStatus.WAITING);
        String reply = base + "api/training/programs/" + program.getId() + "/sessions/" + session.getId() + "/reply";
        HttpResponse<String> noAnswer = Http.post(reply, Http.basic("hr", "demo"), "{}");
        assertThat(noAnswer.statusCode()).isEqualTo(400);
        assertThat(noAnswer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(Http.post(reply, Http.basic("committee", "demo"), "{\"accept\":true}").statusCode())
                .as("not invited").isEqualTo(404);
        HttpResponse<String> declined = Http.post(reply, Http.basic("hr", "demo"), "{\"accept\":false}");
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(declined.body()).contains("\"status\":\"CANCELLED\"");

        Map<Long, Enrolment> placed = enrolments(session.getId());
        assertThat(placed.get(camille).getStatus()).isEqualTo(EnrolmentStatus.REGISTERED);
        assertThat(placed.get(olivier).getStatus()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(placed.get(nadia).getStatus()).isEqualTo(EnrolmentStatus.CANCELLED);
        List<OutboxMail> mails = outbox(session.getId());
        String camilleMail = em.find(StaffMember.class, camille).getEmail();
        assertThat(kindsFor(mails, camilleMail)).containsExactly("training.invited", "training.enrolmentOpen",
                "training.registered");
        assertThatThrownBy(() -> asStaff.call(() -> sessions.reply(session.getId(), false)))
                .as("a reply is given once").isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.invitation.answered");
        assertThatThrownBy(() -> asCommittee.call(() -> sessions.reply(session.getId(), true)))
                .as("not invited").isInstanceOf(BusinessException.class).hasMessageContaining("error.notFound");
        assertThat(asStaff.call(() -> sessions.myInvitations())).extracting(e -> e.getSession().getId())
                .doesNotContain(session.getId());
        assertThat(trainingTasks.tasksFor("staff", camille, Set.of()))
                .noneMatch(t -> t.messageKey().equals("task.training.invitation"));
    }

    @Test
    void cancellingASessionTellsEveryoneConcernedAndTheManagersOfThoseWithAPlace() throws Exception {
        String run = run();
        TrainingProgram program = program(run);
        TrainingSession session = plan(program, "Annulée " + run, SessionKind.REGULAR, today.plusDays(20),
                today.plusDays(21), 1, null);
        hr(() -> {
            sessions.openEnrolment(session.getId());
            return null;
        });
        List<StaffMember> people = withDistinctManagers(population(run.hashCode(), 40), 3);
        hr(() -> sessions.enrol(session.getId(), ids(people.subList(0, 2))));
        hr(() -> sessions.invite(session.getId(), List.of(people.get(2).getId())));

        assertThatThrownBy(() -> asStaff.call(() -> {
            sessions.cancel(session.getId());
            return null;
        })).isInstanceOf(EJBAccessException.class);
        hr(() -> {
            sessions.cancel(session.getId());
            return null;
        });

        em.clear();
        assertThat(em.find(TrainingSession.class, session.getId()).getStatus()).isEqualTo(SessionStatus.CANCELLED);
        List<OutboxMail> mails = outbox(session.getId());
        assertThat(kindsFor(mails, people.get(0).getEmail())).containsExactly("training.registered",
                "training.cancelled");
        assertThat(kindsFor(mails, people.get(1).getEmail())).containsExactly("training.waiting", "training.cancelled");
        assertThat(kindsFor(mails, people.get(2).getEmail())).containsExactly("training.invited", "training.cancelled");
        assertThat(kindsFor(mails, people.get(0).getManager().getEmail())).containsExactly(
                "training.managerInformed", "training.managerCancelled");
        assertThat(kindsFor(mails, people.get(1).getManager().getEmail())).as("no place, nothing booked").isEmpty();
        assertThat(mails).filteredOn(m -> m.getKind().equals("training.cancelled")).first()
                .satisfies(m -> assertThat(m.getSubject()).contains("Annulée " + run));
    }

    @Test
    void attendanceIsTakenPerDayForRegisteredParticipantsOnly() throws Exception {
        String run = run();
        TrainingProgram program = program(run);
        TrainingSession session = plan(program, "Présence " + run, SessionKind.REGULAR, today.minusDays(2),
                today.minusDays(1), 1, null);
        List<StaffMember> people = population(run.hashCode(), 2);
        hr(() -> sessions.enrol(session.getId(), ids(people)));
        Map<Long, Enrolment> placed = enrolments(session.getId());
        Enrolment registered = placed.get(people.get(0).getId());
        Enrolment waiting = placed.get(people.get(1).getId());

        hr(() -> {
            sessions.markAttendance(registered.getId(), today.minusDays(2), true);
            sessions.markAttendance(registered.getId(), today.minusDays(1), false);
            return null;
        });

        assertThat(enrolments(session.getId()).get(people.get(0).getId()).getAttendance())
                .containsEntry(today.minusDays(2), true).containsEntry(today.minusDays(1), false);
        assertThatThrownBy(() -> asHr.call(() -> {
            sessions.markAttendance(registered.getId(), today, true);
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("training.attendance.notASessionDay");
        assertThatThrownBy(() -> asHr.call(() -> {
            sessions.markAttendance(waiting.getId(), today.minusDays(1), true);
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("training.attendance.notRegistered");
    }

    // --- needs assessment and experience profiles -------------------------------------------------------

    @Test
    void needsAssessmentAnswersFillExperienceProfilesThatOnlyHrAndTheTrainerSee() throws Exception {
        String run = run();
        TrainingProgram program = program(run);
        Long camille = staffIdOf("staff");
        Long laura = staffIdOf("committee");
        StaffMember other = population(run.hashCode(), 5).stream()
                .filter(s -> !s.getId().equals(camille) && !s.getId().equals(laura)).findFirst().orElseThrow();
        Survey needs = asHr.call(() -> programs.sendNeedsAssessment(program.getId(), List.of(camille, other.getId()),
                14));
        em.clear();
        assertThat(em.find(TrainingProgram.class, program.getId()).getNeedsSurveyId()).isEqualTo(needs.getId());
        assertThat(em.find(Survey.class, needs.getId()).getAccessMode()).isEqualTo(AccessMode.LINK_IDENTIFIED);
        assertThat(em.find(Survey.class, needs.getId()).getResultsSharing()).as("identified answers stay with HR")
                .isEqualTo(ResultsSharing.HR_ONLY);
        assertThatThrownBy(() -> asHr.call(() -> programs.sendNeedsAssessment(program.getId(), List.of(camille), 14)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.needs.alreadySent");

        Map<Long, String> tokens = em.createQuery("select i from Invitation i where i.survey.id = :s",
                Invitation.class).setParameter("s", needs.getId()).getResultList().stream()
                .collect(Collectors.toMap(Invitation::getStaffId, Invitation::getToken));
        assertThat(responses.submit(tokens.get(camille), needsAnswers("gt10", 12, "k4"), "fr").result())
                .isEqualTo(SubmitOutcome.Result.RECORDED);
        assertThat(responses.submit(tokens.get(other.getId()), needsAnswers("lt2", 1, "k1"), "fr").result())
                .isEqualTo(SubmitOutcome.Result.RECORDED);

        List<ProgramService.Profile> seenByHr = asHr.call(() -> programs.profiles(program.getId()));
        assertThat(seenByHr).hasSize(2);
        ProgramService.Profile camilles = seenByHr.stream().filter(p -> p.profile().getStaffId().equals(camille))
                .findFirst().orElseThrow();
        assertThat(camilles.profile().getExperienceBand()).isEqualTo("gt10");
        assertThat(camilles.profile().getYearsInRole()).isEqualTo(12);
        assertThat(camilles.profile().getSelfRatedKnowledge()).isEqualTo(4);
        assertThat(camilles.name()).isEqualTo(staffMember(camille).getFullName());

        confirmCommittee(program.getId(), List.of(laura), List.of());
        assertThatThrownBy(() -> asCommittee.call(() -> surveyResults.survey(needs.getId())))
                .as("the committee does not read the needs assessment").isInstanceOf(BusinessException.class)
                .hasMessageContaining("error.notFound");
        assertThatThrownBy(() -> asHr.call(() -> {
            surveyResults.share(needs.getId(), ResultsSharing.COMMITTEE);
            return null;
        })).as("nor can HR share it with the committee").isInstanceOf(BusinessException.class)
                .hasMessageContaining("survey.sharing.noProgram");
        em.clear();
        assertThat(em.find(Survey.class, needs.getId()).getResultsSharing()).isEqualTo(ResultsSharing.HR_ONLY);
        assertThatThrownBy(() -> asCommittee.call(() -> programs.profiles(program.getId())))
                .as("the committee does not see profiles").isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.profiles.hrAndTrainer");
        assertThatThrownBy(() -> asStaff.call(() -> programs.profiles(program.getId())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.profiles.hrAndTrainer");

        TrainingSession trained = plan(program, "Session " + run, SessionKind.PILOT, today.plusDays(5),
                today.plusDays(6), 10, laura);
        hr(() -> sessions.enrol(trained.getId(), List.of(camille)));
        List<ProgramService.Profile> seenByTrainer = asCommittee.call(() -> programs.profiles(program.getId()));
        assertThat(seenByTrainer).as("the trainer sees their participants' profiles only")
                .extracting(p -> p.profile().getStaffId()).containsExactly(camille);
        assertThat(asHr.call(() -> sessions.participants(trained.getId()))).singleElement()
                .satisfies(p -> assertThat(p.band()).as("groups use the answered band").isEqualTo("gt10"));
    }

    private static AnswerSet needsAnswers(String band, int years, String knowledge) {
        Map<String, Value> values = new HashMap<>();
        values.put("band", Value.choice(band));
        values.put("years", Value.number(years));
        values.put("trained", Value.choice("no"));
        values.put("knowledge", Value.choice(knowledge));
        values.put("topics", Value.choice("interview", "tools"));
        return new AnswerSet(values);
    }

    // --- mixed groups -----------------------------------------------------------------------------------------

    @Test
    void groupsProposedForAGeneratedPopulationMixExperienceBandsAndStayTheSameUntilHrMovesSomeone()
            throws Exception {
        String run = run();
        TrainingProgram program = program(run);
        TrainingSession session = plan(program, "Groupes " + run, SessionKind.REGULAR, today.plusDays(10),
                today.plusDays(11), 60, null);
        List<StaffMember> people = population(run.hashCode(), 27);
        hr(() -> sessions.enrol(session.getId(), ids(people)));
        List<GroupFormation.Participant> enrolled = asHr.call(() -> sessions.participants(session.getId())).stream()
                .map(p -> new GroupFormation.Participant(p.enrolment().getStaffId(), p.band(), p.region(), p.unit()))
                .toList();

        for (int size : new int[] {4, 6, 9}) {
            List<GroupFormation.Group> groups = asHr.call(() -> sessions.proposeGroups(session.getId(), size));

            assertThat(groups).hasSize((int) Math.ceil(27 / (double) size));
            assertThat(groups.stream().flatMap(g -> g.members().stream()).map(GroupFormation.Participant::id))
                    .containsExactlyInAnyOrderElementsOf(ids(people));
            long largestBand = enrolled.stream().collect(Collectors.groupingBy(GroupFormation.Participant::band,
                    Collectors.counting())).values().stream().mapToLong(Long::longValue).max().orElseThrow();
            boolean populationAllows = 27 - largestBand >= groups.size();
            if (populationAllows) {
                assertThat(groups).as("groups of %d", size).allSatisfy(g -> assertThat(g.bands()).hasSizeGreaterThan(1));
            }
            long regions = enrolled.stream().map(GroupFormation.Participant::region).distinct().count();
            if (regions > 1) {
                assertThat(groups).as("regions spread").allSatisfy(g -> assertThat(g.regions()).hasSizeGreaterThan(1));
            }
            assertThat(asHr.call(() -> sessions.proposeGroups(session.getId(), size))).as("deterministic")
                    .isEqualTo(groups);
        }

        List<GroupFormation.Group> proposal = asHr.call(() -> sessions.proposeGroups(session.getId(), 6));
        Map<Long, Integer> groupOf = new HashMap<>();
        proposal.forEach(g -> g.members().forEach(m -> groupOf.put(m.id(), g.number())));
        long moved = proposal.get(0).members().get(0).id();
        groupOf.put(moved, 2);
        hr(() -> {
            sessions.saveGroups(session.getId(), groupOf);
            return null;
        });

        assertThat(enrolments(session.getId()).get(moved).getGroupNumber()).isEqualTo(2);
        List<GroupFormation.Group> saved = asHr.call(() -> sessions.groups(session.getId()));
        assertThat(saved.get(1).members()).extracting(GroupFormation.Participant::id).contains(moved);
        assertThat(saved.get(0).members()).extracting(GroupFormation.Participant::id).doesNotContain(moved);
        assertThatThrownBy(() -> asCommittee.call(() -> sessions.proposeGroups(session.getId(), 6)))
                .isInstanceOf(EJBAccessException.class);
    }

    // --- the committee sample -----------------------------------------------------------------------------

    @Test
    void theProposedCommitteeSampleMirrorsThePopulationAndHrAdjustsItBeforeConfirming() throws Exception {
        String run = run();
        TrainingProgram program = program(run);
        TrainingSession session = plan(program, "Échantillon " + run, SessionKind.PILOT, today.plusDays(10),
                today.plusDays(11), 80, null);
        List<StaffMember> people = population(run.hashCode(), 48);
        hr(() -> sessions.enrol(session.getId(), ids(people)));

        CommitteeService.SampleProposal proposal = asHr.call(() -> committee.proposeSample(program.getId(), 8));

        assertThat(proposal.population()).isEqualTo(48);
        assertThat(proposal.sample()).hasSize(8);
        assertThat(ids(people)).containsAll(proposal.sample().stream().map(StaffDirectory.Person::id).toList());
        Map<Long, String> band = new HashMap<>();
        Map<Long, String> category = new HashMap<>();
        Map<Long, String> region = new HashMap<>();
        for (StaffMember person : people) {
            band.put(person.getId(), ExperienceBand.ofYears(Period.between(person.getHireDate(), today).getYears()));
            category.put(person.getId(), person.getCategory().name());
            region.put(person.getId(), StaffDirectory.regionOf(person.getUnit().getPath(), person.getUnit().getCode()));
        }
        Set<Long> chosen = proposal.sample().stream().map(StaffDirectory.Person::id).collect(Collectors.toSet());
        for (Map.Entry<String, Map<Long, String>> dimension : Map.of("EXPERIENCE_BAND", band, "CATEGORY", category,
                "REGION", region).entrySet()) {
            Map<String, Long> inPopulation = dimension.getValue().values().stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            CommitteeSampling.Comparison shown = proposal.comparison().stream()
                    .filter(c -> c.dimension().equals(dimension.getKey())).findFirst().orElseThrow();
            inPopulation.forEach((value, count) -> {
                assertThat(shown.population().get(value)).as("%s %s share", dimension.getKey(), value)
                        .isCloseTo(100.0 * count / 48, within(0.051));
                long sampled = chosen.stream().filter(id -> dimension.getValue().get(id).equals(value)).count();
                assertThat(shown.sample().getOrDefault(value, 0.0)).isCloseTo(100.0 * sampled / 8, within(0.051));
                if (!dimension.getKey().equals("REGION")) {
                    assertThat((double) sampled).as("seats of %s %s", dimension.getKey(), value)
                            .isCloseTo(8.0 * count / 48, within(0.9999));
                }
            });
        }

        StaffMember outsider = em.createQuery("select s from StaffMember s where s.active = true and s.id not in"
                + " (select a.staffMember.id from Account a where a.staffMember is not null) and s.id not in :enrolled"
                + " order by s.id desc", StaffMember.class).setParameter("enrolled", ids(people)).setMaxResults(1)
                .getSingleResult();
        String username = "rep-" + run;
        hr(() -> accounts.createAccount(username, "representative-" + run, outsider.getId(), outsider.getFullName(),
                Set.of(Role.STAFF)));
        List<Long> adjusted = new ArrayList<>(chosen);
        long dropped = adjusted.remove(0);
        adjusted.add(outsider.getId());
        List<CommitteeSampling.Comparison> adjustedComparison = asHr.call(() -> committee.compare(program.getId(),
                adjusted));
        assertThat(adjustedComparison.get(0).sample().values().stream().mapToDouble(Double::doubleValue).sum())
                .as("shares of the people of the population among the representatives").isCloseTo(100.0, within(0.5));
        Long hrStaff = staffIdOf("hr");

        confirmCommittee(program.getId(), List.of(hrStaff), adjusted);

        em.clear();
        List<CommitteeMember> seats = em.createQuery("select m from CommitteeMember m where m.programId = :p",
                CommitteeMember.class).setParameter("p", program.getId()).getResultList();
        assertThat(seats).hasSize(9);
        assertThat(seats).filteredOn(m -> m.getRole() == CommitteeRole.SPONSOR).extracting(CommitteeMember::getStaffId)
                .containsExactly(hrStaff);
        assertThat(seats).extracting(CommitteeMember::getStaffId).contains(outsider.getId()).doesNotContain(dropped);
        Account representative = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult();
        assertThat(representative.getRoles()).contains(Role.COMMITTEE_MEMBER, Role.STAFF);
        assertThatThrownBy(() -> confirmCommittee(program.getId(), List.of(), adjusted))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.committee.noSponsor");
        assertThatThrownBy(() -> asCommittee.call(() -> committee.proposeSample(program.getId(), 4)))
                .isInstanceOf(EJBAccessException.class);
    }

    // --- committee scoping --------------------------------------------------------------------------------

    @Test
    void aCommitteeMemberWorksInTheirOwnProgramsAndIsClearlyRefusedAnyOther() throws Exception {
        String run = run();
        TrainingProgram own = program(run + "a");
        TrainingProgram other = program(run + "b");
        Long laura = staffIdOf("committee");
        confirmCommittee(own.getId(), List.of(laura), List.of());
        confirmCommittee(other.getId(), List.of(staffIdOf("hr")), List.of());
        TrainingSession otherSession = plan(other, "Autre " + run, SessionKind.PILOT, today.plusDays(3),
                today.plusDays(4), 5, null);

        assertThat(asCommittee.call(() -> programs.visiblePrograms())).extracting(TrainingProgram::getId)
                .contains(own.getId()).doesNotContain(other.getId());
        assertThat(asCommittee.call(() -> programs.find(own.getId())).getCode()).isEqualTo(own.getCode());
        var meeting = asCommittee.call(() -> committee.planMeeting(own.getId(), today.plusDays(7),
                "1. Résultats du pilote"));
        asCommittee.call(() -> {
            committee.recordMinutes(meeting.getId(), meeting.getVersion(), "Décisions prises.");
            return null;
        });
        assertThat(asCommittee.call(() -> committee.meetings(own.getId()))).singleElement()
                .satisfies(m -> assertThat(m.getMinutes()).isEqualTo("Décisions prises."));
        assertThatThrownBy(() -> asCommittee.call(() -> {
            committee.recordMinutes(meeting.getId(), meeting.getVersion(), "Version périmée");
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("error.stale");

        for (Callable<?> refused : List.<Callable<?>>of(() -> programs.find(other.getId()),
                () -> reviews.decisions(other.getId()), () -> reviews.session(otherSession.getId()),
                () -> committee.meetings(other.getId()), () -> committee.seats(other.getId()),
                () -> reviews.propose(other.getId(), "Intrus", null, DecisionKind.CONTENT, Set.of()),
                () -> reviews.compare(other.getId(), Locale.FRENCH))) {
            assertThatThrownBy(() -> asCommittee.call(refused)).isInstanceOf(BusinessException.class)
                    .hasMessageContaining("training.committee.notMember")
                    .satisfies(e -> assertThat(kindOf(e)).isEqualTo(BusinessException.Kind.FORBIDDEN));
        }
        assertThatThrownBy(() -> asStaff.call(() -> programs.find(own.getId())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.committee.notMember");
        assertThat(asStaff.call(() -> programs.visiblePrograms())).isEmpty();

        HttpResponse<String> refused = Http.get(base + "api/training/programs/" + other.getId(),
                Http.basic("committee", "demo"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("steering committee");
        assertThat(Http.get(base + "api/training/programs/" + own.getId(), Http.basic("committee", "demo"))
                .statusCode()).isEqualTo(200);
        assertThat(Http.get(base + "api/training/programs/" + other.getId() + "/sessions",
                Http.basic("committee", "demo")).statusCode()).isEqualTo(403);
    }

    // --- the satisfaction survey at session end, reminders, reflection prompts ----------------------------

    @Test
    void whenASessionEndsItsSatisfactionSurveyGoesToThoseWhoAttendedWithRemindersAndReflectionPromptsFollow()
            throws Exception {
        Mailbox.start();
        String run = run();
        TrainingProgram program = program(run);
        hr(() -> {
            TrainingProgram current = programs.find(program.getId());
            return programs.update(program.getId(), current.getVersion(), current.getTitleFr(),
                    current.getTitleEn(), current.getObjectives(), current.getMethod(),
                    current.getReferenceMaterial(), current.getTargetAudience(), "7, 30", current.getModules());
        });
        TrainingSession session = plan(program, "Satisfaction " + run, SessionKind.PILOT, today.minusDays(3),
                today.minusDays(2), 10, null);
        List<StaffMember> people = population(run.hashCode(), 3);
        hr(() -> sessions.enrol(session.getId(), ids(people)));
        Map<Long, Enrolment> placed = enrolments(session.getId());
        hr(() -> {
            sessions.start(session.getId());
            sessions.markAttendance(placed.get(people.get(0).getId()).getId(), today.minusDays(3), true);
            sessions.markAttendance(placed.get(people.get(1).getId()).getId(), today.minusDays(2), true);
            sessions.markAttendance(placed.get(people.get(2).getId()).getId(), today.minusDays(3), false);
            return null;
        });

        List<Long> due = timers.endSessionsBefore(today);
        assertThat(due).contains(session.getId());
        timers.endSession(session.getId());

        em.clear();
        TrainingSession ended = em.find(TrainingSession.class, session.getId());
        assertThat(ended.getStatus()).isEqualTo(SessionStatus.DONE);
        assertThat(ended.getSatisfactionSurveyId()).isNotNull();
        Survey survey = em.find(Survey.class, ended.getSatisfactionSurveyId());
        assertThat(survey.getStatus()).isEqualTo(SurveyStatus.OPEN);
        assertThat(survey.getAccessMode()).isEqualTo(AccessMode.LINK_ANONYMOUS);
        assertThat(survey.getResultsSharing()).isEqualTo(ResultsSharing.COMMITTEE);
        assertThat(survey.getTrainingSessionId()).isEqualTo(session.getId());
        List<Invitation> invited = em.createQuery("select i from Invitation i where i.survey.id = :s order by i.id",
                Invitation.class).setParameter("s", survey.getId()).getResultList();
        assertThat(invited).extracting(Invitation::getStaffId).as("those who attended")
                .containsExactlyInAnyOrder(people.get(0).getId(), people.get(1).getId());

        dispatcher.deliverDue(Instant.now());
        for (Invitation invitation : invited) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Mailbox.to(invitation.getEmail()))
                    .anySatisfy(m -> assertThat(body(m)).contains("respond/answer.xhtml?t=" + invitation.getToken())));
        }
        String surveyTitle = "Satisfaction – Satisfaction " + run;
        assertThat(subjects(invited.get(0).getEmail())).anyMatch(subject -> subject.contains(surveyTitle));
        assertThat(subjects(people.get(2).getEmail())).as("absent: no survey")
                .noneMatch(subject -> subject.contains(surveyTitle));

        responses.submit(invited.get(0).getToken(), satisfied(), "fr");
        int reminded = lifecycle.remindIfDue(survey.getId(), Instant.now().plus(Duration.ofDays(8)));
        assertThat(reminded).as("one reminder, to the one who has not answered").isEqualTo(1);
        dispatcher.deliverDue(Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(subjects(invited.get(1).getEmail()))
                .anyMatch(s -> s.startsWith("Rappel") || s.startsWith("Reminder")));

        assertThatThrownBy(() -> asCommittee.call(() -> reviews.satisfaction(session.getId(), Locale.FRENCH)))
                .as("not on this program's committee yet").isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.committee.notMember");
        confirmCommittee(program.getId(), List.of(staffIdOf("committee")), List.of());
        SurveyResults seen = asCommittee.call(() -> reviews.satisfaction(session.getId(), Locale.FRENCH));
        assertThat(seen.responses()).isEqualTo(1);
        assertThat(seen.suppressed()).as("1 response is below the anonymity threshold").isTrue();
        assertThat(seen.questions()).isEmpty();

        em.clear();
        List<ReflectionPrompt> prompts = em.createQuery("select r from ReflectionPrompt r where r.sessionId = :s",
                ReflectionPrompt.class).setParameter("s", session.getId()).getResultList();
        assertThat(prompts).hasSize(4).extracting(ReflectionPrompt::getDueOn)
                .containsOnly(today.minusDays(2).plusDays(7), today.minusDays(2).plusDays(30));
        List<Long> duePrompts = timers.duePrompts(today.plusDays(6));
        List<Long> ours = prompts.stream().filter(p -> p.getDaysAfter() == 7).map(ReflectionPrompt::getId).toList();
        assertThat(duePrompts).containsAll(ours);
        ours.forEach(timers::sendPrompt);
        dispatcher.deliverDue(Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Mailbox.to(people.get(0).getEmail()))
                .anySatisfy(m -> assertThat(body(m)).contains("journal.xhtml?session=" + session.getId())));
        em.clear();
        assertThat(em.find(ReflectionPrompt.class, ours.get(0)).getSentAt()).isNotNull();

        Long first = people.get(0).getId();
        assertThat(trainingTasks.tasksFor("nobody", first, Set.of())).as("My space asks for a step back")
                .filteredOn(t -> t.messageKey().equals("task.training.journal")).singleElement().satisfies(t -> {
                    assertThat(t.link()).isEqualTo("/training/journal.xhtml?session=" + session.getId());
                    assertThat(t.arguments()).containsExactly("Satisfaction " + run);
                });
        hr(() -> {
            em.persist(new JournalEntry(session.getId(), first, "Ce que j'ai essayé " + run, Instant.now()));
            return null;
        });
        assertThat(trainingTasks.tasksFor("nobody", first, Set.of())).as("written since the prompt")
                .noneMatch(t -> t.messageKey().equals("task.training.journal"));
    }

    private static AnswerSet satisfied() {
        Map<String, Value> values = new HashMap<>();
        values.put("overall", Value.choice("vs"));
        values.put("content", Value.rows(Map.of("objectives", "a", "useful", "sa", "pace", "n", "exchange", "sa",
                "trainer", "a")));
        values.put("recommend", Value.number(9));
        values.put("apply", Value.choice("yes"));
        return new AnswerSet(values);
    }

    // --- decisions and traceability -----------------------------------------------------------------------

    @Test
    void decisionsTraceBackToTheFeedbackThatMotivatedThemAndForwardToTheSessionThatImplementedThem()
            throws Exception {
        String run = run();
        TrainingProgram program = program(run);
        confirmCommittee(program.getId(), List.of(staffIdOf("committee")), List.of());
        TrainingSession pilot = plan(program, "Pilote " + run, SessionKind.PILOT, today.minusDays(40),
                today.minusDays(39), 10, null);
        hr(() -> {
            sessions.start(pilot.getId());
            sessions.end(pilot.getId());
            return null;
        });
        FeedbackItem rolePlay = asHr.call(() -> reviews.recordFeedback(pilot.getId(), FeedbackSource.ROUNDTABLE,
                "Mises en situation", "Trop peu de pratique", "« Il faut pratiquer »", "Une journée entière"));
        FeedbackItem handout = asCommittee.call(() -> reviews.recordFeedback(pilot.getId(), FeedbackSource.TRAINER,
                "Supports", "Le support est trop long", null, "Une fiche d'une page"));
        assertThatThrownBy(() -> asHr.call(() -> reviews.recordFeedback(pilot.getId(), FeedbackSource.ROUNDTABLE,
                " ", "x", null, null))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.feedback.themeRequired");

        Decision longer = asCommittee.call(() -> reviews.propose(program.getId(), "Journée de mises en situation",
                "Le module 4 passe à 6 h", DecisionKind.DURATION, Set.of(rolePlay.getId())));
        Decision both = asHr.call(() -> reviews.propose(program.getId(), "Tout refaire", null, DecisionKind.CONTENT,
                Set.of(rolePlay.getId(), handout.getId())));
        TrainingProgram foreign = program(run + "x");
        TrainingSession foreignSession = plan(foreign, "Ailleurs " + run, SessionKind.PILOT, today, today, 3, null);
        FeedbackItem foreignItem = asHr.call(() -> reviews.recordFeedback(foreignSession.getId(),
                FeedbackSource.ROUNDTABLE, "Autre", "Autre programme", null, null));
        assertThatThrownBy(() -> asHr.call(() -> reviews.propose(program.getId(), "Mélange", null,
                DecisionKind.FORMAT, Set.of(foreignItem.getId())))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.decision.foreignFeedback");

        asCommittee.call(() -> reviews.approve(longer.getId(), longer.getVersion()));
        assertThatThrownBy(() -> asCommittee.call(() -> reviews.reject(longer.getId(), longer.getVersion())))
                .as("stale version").isInstanceOf(BusinessException.class).hasMessageContaining("error.stale");
        asCommittee.call(() -> reviews.reject(both.getId(), both.getVersion()));
        assertThatThrownBy(() -> asCommittee.call(() -> reviews.implemented(longer.getId(), pilot.getId())))
                .as("HR records implementation").isInstanceOf(EJBAccessException.class);

        hr(() -> programs.publishVersion(program.getId(), "Journée de mises en situation"));
        TrainingSession second = plan(program, "Session 2 " + run, SessionKind.REGULAR, today.plusDays(30),
                today.plusDays(31), 10, null);
        hr(() -> {
            sessions.start(second.getId());
            return null;
        });
        Decision implemented = asHr.call(() -> reviews.implemented(longer.getId(), second.getId()));
        assertThatThrownBy(() -> asHr.call(() -> reviews.implemented(both.getId(), second.getId())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.decision.notApproved");
        assertThatThrownBy(() -> asHr.call(() -> reviews.implemented(longer.getId(), foreignSession.getId())))
                .isInstanceOf(BusinessException.class);

        em.clear();
        Decision reread = em.find(Decision.class, implemented.getId());
        assertThat(reread.getStatus()).isEqualTo(DecisionStatus.IMPLEMENTED);
        assertThat(reread.getImplementedVersion()).isEqualTo(2);
        assertThat(reread.getImplementedSessionId()).isEqualTo(second.getId());
        assertThat(reread.getDecidedBy()).isEqualTo("committee");
        assertThat(em.find(Decision.class, both.getId()).getStatus()).isEqualTo(DecisionStatus.REJECTED);
        assertThat(em.find(TrainingSession.class, second.getId()).getProgramVersion()).isEqualTo(2);

        List<Decision> fromRolePlay = asCommittee.call(() -> reviews.decisionsFrom(rolePlay.getId()));
        assertThat(fromRolePlay).extracting(Decision::getTitle).containsExactly("Journée de mises en situation",
                "Tout refaire");
        assertThat(fromRolePlay.get(0).getImplementedSessionId()).as("feedback → decision → session")
                .isEqualTo(second.getId());
        assertThat(asCommittee.call(() -> reviews.decisionsFrom(handout.getId()))).extracting(Decision::getStatus)
                .containsExactly(DecisionStatus.REJECTED);
        assertThat(asCommittee.call(() -> reviews.implementedIn(second.getId()))).as("session → decisions")
                .extracting(Decision::getId).containsExactly(longer.getId());
        assertThat(asCommittee.call(() -> reviews.implementedIn(pilot.getId()))).isEmpty();
        assertThat(asCommittee.call(() -> reviews.programFeedback(program.getId()))).extracting(FeedbackItem::getId)
                .containsExactly(rolePlay.getId(), handout.getId());
    }

    // --- journal privacy and reflection time ----------------------------------------------------------------

    @Test
    void aJournalEntryIsReadOnlyByItsAuthorUnlessTheyShareItWithTheTrainerOrTheirGroup() throws Exception {
        String run = run();
        TrainingProgram program = program(run);
        Long camille = staffIdOf("staff");
        Long olivier = staffIdOf("manager");
        Long nadia = staffIdOf("hr");
        Long laura = staffIdOf("committee");
        TrainingSession session = plan(program, "Journal " + run, SessionKind.PILOT, today.minusDays(10),
                today.minusDays(9), 10, laura);
        hr(() -> sessions.enrol(session.getId(), List.of(camille, olivier, nadia)));
        hr(() -> {
            sessions.saveGroups(session.getId(), Map.of(camille, 1, olivier, 1, nadia, 2));
            return null;
        });

        JournalEntry kept = asStaff.call(() -> journal.write(session.getId(), "Pour moi seule " + run, null));
        JournalEntry forTrainer = asStaff.call(() -> journal.write(session.getId(), "Pour la formatrice " + run,
                JournalSharing.TRAINER));
        JournalEntry forGroup = asStaff.call(() -> journal.write(session.getId(), "Pour mon groupe " + run,
                JournalSharing.GROUP));

        em.clear();
        assertThat(em.find(JournalEntry.class, kept.getId()).getSharing()).isEqualTo(JournalSharing.PRIVATE);
        assertThat(asStaff.call(() -> journal.myEntries(session.getId()))).extracting(JournalEntry::getId)
                .containsExactlyInAnyOrder(kept.getId(), forTrainer.getId(), forGroup.getId());
        assertThat(asManager.call(() -> journal.sharedWithMe(session.getId()))).as("same group")
                .extracting(JournalEntry::getId).containsExactly(forGroup.getId());
        assertThat(asHr.call(() -> journal.sharedWithMe(session.getId()))).as("another group, even HR").isEmpty();
        assertThat(asHr.call(() -> journal.myEntries(session.getId()))).isEmpty();
        assertThat(asCommittee.call(() -> journal.sharedWithMe(session.getId()))).as("the trainer")
                .extracting(JournalEntry::getId).containsExactly(forTrainer.getId());
        assertThat(asCommittee.call(() -> journal.mySessions())).as("the trainer finds the session in the journal")
                .extracting(TrainingSession::getId).contains(session.getId());
        assertThat(asCommittee.call(() -> journal.participates(session.getId()))).as("but keeps no journal for it")
                .isFalse();
        assertThat(asStaff.call(() -> journal.participates(session.getId()))).isTrue();
        assertThat(asCommittee.call(() -> journal.sharedEntries(session.getId()))).singleElement()
                .satisfies(shared -> {
                    assertThat(shared.entry().getId()).isEqualTo(forTrainer.getId());
                    assertThat(shared.author()).isEqualTo(em.find(StaffMember.class, camille).getFullName());
                });

        asStaff.call(() -> {
            journal.share(kept.getId(), JournalSharing.GROUP);
            return null;
        });
        assertThat(asManager.call(() -> journal.sharedWithMe(session.getId()))).extracting(JournalEntry::getId)
                .containsExactlyInAnyOrder(kept.getId(), forGroup.getId());
        assertThatThrownBy(() -> asManager.call(() -> {
            journal.share(forTrainer.getId(), JournalSharing.GROUP);
            return null;
        })).as("only the author shares").isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> asCommittee.call(() -> journal.write(session.getId(), "Intrusion", null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.journal.notParticipant");
        assertThatThrownBy(() -> asStaff.call(() -> journal.write(session.getId(), "  ", null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.journal.empty");

        assertThat(asCommittee.call(() -> reviews.session(session.getId())).getId()).as("the trainer's workspace")
                .isEqualTo(session.getId());
        asCommittee.call(() -> {
            reviews.writeTrainerNotes(session.getId(), "Groupe engagé " + run);
            return null;
        });
        asCommittee.call(() -> reviews.recordFeedback(session.getId(), FeedbackSource.TRAINER, "Rythme",
                "Le deuxième jour est trop dense", null, null));
        em.clear();
        assertThat(em.find(TrainingSession.class, session.getId()).getTrainerNotes()).isEqualTo("Groupe engagé " + run);
        assertThat(asCommittee.call(() -> reviews.feedback(session.getId()))).extracting(FeedbackItem::getSource)
                .containsExactly(FeedbackSource.TRAINER);
        assertThatThrownBy(() -> asCommittee.call(() -> reviews.decisions(program.getId())))
                .as("training a session does not seat one on the committee").isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.committee.notMember");
        assertThatThrownBy(() -> asManager.call(() -> reviews.session(session.getId())))
                .as("a participant").isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.committee.notMember");

        String ics = asStaff.call(() -> journal.reflectionEvent(session.getId(), today.plusDays(7), 9, 60));
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "DTSTART:", "DTEND:",
                "SUMMARY:Temps de recul – Journal " + run, "CLASS:PRIVATE", "END:VCALENDAR").contains("\r\n");
        assertThatThrownBy(() -> asCommittee.call(() -> journal.reflectionEvent(session.getId(), today, 9, 60)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.journal.notParticipant");
    }

    // --- materials --------------------------------------------------------------------------------------------

    @Test
    void materialsAreCheckedForTypeAndSizeStoredInTheDataFolderAndReadByParticipantsAndTheCommittee()
            throws Exception {
        String run = run();
        TrainingProgram program = program(run);
        byte[] pdf = ("%PDF-1.4\n% Fiche de synthèse " + run + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

        Material material = asHr.call(() -> programs.addMaterial(program.getId(), "Fiche ADVP", "fiche.pdf",
                "application/pdf", pdf));

        em.clear();
        Material stored = em.find(Material.class, material.getId());
        assertThat(stored.getSizeBytes()).isEqualTo(pdf.length);
        Path file = config.dataDir().resolve("materials").resolve(stored.getStoredAs());
        assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
        try (InputStream in = asHr.call(() -> programs.materialContent(material.getId()))) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> asHr.call(() -> programs.addMaterial(program.getId(), "Piège", "fiche.pdf",
                "application/pdf", executable))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.material.content");
        assertThatThrownBy(() -> asHr.call(() -> programs.addMaterial(program.getId(), "Outil", "outil.exe",
                "application/octet-stream", executable))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.material.type");
        byte[] huge = new byte[26 * 1024 * 1024];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        assertThatThrownBy(() -> asHr.call(() -> programs.addMaterial(program.getId(), "Énorme", "enorme.pdf",
                "application/pdf", huge))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("training.material.size");
        assertThat(asHr.call(() -> programs.materials(program.getId()))).extracting(Material::getTitle)
                .containsExactly("Fiche ADVP");

        assertThatThrownBy(() -> asStaff.call(() -> programs.materials(program.getId())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("training.material.notParticipant");
        TrainingSession session = plan(program, "Bibliothèque " + run, SessionKind.PILOT, today.plusDays(3),
                today.plusDays(3), 5, null);
        hr(() -> sessions.enrol(session.getId(), List.of(staffIdOf("staff"))));
        assertThat(asStaff.call(() -> programs.materials(program.getId()))).hasSize(1);
        confirmCommittee(program.getId(), List.of(staffIdOf("committee")), List.of());
        assertThat(asCommittee.call(() -> programs.materials(program.getId()))).hasSize(1);
        assertThatThrownBy(() -> asStaff.call(() -> programs.addMaterial(program.getId(), "x", "x.pdf", null, pdf)))
                .isInstanceOf(EJBAccessException.class);
    }

    // --- the demo program and the program report ------------------------------------------------------------

    @Test
    void theDemoHoldsACompletedPilotWithFeedbackAndDecisionsAndASecondSessionThatImplementedThem()
            throws Exception {
        TrainingProgram demo = em.createQuery("select p from TrainingProgram p where p.code = 'ADVP-2026'",
                TrainingProgram.class).getSingleResult();
        List<TrainingSession> demoSessions = asCommittee.call(() -> reviews.sessionsOf(demo.getId()));
        TrainingSession pilot = demoSessions.get(0);
        TrainingSession second = demoSessions.get(1);
        assertThat(pilot.getKind()).isEqualTo(SessionKind.PILOT);
        assertThat(pilot.getStatus()).isEqualTo(SessionStatus.DONE);
        assertThat(pilot.getProgramVersion()).isEqualTo(1);
        assertThat(second.getStatus()).isEqualTo(SessionStatus.DONE);
        assertThat(second.getProgramVersion()).isEqualTo(2);
        assertThat(asCommittee.call(() -> reviews.feedback(pilot.getId()))).hasSizeGreaterThanOrEqualTo(3);
        List<Decision> carried = asCommittee.call(() -> reviews.implementedIn(second.getId()));
        assertThat(carried).hasSizeGreaterThanOrEqualTo(2).allSatisfy(d -> {
            assertThat(d.getStatus()).isEqualTo(DecisionStatus.IMPLEMENTED);
            assertThat(d.getFeedbackIds()).isNotEmpty();
        });
        assertThat(asCommittee.call(() -> reviews.decisions(demo.getId()))).extracting(Decision::getStatus)
                .contains(DecisionStatus.REJECTED, DecisionStatus.PROPOSED);

        ReviewService.Comparison comparison = asCommittee.call(() -> reviews.compare(demo.getId(), Locale.FRENCH));
        assertThat(comparison.sessions()).extracting(TrainingSession::getId).containsExactly(pilot.getId(),
                second.getId());
        assertThat(comparison.means()).isNotEmpty().allSatisfy((question, means) -> assertThat(means)
                .containsKeys(pilot.getId(), second.getId()));
    }

    @Test
    void theProgramReportGivesAttendanceTheSatisfactionTrendAndTheDecisionsInXlsxAndPdf() throws Exception {
        TrainingProgram demo = em.createQuery("select p from TrainingProgram p where p.code = 'ADVP-2026'",
                TrainingProgram.class).getSingleResult();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        asCommittee.call(() -> {
            reviews.report(demo.getId(), ProgramReport.Format.XLSX, Locale.FRENCH, xlsx);
            return null;
        });

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Présence", "Évolution satisfaction",
                    "Décisions");
            List<Row> attendance = rows(sheets.get(0));
            assertThat(attendance.get(0).getCellText(0)).isEqualTo("Session");
            Row pilotRow = attendance.stream().filter(r -> r.getCellText(0).startsWith("Session pilote")).findFirst()
                    .orElseThrow();
            assertThat(pilotRow.getCellText(1)).isEqualTo("Pilote");
            assertThat(Double.parseDouble(pilotRow.getCellText(7))).as("registered").isPositive();
            assertThat(Double.parseDouble(pilotRow.getCellText(9))).as("attended")
                    .isEqualTo(Double.parseDouble(pilotRow.getCellText(7)));
            assertThat(attendance).anySatisfy(r -> assertThat(r.getCellText(0)).isEqualTo("Jour par jour"));
            List<Row> trend = rows(sheets.get(1));
            assertThat(trend.get(0).getCellText(1)).startsWith("Session pilote");
            assertThat(trend.get(0).getCellText(2)).startsWith("Session 2");
            assertThat(trend.subList(1, trend.size())).isNotEmpty().allSatisfy(r -> {
                assertThat(r.getCellText(1)).isNotBlank();
                assertThat(r.getCellText(2)).isNotBlank();
            });
            List<Row> decided = rows(sheets.get(2));
            assertThat(decided).anySatisfy(r -> {
                assertThat(r.getCellText(2)).isEqualTo("Mise en œuvre");
                assertThat(r.getCellText(3)).isNotBlank();
                assertThat(r.getCellText(6)).startsWith("Session 2");
            });
            assertThat(decided).anySatisfy(r -> assertThat(r.getCellText(2)).isEqualTo("Rejetée"));
        }

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        asHr.call(() -> {
            reviews.report(demo.getId(), ProgramReport.Format.PDF, Locale.ENGLISH, pdf);
            return null;
        });
        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toByteArray());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Attendance", "Satisfaction trend", "Committee decisions", "Lyon");
        reader.close();
        assertThatThrownBy(() -> asStaff.call(() -> {
            reviews.report(demo.getId(), ProgramReport.Format.PDF, Locale.ENGLISH, new ByteArrayOutputStream());
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("training.committee.notMember");
    }

    private static List<Row> rows(Sheet sheet) throws java.io.IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            return rows.toList();
        }
    }

    // --- the API ----------------------------------------------------------------------------------------------

    @Test
    void theApiRunsProgramsSessionsEnrolmentAndDecisionsWithTheRolesOfThePages() throws Exception {
        String run = run();
        String hr = Http.basic("hr", "demo");
        String api = base + "api/training/programs";

        HttpResponse<String> created = Http.post(api, hr, "{\"code\":\"API-" + run + "\",\"titleFr\":\"Programme "
                + run + "\",\"objectives\":\"Objectifs\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long programId = idIn(created.body());
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/training/programs/" + programId));
        HttpResponse<String> duplicate = Http.post(api, hr, "{\"code\":\"API-" + run + "\",\"titleFr\":\"Bis\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(Http.post(api, Http.basic("committee", "demo"), "{\"code\":\"NO-" + run + "\",\"titleFr\":\"x\"}")
                .statusCode()).isEqualTo(403);

        long version = versionIn(created.body());
        HttpResponse<String> badModules = Http.put(api + "/" + programId, hr, "{\"version\":" + version + ",\"titleFr\":\"P\","
                + "\"titleEn\":\"P\",\"modules\":[{\"titleFr\":\"Trop court\",\"durationMinutes\":5}]}");
        assertThat(badModules.statusCode()).as(badModules.body()).isEqualTo(400);
        assertThat(badModules.body()).contains("Trop court");
        HttpResponse<String> described = Http.put(api + "/" + programId, hr, "{\"version\":" + version + ",\"titleFr\":\"P\","
                + "\"titleEn\":\"P\",\"reflectionDays\":\"7,30,90\",\"modules\":[{\"titleFr\":\"Posture\","
                + "\"titleEn\":\"Stance\",\"durationMinutes\":180}]}");
        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        assertThat(described.body()).contains("\"reflectionDays\":\"7,30,90\"", "\"durationMinutes\":180");
        assertThat(Http.put(api + "/" + programId, hr, "{\"version\":" + version + ",\"titleFr\":\"P\","
                + "\"titleEn\":\"P\"}").statusCode()).as("stale").isEqualTo(409);

        HttpResponse<String> wrongDates = Http.post(api + "/" + programId + "/sessions", hr, "{\"title\":\"S\","
                + "\"kind\":\"PILOT\",\"startsOn\":\"" + today.plusDays(5) + "\",\"endsOn\":\"" + today.plusDays(4)
                + "\",\"capacity\":1}");
        assertThat(wrongDates.statusCode()).isEqualTo(400);
        assertThat(wrongDates.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.post(api + "/" + programId + "/sessions", hr, "{\"title\":").statusCode()).isEqualTo(400);
        HttpResponse<String> planned = Http.post(api + "/" + programId + "/sessions", hr, "{\"title\":\"Pilote "
                + run + "\",\"kind\":\"PILOT\",\"startsOn\":\"" + today.plusDays(4) + "\",\"endsOn\":\""
                + today.plusDays(5) + "\",\"capacity\":1,\"remoteLink\":\"https://visio.example.org/" + run + "\"}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        long sessionId = idIn(planned.body());
        String session = api + "/" + programId + "/sessions/" + sessionId;
        assertThat(Http.post(session + "/open", hr, "").body()).contains("\"status\":\"OPEN_FOR_ENROLMENT\"");

        List<StaffMember> people = population(run.hashCode(), 3);
        HttpResponse<String> enrolled = Http.post(session + "/enrolments", hr, "{\"staffIds\":["
                + people.get(0).getId() + "," + people.get(1).getId() + "]}");
        assertThat(enrolled.body()).contains("\"status\":\"REGISTERED\"", "\"status\":\"WAITING\"");
        assertThat(Http.post(session + "/enrolments", hr, "{\"invite\":true,\"staffIds\":[" + people.get(2).getId()
                + "]}").body()).contains("\"status\":\"INVITED\"");
        Map<Long, Enrolment> placed = enrolments(sessionId);
        HttpResponse<String> unenrolled = Http.delete(session + "/enrolments/"
                + placed.get(people.get(0).getId()).getId(), hr);
        assertThat(unenrolled.statusCode()).isEqualTo(200);
        assertThat(unenrolled.body()).contains("\"staffId\":" + people.get(1).getId(), "\"status\":\"REGISTERED\"");
        assertThat(Http.get(session + "/enrolments", Http.basic("committee", "demo")).statusCode())
                .isEqualTo(403);
        assertThat(Http.post(session + "/start", hr, "").body()).contains("\"status\":\"RUNNING\"",
                "\"programVersion\":1");
        HttpResponse<String> attendance = Http.post(session + "/enrolments/" + placed.get(people.get(1).getId())
                .getId() + "/attendance", hr, "{\"day\":\"" + today.plusDays(4) + "\",\"present\":true}");
        assertThat(attendance.body()).contains("\"" + today.plusDays(4) + "\":true");

        HttpResponse<String> feedback = Http.post(session + "/feedback", hr, "{\"source\":\"ROUNDTABLE\","
                + "\"theme\":\"Rythme\",\"observation\":\"Trop dense\",\"suggestedChange\":\"Un jour de plus\"}");
        assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(201);
        long feedbackId = idIn(feedback.body());
        HttpResponse<String> proposed = Http.post(api + "/" + programId + "/decisions", hr, "{\"title\":\"Un jour"
                + " de plus\",\"kind\":\"DURATION\",\"feedbackIds\":[" + feedbackId + "]}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        long decisionId = idIn(proposed.body());
        assertThat(Http.post(api + "/" + programId + "/decisions/" + decisionId + "/approve", hr, "").statusCode())
                .as("version required").isEqualTo(400);
        assertThat(Http.post(api + "/" + programId + "/decisions/" + decisionId + "/approve?version="
                + versionIn(proposed.body()), hr, "").body()).contains("\"status\":\"APPROVED\"");
        assertThat(Http.post(api + "/" + programId + "/decisions/" + decisionId + "/implemented",
                Http.basic("committee", "demo"), "{\"sessionId\":" + sessionId + "}").statusCode()).isEqualTo(403);
        HttpResponse<String> implemented = Http.post(api + "/" + programId + "/decisions/" + decisionId
                + "/implemented", hr, "{\"sessionId\":" + sessionId + "}");
        assertThat(implemented.body()).contains("\"status\":\"IMPLEMENTED\"", "\"implementedSessionId\":"
                + sessionId, "\"implementedVersion\":1");
        assertThat(Http.get(session + "/decisions", hr).body()).contains("\"id\":" + decisionId);
        assertThat(Http.get(session + "/feedback", hr).body()).contains("\"ledTo\":[{").contains("\"id\":" + decisionId);
        assertThat(Http.post(api + "/999999999/decisions/" + decisionId + "/approve?version=1", hr, "")
                .statusCode()).isEqualTo(404);

        HttpResponse<byte[]> report = Http.download(api + "/" + programId + "/report?format=pdf", hr);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(report.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        HttpResponse<byte[]> workbook = Http.download(api + "/" + programId + "/report", hr);
        assertThat(workbook.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .contains("spreadsheetml"));
        assertThat(Http.download(api + "/" + programId + "/report?format=doc", hr).statusCode()).isEqualTo(400);
        assertThat(Http.download(api + "/" + programId + "/report", Http.basic("staff", "demo")).statusCode())
                .isEqualTo(403);
        assertThat(Http.post(session + "/end", hr, "").body()).contains("\"status\":\"DONE\"");
        assertThat(Http.post(session + "/end", hr, "").statusCode()).isEqualTo(409);
        assertThat(Http.post(session + "/cancel", hr, "").statusCode()).isEqualTo(409);
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
        assertThat(Http.get(root + "openapi", null).body()).contains("/api/training/programs/{id}/report",
                "/api/training/programs/{id}/decisions/{decisionId}/implemented");
    }

    private static long versionIn(String json) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"version\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static long idIn(String json) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
