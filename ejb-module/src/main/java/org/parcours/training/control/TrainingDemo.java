package org.parcours.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.parcours.demo.control.DemoContext;
import org.parcours.demo.control.DemoContribution;
import org.parcours.organization.entity.StaffMember;
import org.parcours.survey.control.AnswerRows;
import org.parcours.survey.control.Invitations;
import org.parcours.survey.control.SurveyDemo;
import org.parcours.survey.control.SurveyTemplates;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.AnswerRules;
import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.Invitation;
import org.parcours.survey.entity.ResultsSharing;
import org.parcours.survey.entity.RetentionAction;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyDocument;
import org.parcours.survey.entity.SurveyJson;
import org.parcours.survey.entity.SurveyResponse;
import org.parcours.survey.entity.SurveyStructure;
import org.parcours.training.entity.CommitteeMeeting;
import org.parcours.training.entity.CommitteeMember;
import org.parcours.training.entity.CommitteeRole;
import org.parcours.training.entity.Decision;
import org.parcours.training.entity.DecisionKind;
import org.parcours.training.entity.Enrolment;
import org.parcours.training.entity.EnrolmentStatus;
import org.parcours.training.entity.ExperienceProfile;
import org.parcours.training.entity.FeedbackItem;
import org.parcours.training.entity.FeedbackSource;
import org.parcours.training.entity.JournalEntry;
import org.parcours.training.entity.JournalSharing;
import org.parcours.training.entity.ProgramModule;
import org.parcours.training.entity.SessionKind;
import org.parcours.training.entity.TrainingProgram;
import org.parcours.training.entity.TrainingSession;

/**
 * The demo program: "Supporting career paths" for new HR development officers (ADVP method), with its needs
 * assessment, steering committee, a completed pilot with roundtable feedback and decisions, a second session that
 * implemented them (and is rated better), and a third session open for enrolment.
 */
@ApplicationScoped
public class TrainingDemo implements DemoContribution {

