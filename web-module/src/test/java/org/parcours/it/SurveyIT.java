package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.mail.control.MailDispatcher;
import org.parcours.organization.entity.StaffCategory;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.boundary.Page;
import org.parcours.survey.boundary.Audience;
import org.parcours.survey.boundary.Breakdown;
import org.parcours.survey.boundary.InvitationService;
import org.parcours.survey.boundary.ResponseService;
import org.parcours.survey.boundary.ResultsService;
import org.parcours.survey.boundary.SubmitOutcome;
import org.parcours.survey.boundary.SurveyResults;
import org.parcours.survey.boundary.SurveyService;
import org.parcours.survey.boundary.SharedResults;
import org.parcours.survey.boundary.SurveySettings;
import org.parcours.survey.boundary.TextAnswer;
import org.parcours.survey.control.ResponseExport;
import org.parcours.survey.control.SurveyLifecycle;
import org.parcours.survey.control.SurveyScheduler;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.AnswerSet.Value;
import org.parcours.survey.entity.Invitation;
import org.parcours.survey.entity.InvitationStatus;
import org.parcours.survey.entity.ResultTallies;
import org.parcours.survey.entity.ResultsSharing;
import org.parcours.survey.entity.RetentionAction;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyJson;
import org.parcours.survey.entity.SurveyResponse;
import org.parcours.survey.entity.SurveyStatus;
import org.parcours.survey.entity.SurveyStructure;

/**
 * The survey area in the server: lifecycle and locking, anonymity by construction, the anonymity threshold and
 * complementary suppression, reminders that reach only non-respondents (real SMTP), exactly-once answering under
 * concurrency, imports, exports, scheduling and retention.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.parcours(SurveyIT.class);
    }

    @ArquillianResource
    URL base;

    @EJB
    SurveyService surveys;

    @EJB
    InvitationService invitations;

    @EJB
    ResponseService responses;

    @EJB
    ResultsService results;

    @EJB
    SurveyScheduler scheduler;

    @EJB
    org.parcours.survey.control.ResultTallyTimer tallies;

    @EJB
    SurveyLifecycle lifecycle;

    @EJB
    MailDispatcher dispatcher;

    @EJB
    RunAs.HrAdmin asHr;

    @EJB
    RunAs.Staff asStaff;

    @EJB
    RunAs.Manager asManager;

    @EJB
    org.parcours.mail.boundary.OutboxService outbox;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/parcours")
    DataSource dataSource;

    private static final AnswerSet SATISFIED = answers("vs", 9);

    private static AnswerSet answers(String overall, int recommend) {
        Map<String, Value> values = new HashMap<>();
        values.put("overall", Value.choice(overall));
        values.put("content", Value.rows(Map.of("objectives", "a", "useful", "sa", "pace", "n", "exchange", "sa",
                "trainer", "a")));
        values.put("recommend", Value.number(recommend));
        values.put("apply", Value.choice("yes"));
        values.put("improve", Value.text("Plus de cas pratiques"));
        return new AnswerSet(values);
    }

    /** An open satisfaction survey (from the template) with the given people invited by e-mail address. */
    private Survey openSurvey(AccessMode mode, int threshold, List<String> emails) throws Exception {
        return asHr.call(() -> {
            Survey survey = surveys.createFromTemplate("training-satisfaction", mode);
            surveys.updateSettings(survey.getId(), surveys.find(survey.getId()).getVersion(), new SurveySettings(
                    "Test " + UUID.randomUUID(), "Test", null, null, mode, threshold, "7,2", 24,
                    RetentionAction.ANONYMISE_RESPONSES, ResultsSharing.HR_ONLY, null,
                    Instant.now().plus(Duration.ofDays(10))));
            if (!emails.isEmpty()) {
                invitations.invite(survey.getId(), new Audience(null, null, null, String.join("\n", emails), null));
            }
            surveys.open(survey.getId());
            return surveys.find(survey.getId());
        });
    }

    private List<Invitation> invitationsOf(long surveyId) {
        em.clear();
        return em.createQuery("select i from Invitation i where i.survey.id = :s order by i.email", Invitation.class)
                .setParameter("s", surveyId).getResultList();
    }

    private String emailOfAccount(String username) {
        return em.createQuery("select a.staffMember.email from Account a where a.username = :u", String.class)
                .setParameter("u", username).getSingleResult();
    }

    private static List<String> emails(int count) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add("person" + i + "." + run + "@example.org");
        }
        return emails;
    }

    // --- lifecycle and locking ----------------------------------------------------------------------------

    @Test
    void questionsLockWithTheFirstResponseAndANewVersionCanChangeThem() throws Exception {
        Survey survey = openSurvey(AccessMode.LINK_IDENTIFIED, 1, emails(1));
        String token = invitationsOf(survey.getId()).get(0).getToken();
        SurveyStructure structure = SurveyJson.structure(survey.getStructureJson());
        asHr.call(() -> surveys.updateStructure(survey.getId(), surveys.find(survey.getId()).getVersion(),
                structure));

        Instant before = Instant.now().minusSeconds(1);
        assertThat(responses.submit(token, SATISFIED, "fr").result()).isEqualTo(SubmitOutcome.Result.RECORDED);
        Invitation answered = invitationsOf(survey.getId()).get(0);
        assertThat(answered.getStatus()).isEqualTo(InvitationStatus.ANSWERED);
        assertThat(answered.getAnsweredAt()).as("an identified answer keeps its time")
                .isBetween(before, Instant.now().plusSeconds(1));

        assertThatThrownBy(() -> asHr.call(() -> surveys.updateStructure(survey.getId(),
                surveys.find(survey.getId()).getVersion(), structure))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("survey.locked");
        Survey next = asHr.call(() -> surveys.newVersion(survey.getId()));
        Survey changed = asHr.call(() -> surveys.updateStructure(next.getId(), next.getVersion(),
                new SurveyStructure(structure.sections().subList(0, 1))));
        assertThat(SurveyJson.structure(changed.getStructureJson()).questionCount()).isEqualTo(3);
        assertThat(changed.getBasedOnId()).isEqualTo(survey.getId());
        assertThat(changed.getStatus()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void staffCannotBuildSurveysNorReadUnsharedResults() throws Exception {
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 5, emails(1));
        assertThatThrownBy(() -> asStaff.call(() -> surveys.list())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asStaff.call(() -> surveys.createFromTemplate("career-check-in",
                AccessMode.OPEN_TO_STAFF))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asStaff.call(() -> results.results(survey.getId(), Locale.FRENCH)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.notFound");
    }

    // --- anonymity by construction ------------------------------------------------------------------------

    @Test
    void anAnonymousResponseKeepsNoLinkToTheInvitationOrThePerson() throws Exception {
        StaffMember someone = em.createQuery("select s from StaffMember s where s.active = true order by s.id",
                StaffMember.class).setMaxResults(1).getSingleResult();
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 5, List.of(someone.getEmail()));
        Invitation invitation = invitationsOf(survey.getId()).get(0);
        responses.saveDraft(invitation.getToken(), answers("s", 7));

        assertThat(responses.submit(invitation.getToken(), SATISFIED, "fr").result())
                .isEqualTo(SubmitOutcome.Result.RECORDED);

        Invitation after = invitationsOf(survey.getId()).get(0);
        assertThat(after.getStatus()).isEqualTo(InvitationStatus.ANSWERED);
        assertThat(after.getAnsweredAt()).as("no time of answer on the invitation").isNull();
        assertThat(after.getDraftJson()).as("the draft is gone").isNull();
        SurveyResponse response = em.createQuery("select r from SurveyResponse r where r.surveyId = :s",
                SurveyResponse.class).setParameter("s", survey.getId()).getSingleResult();
        assertThat(response.getStaffId()).isNull();
        assertThat(response.getInvitationId()).isNull();
        assertThat(UUID.fromString(response.getId()).version()).as("a random identifier, derived from"
                + " nothing").isEqualTo(4);
        assertThat(response.getId()).doesNotContain(invitation.getToken());
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : List.of("survey_response", "survey_answer")) {
                try (ResultSet columns = meta.getColumns(null, null, table.toUpperCase(Locale.ROOT), "%")) {
                    List<String> names = new ArrayList<>();
                    while (columns.next()) {
                        names.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        assertThat(columns.getInt("DATA_TYPE")).as(table + "." + columns.getString("COLUMN_NAME"))
                                .isNotIn(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIME);
                    }
                    assertThat(names).isNotEmpty().noneMatch(n -> n.contains("token") || n.contains("ip")
                            || n.contains("email") || n.contains("address"));
                }
            }
        }
        Long linked = em.createQuery("select count(r) from SurveyResponse r where r.surveyId = :s"
                + " and (r.staffId is not null or r.invitationId is not null)", Long.class)
                .setParameter("s", survey.getId()).getSingleResult();
        assertThat(linked).isZero();
    }

    // --- threshold and complementary suppression ---------------------------------------------------------

    @Test
    void smallGroupsAndTheGroupsThatWouldRevealThemAreHidden() throws Exception {
        List<StaffMember> researchers = staff(StaffCategory.RESEARCHER, 5);
        List<StaffMember> engineers = staff(StaffCategory.ENGINEER, 3);
        List<StaffMember> admins = staff(StaffCategory.ADMINISTRATIVE, 1);
        List<String> emails = new ArrayList<>();
        Stream.of(researchers, engineers, admins).flatMap(List::stream).forEach(s -> emails.add(s.getEmail()));
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 3, emails);
        List<Invitation> invited = invitationsOf(survey.getId());
        SurveyResults before = asHr.call(() -> results.results(survey.getId(), Locale.FRENCH));
        assertThat(before.suppressed()).as("no response yet").isTrue();

        for (Invitation invitation : invited) {
            responses.submit(invitation.getToken(), SATISFIED, "fr");
        }
        Breakdown byCategory = asHr.call(() -> results.breakdown(survey.getId(), "overall",
                Breakdown.Dimension.CATEGORY, Locale.FRENCH));
        SurveyResults all = asHr.call(() -> results.results(survey.getId(), Locale.FRENCH));

        assertThat(all.suppressed()).isFalse();
        assertThat(all.responses()).isEqualTo(9);
        assertThat(byCategory.groups()).filteredOn(g -> g.key().equals("ADMINISTRATIVE")).singleElement()
                .satisfies(g -> assertThat(g.hidden()).isTrue());
        assertThat(byCategory.groups()).filteredOn(g -> g.key().equals("ENGINEER")).singleElement()
                .satisfies(g -> {
                    assertThat(g.hidden()).as("hidden too, or the admin group could be recomputed").isTrue();
                    assertThat(g.respondents()).isNull();
                    assertThat(g.options()).isEmpty();
                });
        assertThat(byCategory.groups()).filteredOn(g -> g.key().equals("RESEARCHER")).singleElement()
                .satisfies(g -> {
                    assertThat(g.hidden()).isFalse();
                    assertThat(g.respondents()).isEqualTo(5);
                });
    }

    private List<StaffMember> staff(StaffCategory category, int count) {
        return em.createQuery("select s from StaffMember s where s.category = :c and s.active = true order by s.id desc",
                StaffMember.class).setParameter("c", category).setMaxResults(count).getResultList();
    }

    @Test
    void resultsCountAnswersPerOptionWithMeanMedianAndNps() throws Exception {
        List<String> people = emails(5);
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 5, people);
        List<Invitation> invited = invitationsOf(survey.getId());
        int[] recommend = {10, 9, 8, 6, 10};
        String[] overall = {"vs", "vs", "s", "d", "s"};
        for (int i = 0; i < invited.size(); i++) {
            responses.submit(invited.get(i).getToken(), answers(overall[i], recommend[i]), "fr");
        }

        SurveyResults figures = asHr.call(() -> results.results(survey.getId(), Locale.ENGLISH));

        SurveyResults.QuestionResult overallResult = figures.questions().stream()
                .filter(q -> q.code().equals("overall")).findFirst().orElseThrow();
        assertThat(overallResult.respondents()).isEqualTo(5);
        assertThat(overallResult.options()).extracting(SurveyResults.OptionCount::code,
                SurveyResults.OptionCount::count).contains(org.assertj.core.groups.Tuple.tuple("vs", 2L),
                        org.assertj.core.groups.Tuple.tuple("s", 2L), org.assertj.core.groups.Tuple.tuple("d", 1L));
        assertThat(overallResult.mean()).isEqualTo(4.0);
        assertThat(overallResult.median()).isEqualTo(4.0);
        SurveyResults.QuestionResult nps = figures.questions().stream().filter(q -> q.code().equals("recommend"))
                .findFirst().orElseThrow();
        assertThat(nps.nps()).as("3 promoters, 1 detractor of 5").isEqualTo(40);
        assertThat(figures.responseRate()).isEqualTo(100.0);
    }

    // --- reminders reach only non-respondents --------------------------------------------------------------

    @Test
    void remindersGoOnlyToPeopleWhoHaveNotAnswered() throws Exception {
        Mailbox.start();
        List<String> people = emails(3);
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 5, people);
        dispatcher.deliverDue(Instant.now());
        Invitation first = invitationsOf(survey.getId()).get(0);
        responses.submit(first.getToken(), SATISFIED, "fr");

        int reminded = asHr.call(() -> invitations.remindNow(survey.getId()));
        dispatcher.deliverDue(Instant.now());

        assertThat(reminded).isEqualTo(2);
        assertThat(Mailbox.to(first.getEmail())).as("only the invitation").hasSize(1);
        for (Invitation other : invitationsOf(survey.getId()).subList(1, 3)) {
            assertThat(Mailbox.to(other.getEmail())).hasSize(2);
            assertThat(Mailbox.to(other.getEmail()).get(1).getSubject()).startsWith("Rappel");
            assertThat(String.valueOf(Mailbox.to(other.getEmail()).get(1).getContent()))
                    .contains("respond/answer.xhtml?t=" + other.getToken());
        }
        int automatic = lifecycle.remindIfDue(survey.getId(), Instant.now().plus(Duration.ofDays(9)));
        assertThat(automatic).as("the 2-day reminder, to the two who still have not answered").isEqualTo(2);
    }

    // --- exactly once under concurrency ---------------------------------------------------------------------

    @Test
    void concurrentSubmissionsRecordExactlyOneResponsePerLinkAndLoseNone() throws Exception {
        List<String> people = emails(12);
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 5, people);
        List<Invitation> invited = invitationsOf(survey.getId());
        CountDownLatch start = new CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<Future<SubmitOutcome.Result>> futures = new ArrayList<>();
        for (Invitation invitation : invited) {
            for (int attempt = 0; attempt < 3; attempt++) {
                Callable<SubmitOutcome.Result> submit = () -> {
                    start.await();
                    return org.parcours.survey.rest.ResponseResource.submitOnce(responses, invitation.getToken(),
                            SATISFIED, "fr").result();
                };
                futures.add(threads.submit(submit));
            }
        }
        start.countDown();
        List<SubmitOutcome.Result> outcomes = new ArrayList<>();
        for (Future<SubmitOutcome.Result> future : futures) {
            outcomes.add(future.get());
        }
        threads.shutdown();

        long recorded = em.createQuery("select count(r) from SurveyResponse r where r.surveyId = :s", Long.class)
                .setParameter("s", survey.getId()).getSingleResult();
        assertThat(recorded).isEqualTo(12);
        assertThat(outcomes).filteredOn(o -> o == SubmitOutcome.Result.RECORDED).hasSize(12);
        assertThat(outcomes).filteredOn(o -> o == SubmitOutcome.Result.ALREADY_RECORDED).hasSize(24);
        assertThat(invitationsOf(survey.getId())).allSatisfy(i -> assertThat(i.getStatus())
                .isEqualTo(InvitationStatus.ANSWERED));
    }

    @Test
    void answeringAfterClosingIsRefusedAndTheAnswersAreKept() throws Exception {
        Survey survey = openSurvey(AccessMode.LINK_IDENTIFIED, 5, emails(1));
        Invitation invitation = invitationsOf(survey.getId()).get(0);
        asHr.call(() -> surveys.close(survey.getId()));

        SubmitOutcome outcome = responses.submit(invitation.getToken(), SATISFIED, "fr");

        assertThat(outcome.result()).isEqualTo(SubmitOutcome.Result.CLOSED);
        assertThat(invitationsOf(survey.getId()).get(0).getDraftJson()).contains("overall");
        assertThat(responses.open(invitation.getToken()).draft().answered("overall")).isTrue();
    }

    @Test
    void theRespondEndpointRecordsOnceInTheCallersLanguageAndRefusesIncompleteAnswersAsAProblem() throws Exception {
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 5, emails(2));
        List<Invitation> invited = invitationsOf(survey.getId());
        String first = base + "api/responses/" + invited.get(0).getToken();

        // The helper sends Accept-Language: en
        HttpResponse<String> recorded = Http.post(first, null, SurveyJson.write(SATISFIED));
        HttpResponse<String> replayed = Http.post(first, null, SurveyJson.write(SATISFIED));
        HttpResponse<String> refused = Http.post(base + "api/responses/" + invited.get(1).getToken(), null,
                "{\"answers\":{\"recommend\":{\"number\":8}}}");
        // A number given as text is no answer set: the answers are read strictly, in one pass (AnswerSetReader)
        HttpResponse<String> malformed = Http.post(base + "api/responses/" + invited.get(1).getToken(), null,
                "{\"answers\":{\"recommend\":{\"number\":\"8\"}}}");

        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(recorded.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(recorded.body()).isEqualTo("{\"result\":\"RECORDED\"}");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).isEqualTo("{\"result\":\"ALREADY_RECORDED\"}");
        SurveyResponse stored = em.createQuery("select r from SurveyResponse r where r.surveyId = :s",
                SurveyResponse.class).setParameter("s", survey.getId()).getSingleResult();
        assertThat(stored.getLanguage()).isEqualTo("en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(refused.body()).contains("Some answers need completing or correcting.")
                .contains("\"field\":\"overall\"").contains("This question is required.");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(malformed.body()).contains("The request body is not valid JSON for this operation.");
        assertThat(invitationsOf(survey.getId()).get(1).getStatus()).isEqualTo(InvitationStatus.INVITED);
    }

    // --- imports and exports ----------------------------------------------------------------------------------

    @Test
    void aJsonExportImportsBackIntoTheSameQuestions() throws Exception {
        Survey original = openSurvey(AccessMode.LINK_ANONYMOUS, 5, List.of());
        String json = asHr.call(() -> surveys.export(original.getId()));
        Survey copy = asHr.call(() -> surveys.importDocument(json));

        assertThat(SurveyJson.structure(copy.getStructureJson())).isEqualTo(
                SurveyJson.structure(original.getStructureJson()));
        assertThatThrownBy(() -> asHr.call(() -> surveys.importDocument("{\"format\":\"other/9\",\"structure\":{}}")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("survey.json.format");
        assertThatThrownBy(() -> asHr.call(() -> surveys.importDocument("{\"structure\":{\"sections\":[{\"code\":\"s\","
                + "\"questions\":[{\"code\":\"1bad\",\"type\":\"YES_NO\",\"text\":{\"fr\":\"x\"}}]}]}}")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("survey.structure.badCode");
    }

    @Test
    void aLimeSurveyFileIsImportedWithAReportOfWhatWasLeftOut() throws Exception {
        byte[] lss;
        try (InputStream in = SurveyIT.class.getResourceAsStream("/lss/limesurvey-v3.lss")) {
            lss = in.readAllBytes();
        }
        SurveyService.Imported imported = asHr.call(() -> surveys.importLimeSurvey(lss));

        assertThat(SurveyJson.structure(imported.survey().getStructureJson()).questionCount()).isEqualTo(3);
        assertThat(imported.unsupported()).anySatisfy(line -> assertThat(line).contains("Ranking"));
        assertThat(em.find(Survey.class, imported.survey().getId()).getStatus()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void theXlsxExportHasOneLinePerResponseAndNoIdentifyingColumnForAnAnonymousSurvey() throws Exception {
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 2, emails(3));
        for (Invitation invitation : invitationsOf(survey.getId())) {
            responses.submit(invitation.getToken(), SATISFIED, "fr");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        asHr.call(() -> {
            results.export(survey.getId(), ResponseExport.Format.XLSX, Locale.FRENCH, out);
            return null;
        });

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            List<String> header = all.get(0).stream().map(c -> c == null ? "" : c.getRawValue()).toList();
            assertThat(header).contains("response", "overall", "content.useful", "recommend", "improve")
                    .doesNotContain("email", "name", "employee_number");
            assertThat(all).hasSize(4);
            assertThat(all.get(1).getCellText(header.indexOf("content.useful"))).isEqualTo("sa");
            assertThat(all.get(1).getCellText(header.indexOf("recommend"))).isEqualTo("9");
        }
        assertThatThrownBy(() -> asStaff.call(() -> {
            results.export(survey.getId(), ResponseExport.Format.CSV, Locale.FRENCH, new ByteArrayOutputStream());
            return null;
        })).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anAnonymousExportBlanksTheProfileOfAnyoneInAGroupSmallerThanTheThreshold() throws Exception {
        // Three researchers who share a lab and an experience band (from their hire date), and one engineer.
        java.time.LocalDate today = java.time.LocalDate.now();
        List<StaffMember> trio = em.createQuery("select s from StaffMember s where s.category = :c and s.active = true"
                + " order by s.id", StaffMember.class).setParameter("c", StaffCategory.RESEARCHER).getResultList()
                .stream().collect(java.util.stream.Collectors.groupingBy(s -> s.getUnit().getCode() + "/"
                        + org.parcours.survey.entity.ExperienceBand.ofYears(java.time.Period.between(s.getHireDate(),
                                today).getYears())))
                .values().stream().filter(group -> group.size() >= 3).findFirst().orElseThrow().subList(0, 3);
        String unit = trio.get(0).getUnit().getCode();
        List<String> emails = new ArrayList<>(trio.stream().map(StaffMember::getEmail).toList());
        String loneEngineer = staff(StaffCategory.ENGINEER, 1).get(0).getEmail();
        emails.add(loneEngineer);
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 3, emails);
        for (Invitation invitation : invitationsOf(survey.getId())) {
            responses.submit(invitation.getToken(), SATISFIED, "fr");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        asHr.call(() -> {
            results.export(survey.getId(), ResponseExport.Format.CSV, Locale.FRENCH, out);
            return null;
        });

        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.stream().filter(line -> line.contains(";RESEARCHER;")))
                .as("the three researchers of %s share a profile: it stays; %s", unit, lines).hasSize(3);
        assertThat(lines.stream().filter(line -> line.contains("ENGINEER"))).as("the lone engineer's profile goes")
                .isEmpty();
    }

    @Test
    void onceAnswersAreInTheThresholdCanRiseButNeverFallAndOnlyTrainingSurveysGoToACommittee() throws Exception {
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 4, emails(1));
        responses.submit(invitationsOf(survey.getId()).get(0).getToken(), SATISFIED, "fr");
        em.clear();
        Survey answered = em.find(Survey.class, survey.getId());

        assertThatThrownBy(() -> asHr.call(() -> surveys.updateSettings(survey.getId(), answered.getVersion(),
                settings(answered, 3, ResultsSharing.HR_ONLY)))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("survey.threshold.lowered");
        assertThatThrownBy(() -> asHr.call(() -> surveys.updateSettings(survey.getId(), answered.getVersion(),
                settings(answered, 4, ResultsSharing.COMMITTEE)))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("survey.sharing.noProgram");
        assertThatThrownBy(() -> asHr.call(() -> {
            results.share(survey.getId(), ResultsSharing.COMMITTEE);
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("survey.sharing.noProgram");
        asHr.call(() -> surveys.updateSettings(survey.getId(), answered.getVersion(),
                settings(answered, 6, ResultsSharing.HR_ONLY)));

        em.clear();
        Survey reread = em.find(Survey.class, survey.getId());
        assertThat(reread.getAnonymityThreshold()).isEqualTo(6);
        assertThat(reread.getResultsSharing()).isEqualTo(ResultsSharing.HR_ONLY);
    }

    private static SurveySettings settings(Survey survey, int threshold, ResultsSharing sharing) {
        return new SurveySettings(survey.getTitleFr(), survey.getTitleEn(), survey.getIntroFr(), survey.getIntroEn(),
                survey.getAccessMode(), threshold, survey.getReminderDays(), survey.getRetentionMonths(),
                survey.getRetentionAction(), sharing, survey.getOpensAt(), survey.getClosesAt());
    }

    @Test
    void deletingADraftTakesItsUntoldInviteesWithIt() throws Exception {
        Survey draft = asHr.call(() -> {
            Survey created = surveys.createFromTemplate("training-satisfaction", AccessMode.LINK_IDENTIFIED);
            invitations.invite(created.getId(), new Audience(null, null, null, String.join("\n", emails(2)), null));
            return created;
        });
        assertThat(invitationsOf(draft.getId())).hasSize(2);

        asHr.call(() -> {
            surveys.deleteDraft(draft.getId());
            return null;
        });

        em.clear();
        assertThat(em.find(Survey.class, draft.getId())).isNull();
        assertThat(invitationsOf(draft.getId())).isEmpty();
    }

    @Test
    void freeTextsComePagedInResponseOrderSearchableAndAHiddenOneReachesHrOnly() throws Exception {
        String staffEmail = emailOfAccount("staff");
        List<String> people = new ArrayList<>(emails(5));
        people.add(staffEmail);
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 5, people);
        List<Invitation> invited = invitationsOf(survey.getId());
        for (int i = 0; i < invited.size(); i++) {
            Map<String, Value> values = new HashMap<>(SATISFIED.answers());
            values.put("improve", Value.text(i == 3 ? "Mme Dupont parlait trop vite" : "Remarque " + i));
            responses.submit(invited.get(i).getToken(), new AnswerSet(values), "fr");
        }
        long id = survey.getId();

        Page<TextAnswer> first = asHr.call(() -> results.texts(id, "improve", null, 0, 4));
        Page<TextAnswer> second = asHr.call(() -> results.texts(id, "improve", null, 4, 4));
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.items()).hasSize(4);
        assertThat(second.items()).hasSize(2);
        List<String> order = new ArrayList<>();
        first.items().forEach(text -> order.add(text.responseId()));
        second.items().forEach(text -> order.add(text.responseId()));
        assertThat(order).as("every text once, in response order across pages").doesNotHaveDuplicates()
                .isSorted().hasSize(6);
        Page<TextAnswer> totalOnly = asHr.call(() -> results.texts(id, "improve", null, 0, 0));
        assertThat(totalOnly.total()).isEqualTo(6);
        assertThat(totalOnly.items()).as("a page of size 0 is the total only").isEmpty();

        Page<TextAnswer> found = asHr.call(() -> results.texts(id, "improve", "DUPONT", 0, 20));
        assertThat(found.items()).extracting(TextAnswer::text).containsExactly("Mme Dupont parlait trop vite");
        TextAnswer naming = found.items().get(0);
        asHr.call(() -> {
            results.hideText(id, naming.responseId(), "improve", true);
            results.share(id, ResultsSharing.RESPONDENTS);
            return null;
        });

        assertThat(asStaff.call(() -> results.texts(id, "improve", null, 0, 20)).items())
                .as("respondents read no free text before HR has reviewed them").isEmpty();
        asHr.call(() -> {
            results.markCommentsReviewed(id, true);
            return null;
        });
        Page<TextAnswer> shared = asStaff.call(() -> results.texts(id, "improve", null, 0, 20));
        assertThat(shared.total()).isEqualTo(5);
        assertThat(shared.items()).extracting(TextAnswer::text).doesNotContain("Mme Dupont parlait trop vite");
        Page<TextAnswer> forHr = asHr.call(() -> results.texts(id, "improve", "dupont", 0, 20));
        assertThat(forHr.items()).singleElement().extracting(TextAnswer::hidden).isEqualTo(true);
    }

    @Test
    void resultsSharedWithRespondentsAreListedToThoseWhoAnsweredOnly() throws Exception {
        String staffEmail = emailOfAccount("staff");
        List<String> invited = new ArrayList<>(emails(2));
        invited.add(staffEmail);
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 1, invited);
        Invitation mine = invitationsOf(survey.getId()).stream().filter(i -> i.getEmail().equals(staffEmail))
                .findFirst().orElseThrow();
        asHr.call(() -> {
            results.share(survey.getId(), ResultsSharing.RESPONDENTS);
            return null;
        });
        assertThat(asStaff.call(() -> results.sharedWithMe())).extracting(SharedResults::surveyId)
                .as("not before answering").doesNotContain(survey.getId());

        responses.submit(mine.getToken(), SATISFIED, "fr");

        assertThat(asStaff.call(() -> results.sharedWithMe())).extracting(SharedResults::surveyId)
                .contains(survey.getId());
        assertThat(asStaff.call(() -> results.results(survey.getId(), Locale.FRENCH)).responses()).isEqualTo(1);
        assertThat(asManager.call(() -> results.sharedWithMe())).extracting(SharedResults::surveyId)
                .doesNotContain(survey.getId());
    }

    @Test
    void theOutboxNeverShowsAPersonalSurveyLinkWhenMailLeavesBySmtp() throws Exception {
        String address = emails(1).get(0);
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 5, List.of(address));
        String token = invitationsOf(survey.getId()).get(0).getToken();
        org.parcours.mail.entity.OutboxMail mail = em.createQuery("select m from OutboxMail m where m.recipient = :r",
                org.parcours.mail.entity.OutboxMail.class).setParameter("r", address).getSingleResult();
        assertThat(mail.getBodyText()).contains(token);

        String shown = asHr.call(() -> outbox.readableBody(mail.getId()));

        assertThat(shown).contains("/respond/answer.xhtml?t=").doesNotContain(token);
    }

    @Test
    void resultsAreTheSameWhetherTheResponsesAreFoldedIntoTheTalliesOrNot() throws Exception {
        Survey survey = openSurvey(AccessMode.LINK_ANONYMOUS, 2, emails(7));
        List<Invitation> invited = invitationsOf(survey.getId());
        for (int i = 0; i < 4; i++) {
            responses.submit(invited.get(i).getToken(), i % 2 == 0 ? SATISFIED : answers("s", 6 + i), "fr");
        }
        SurveyResults before = asHr.call(() -> results.results(survey.getId(), Locale.FRENCH));

        tallies.foldResults();

        assertThat(ResultTallies.surveysWithPending(em)).doesNotContain(survey.getId());
        SurveyResults folded = asHr.call(() -> results.results(survey.getId(), Locale.FRENCH));
        assertThat(folded).usingRecursiveComparison().isEqualTo(before);
        assertThat(folded.responses()).isEqualTo(4);

        for (int i = 4; i < 7; i++) {
            responses.submit(invited.get(i).getToken(), answers("n", 3), "fr");
        }
        SurveyResults mixed = asHr.call(() -> results.results(survey.getId(), Locale.FRENCH));
        tallies.foldResults();
        SurveyResults all = asHr.call(() -> results.results(survey.getId(), Locale.FRENCH));

        assertThat(all).usingRecursiveComparison().isEqualTo(mixed);
        assertThat(all.responses()).isEqualTo(7);
        assertThat(all.questions()).filteredOn(q -> q.code().equals("recommend")).singleElement()
                .satisfies(q -> assertThat(q.respondents()).isEqualTo(7));
    }

    // --- scheduling and retention ---------------------------------------------------------------------------

    @Test
    void scheduledDatesOpenAndCloseTheSurveyAndRetentionAnonymisesIdentifiedAnswers() throws Exception {
        Survey survey = asHr.call(() -> surveys.createFromTemplate("training-satisfaction",
                AccessMode.LINK_IDENTIFIED));
        Instant now = Instant.now();
        asHr.call(() -> surveys.updateSettings(survey.getId(), surveys.find(survey.getId()).getVersion(),
                new SurveySettings("Planifiée", "Scheduled", null, null, AccessMode.LINK_IDENTIFIED, 1, "", 1,
                        RetentionAction.ANONYMISE_RESPONSES, ResultsSharing.HR_ONLY, now.minusSeconds(60),
                        now.plus(Duration.ofHours(1)))));
        StaffMember someone = staff(StaffCategory.ENGINEER, 1).get(0);
        asHr.call(() -> invitations.invite(survey.getId(), Audience.of(List.of(someone.getId()))));

        scheduler.openAndClose(now);
        assertThat(em.find(Survey.class, survey.getId()).getStatus()).isEqualTo(SurveyStatus.OPEN);
        Invitation invitation = invitationsOf(survey.getId()).get(0);
        responses.submit(invitation.getToken(), SATISFIED, "fr");
        SurveyResponse identified = em.createQuery("select r from SurveyResponse r where r.surveyId = :s",
                SurveyResponse.class).setParameter("s", survey.getId()).getSingleResult();
        assertThat(identified.getStaffId()).isEqualTo(someone.getId());

        scheduler.openAndClose(now.plus(Duration.ofHours(2)));
        em.clear();
        assertThat(em.find(Survey.class, survey.getId()).getStatus()).isEqualTo(SurveyStatus.CLOSED);

        assertThat(lifecycle.applyRetentionIfDue(survey.getId(), Instant.now().plus(Duration.ofDays(10)))).isFalse();
        assertThat(lifecycle.applyRetentionIfDue(survey.getId(), Instant.now().plus(Duration.ofDays(40)))).isTrue();
        em.clear();
        SurveyResponse anonymised = em.find(SurveyResponse.class, identified.getId());
        assertThat(anonymised.getStaffId()).isNull();
        assertThat(anonymised.getInvitationId()).isNull();
        long audited = em.createQuery("select count(a) from AuditEntry a where a.entityType = 'Survey'"
                + " and a.entityId = :id and a.action = 'RETENTION'", Long.class)
                .setParameter("id", String.valueOf(survey.getId())).getSingleResult();
        assertThat(audited).isEqualTo(1);
    }
}