    @Inject
    SurveyTemplates templates;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(EntityManager em, DemoContext context) {
        Random random = context.random();
        Instant now = context.clock().instant();
        LocalDate today = context.today();
        List<StaffMember> pilotGroup = context.cohorts().getOrDefault("pilot-participants", List.of());
        List<StaffMember> secondGroup = context.staff().stream()
                .filter(s -> s.getCategory().name().equals("ADMINISTRATIVE") && !pilotGroup.contains(s)).limit(14)
                .toList();

        TrainingProgram program = new TrainingProgram("ADVP-2026",
                "Accompagner les parcours professionnels (méthode ADVP)",
                "Supporting career paths (ADVP method)", now.minus(Duration.ofDays(150)));
        program.describe("Donner aux chargés de développement RH une pratique commune et cohérente de"
                + " l'accompagnement professionnel, adaptée à la recherche publique ; construire un réseau d'entraide.",
                "Méthode ADVP (activation du développement vocationnel et personnel) ; apprentissage fondé sur le"
                + " partage d'expériences, en groupes mêlant débutants et praticiens expérimentés.",
                "Guide de l'entretien d'accompagnement ; fiches outils ADVP ; panorama des carrières de la recherche.",
                "Chargés de développement RH nouvellement nommés et conseillers RH en poste, du débutant au praticien"
                + " de plus de 10 ans.");
        program.replaceModules(List.of(
                new ProgramModule("Posture et cadre de l'accompagnement", "Coaching stance and framework", 180),
                new ProgramModule("La méthode ADVP en pratique", "The ADVP method in practice", 360),
                new ProgramModule("Les carrières de la recherche publique", "Careers in public research", 180),
                new ProgramModule("Mises en situation d'entretien", "Interview role-plays", 240)));
        em.persist(program);
        em.flush();

        // Needs assessment: identified, closed, answered by the pilot and second-session participants.
        List<StaffMember> prospective = new ArrayList<>(pilotGroup);
        prospective.addAll(secondGroup);
        Survey needs = survey(em, "training-needs-assessment", AccessMode.LINK_IDENTIFIED,
                "Recueil des besoins – " + program.getTitleFr(), "Needs assessment – " + program.getTitleEn(),
                program.getId(), null, now.minus(Duration.ofDays(140)));
        program.attachNeedsSurvey(needs.getId());
        SurveyStructure needsStructure = SurveyJson.structure(needs.getStructureJson());
        for (StaffMember person : prospective) {
            AnswerSet answers = SurveyDemo.generate(needsStructure, random, random.nextBoolean(),
                    new String[] {"Des outils concrets pour mes premiers entretiens.",
                        "Échanger avec des collègues plus expérimentés.", "Mieux connaître les concours et mobilités."});
            Invitation invitation = invitation(em, needs, person, now.minus(Duration.ofDays(139)));
            invitation.answered(now.minus(Duration.ofDays(135)));
            record(em, needs, needsStructure, answers, person, invitation.getId(), null, today.minusDays(135));
            ExperienceProfile profile = new ExperienceProfile(program.getId(), person.getId(), now);
            AnswerSet.Value band = answers.get("band");
            AnswerSet.Value years = answers.get("years");
            AnswerSet.Value knowledge = answers.get("knowledge");
            profile.update(band == null ? null : band.choices().get(0), years == null ? null
                    : years.number().intValue(), knowledge == null ? null
                    : needsStructure.question("knowledge").orElseThrow().choice(knowledge.choices().get(0))
                            .map(c -> c.value()).orElse(null), now.minus(Duration.ofDays(135)));
            em.persist(profile);
        }
        needs.close(now.minus(Duration.ofDays(125)));

        // The steering committee: sponsors and participant representatives.
        StaffMember hrDirector = context.people().get("hr-director");
        StaffMember committee = context.people().get("committee");
        em.persist(new CommitteeMember(program.getId(), hrDirector.getId(), CommitteeRole.SPONSOR));
        em.persist(new CommitteeMember(program.getId(), committee.getId(), CommitteeRole.SPONSOR));
        for (StaffMember representative : pilotGroup.subList(0, Math.min(3, pilotGroup.size()))) {
            em.persist(new CommitteeMember(program.getId(), representative.getId(),
                    CommitteeRole.PARTICIPANT_REPRESENTATIVE));
        }

        // The pilot, done, with its satisfaction survey (created by the survey demo), feedback and decisions.
        TrainingSession pilot = new TrainingSession(program, "Session pilote – Paris", SessionKind.PILOT,
                today.minusDays(72), today.minusDays(70), 18);
        pilot.locate("Siège, salle Claude Bernard", null, committee.getId(), "Laura Gauthier");
        em.persist(pilot);
        em.flush();
        enrolAndAttend(em, pilot, pilotGroup, now.minus(Duration.ofDays(100)), 6);
        pilot.start();
        pilot.end(now.minus(Duration.ofDays(70)));
        pilot.writeTrainerNotes("Groupe très engagé. Les débutants ont beaucoup appris des échanges avec les"
                + " praticiens expérimentés ; le module ADVP a manqué de temps pour les mises en situation.");
        Long pilotSurveyId = context.ids().get(SurveyDemo.PILOT_SATISFACTION);
        if (pilotSurveyId != null) {
            Survey pilotSurvey = em.find(Survey.class, pilotSurveyId);
            pilotSurvey.attachToTraining(program.getId(), pilot.getId());
            pilot.attachSatisfactionSurvey(pilotSurveyId);
        }
        em.flush();
        FeedbackItem rolePlay = feedback(em, pilot, FeedbackSource.ROUNDTABLE, "Mises en situation",
                "Les participants veulent davantage de temps pour s'exercer à l'entretien.",
                "« On a compris la méthode, il faut maintenant la pratiquer. »",
                "Passer les mises en situation d'une demi-journée à une journée.", now);
        FeedbackItem handout = feedback(em, pilot, FeedbackSource.ROUNDTABLE, "Supports",
                "Le support ADVP est jugé trop long pour s'y référer en entretien.",
                "« Il me faudrait une fiche d'une page. »", "Ajouter une fiche de synthèse ADVP d'une page.", now);
        FeedbackItem pace = feedback(em, pilot, FeedbackSource.TRAINER, "Rythme",
                "Le module carrières de la recherche a été survolé.", null,
                "Le déplacer au deuxième jour, matinée.", now);
        feedback(em, pilot, FeedbackSource.ROUNDTABLE, "Groupes mixtes",
                "Le mélange débutants / expérimentés est apprécié par tous.", "« J'ai appris autant que j'ai partagé. »",
                null, now);
        em.flush();
        StaffMember hrAccount = context.people().get("hr");
        Decision moreRolePlay = new Decision(program.getId(), "Une journée entière de mises en situation",
                "Le module 4 passe à 6 heures, avec des cas apportés par les participants.", DecisionKind.DURATION,
                Set.of(rolePlay.getId()), "committee", now.minus(Duration.ofDays(60)));
        Decision synthesis = new Decision(program.getId(), "Fiche de synthèse ADVP",
                "Une fiche recto d'une page remise avant la session.", DecisionKind.MATERIALS,
                Set.of(handout.getId()), "committee", now.minus(Duration.ofDays(60)));
        Decision moveModule = new Decision(program.getId(), "Déplacer le module carrières au jour 2",
                "Proposé par la formatrice ; le comité préfère garder l'ordre actuel et allonger le module.",
                DecisionKind.FORMAT, Set.of(pace.getId()), "committee", now.minus(Duration.ofDays(60)));
        Decision thirdSessionGroups = new Decision(program.getId(), "Binômes débutant / expérimenté en intersession",
                "Former des binômes pour les échanges entre les sessions.", DecisionKind.GROUPING, Set.of(),
                hrAccount == null ? "hr" : "hr", now.minus(Duration.ofDays(5)));
        for (Decision decision : List.of(moreRolePlay, synthesis, moveModule, thirdSessionGroups)) {
            em.persist(decision);
        }
        moreRolePlay.approve("committee", now.minus(Duration.ofDays(55)));
        synthesis.approve("committee", now.minus(Duration.ofDays(55)));
        moveModule.reject("committee", now.minus(Duration.ofDays(55)));
        CommitteeMeeting meeting = new CommitteeMeeting(program.getId(), today.minusDays(55),
                "1. Résultats de l'enquête de satisfaction de la session pilote\n2. Retours de la table ronde\n"
                + "3. Décisions pour la session 2");
        meeting.recordMinutes("Satisfaction globale élevée ; demande forte de pratique. Décisions : journée entière"
                + " de mises en situation (approuvée), fiche de synthèse ADVP (approuvée), déplacement du module"
                + " carrières (rejetée).");
        em.persist(meeting);

        // Version 2 of the program carries the approved decisions; session 2 ran it.
        program.replaceModules(List.of(
                new ProgramModule("Posture et cadre de l'accompagnement", "Coaching stance and framework", 180),
                new ProgramModule("La méthode ADVP en pratique (avec fiche de synthèse)",
                        "The ADVP method in practice (with one-page summary)", 360),
                new ProgramModule("Les carrières de la recherche publique", "Careers in public research", 180),
                new ProgramModule("Mises en situation d'entretien", "Interview role-plays", 360)));
        program.publishVersion("Journée entière de mises en situation ; fiche de synthèse ADVP (décisions du comité"
                + " après la session pilote).");
        TrainingSession second = new TrainingSession(program, "Session 2 – Lyon", SessionKind.REGULAR,
                today.minusDays(24), today.minusDays(22), 16);
        second.locate("Délégation Auvergne-Rhône-Alpes", null, committee.getId(), "Laura Gauthier");
        em.persist(second);
        em.flush();
        enrolAndAttend(em, second, secondGroup, now.minus(Duration.ofDays(40)), 5);
        second.start();
        second.end(now.minus(Duration.ofDays(22)));
        em.flush();
        moreRolePlay.implemented(program.getContentVersion(), second.getId());
        synthesis.implemented(program.getContentVersion(), second.getId());
        Survey secondSurvey = survey(em, "training-satisfaction", AccessMode.LINK_ANONYMOUS,
                "Satisfaction – Session 2 – Lyon", "Satisfaction – Session 2 – Lyon", program.getId(), second.getId(),
                now.minus(Duration.ofDays(22)));
        SurveyStructure satisfaction = SurveyJson.structure(secondSurvey.getStructureJson());
        int answered = 0;
        for (StaffMember person : secondGroup) {
            Invitation invitation = invitation(em, secondSurvey, person, now.minus(Duration.ofDays(22)));
            if (answered < secondGroup.size() - 2) {
                invitation.answered(now.minus(Duration.ofDays(20)));
                AnswerSet answers = SurveyDemo.generate(satisfaction, random, random.nextDouble() < 0.1,
                        new String[] {"La journée de mises en situation change tout.",
                            "La fiche de synthèse ADVP est très utile.", "Encore un peu court sur les concours."});
                record(em, secondSurvey, satisfaction, answers, person, null, second.getId(), today.minusDays(20));
                answered++;
            }
        }
        secondSurvey.close(now.minus(Duration.ofDays(8)));
        secondSurvey.commentsReviewed(true);
        second.attachSatisfactionSurvey(secondSurvey.getId());

        // Session 3 is open for enrolment.
        TrainingSession third = new TrainingSession(program, "Session 3 – Bordeaux", SessionKind.REGULAR,
                today.plusDays(35), today.plusDays(37), 12);
        third.locate("Délégation Nouvelle-Aquitaine", "https://visio.parcours.example/advp-3", committee.getId(),
                "Laura Gauthier");
        em.persist(third);
        third.openEnrolment();

        // A participant's journal: one private entry, one shared with the trainer.
        if (!pilotGroup.isEmpty()) {
            StaffMember author = pilotGroup.get(0);
            JournalEntry privateEntry = new JournalEntry(pilot.getId(), author.getId(),
                    "Premier entretien avec la grille ADVP : j'ai laissé plus de place aux questions ouvertes.",
                    now.minus(Duration.ofDays(60)));
            em.persist(privateEntry);
            JournalEntry shared = new JournalEntry(pilot.getId(), author.getId(),
                    "Difficulté : recentrer un entretien qui part sur la rémunération. À travailler en groupe.",
                    now.minus(Duration.ofDays(40)));
            shared.share(JournalSharing.TRAINER);
            em.persist(shared);
        }
        context.ids().put("training.program", program.getId());
    }

    private static void enrolAndAttend(EntityManager em, TrainingSession session, List<StaffMember> people,
            Instant enrolled, int groupSize) {
        int groups = Math.max(1, (int) Math.ceil(people.size() / (double) groupSize));
        int i = 0;
        for (StaffMember person : people) {
            Enrolment enrolment = new Enrolment(session, person.getId(), EnrolmentStatus.REGISTERED, enrolled);
            em.persist(enrolment);
            for (LocalDate day : session.days()) {
                enrolment.markAttendance(day, true);
            }
            enrolment.placeInGroup(1 + (i++ % groups));
        }
    }

    private Survey survey(EntityManager em, String template, AccessMode mode, String titleFr, String titleEn,
            Long programId, Long sessionId, Instant opened) {
        SurveyDocument document = templates.byCode(template).orElseThrow();
        Survey survey = new Survey(titleFr, titleEn, document.kind(), mode, SurveyJson.write(document.structure()),
                "hr", opened.minus(Duration.ofDays(1)));
        survey.describe(titleFr, titleEn, document.introFr(), document.introEn());
        survey.configure(mode, mode.anonymous() ? 5 : 1, "7,2", 36, RetentionAction.ANONYMISE_RESPONSES,
                mode.anonymous() ? ResultsSharing.COMMITTEE : ResultsSharing.HR_ONLY);
        survey.attachToTraining(programId, sessionId);
        survey.open(opened);
        em.persist(survey);
        em.flush();
        return survey;
    }

    private static Invitation invitation(EntityManager em, Survey survey, StaffMember person, Instant at) {
        Invitation invitation = new Invitation(survey, person.getId(), person.getEmail(), person.getFullName(), "fr",
                Invitations.newToken(), survey.getTrainingSessionId(), at);
        invitation.mailed(at);
        em.persist(invitation);
        em.flush();
        return invitation;
    }

    private static void record(EntityManager em, Survey survey, SurveyStructure structure, AnswerSet answers,
            StaffMember person, Long invitationId, Long sessionId, LocalDate day) {
        boolean anonymous = survey.getAccessMode().anonymous();
        String id = UUID.randomUUID().toString();
        String[] path = person.getUnit().getPath().split("/");
        AnswerRows.record(em, new SurveyResponse(id, survey.getId(), day, "fr", anonymous ? null : person.getId(),
                anonymous ? null : invitationId, path.length > 2 ? path[2] : null, person.getCategory().name(),
                AnswerRules.experienceBand(structure, answers).orElse(null), sessionId),
                AnswerRules.rows(structure, answers, id, survey.getId()));
        survey.recordResponse(day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    }

    private static FeedbackItem feedback(EntityManager em, TrainingSession session, FeedbackSource source,
            String theme, String observation, String quote, String change, Instant now) {
        FeedbackItem item = new FeedbackItem(session.getId(), source, theme, observation, quote, change, "committee",
                now.minus(Duration.ofDays(69)));
        em.persist(item);
        return item;
    }
}
