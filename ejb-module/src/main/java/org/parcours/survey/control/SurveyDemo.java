package org.parcours.survey.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.parcours.demo.control.DemoContext;
import org.parcours.demo.control.DemoContribution;
import org.parcours.organization.entity.StaffMember;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.AnswerRules;
import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.ExperienceBand;
import org.parcours.survey.entity.Invitation;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.ResultsSharing;
import org.parcours.survey.entity.RetentionAction;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyDocument;
import org.parcours.survey.entity.SurveyJson;
import org.parcours.survey.entity.SurveyResponse;
import org.parcours.survey.entity.SurveyStructure;
import org.parcours.survey.entity.SurveyStructure.Choice;
import org.parcours.survey.entity.SurveyStructure.Question;

/**
 * Demo surveys: a closed satisfaction survey of the pilot session with realistic results, an open anonymous
 * barometer in the Île-de-France delegation with part of its answers in, and a career check-in open to all staff.
 */
@ApplicationScoped
public class SurveyDemo implements DemoContribution {

    public static final String PILOT_SATISFACTION = "demo.survey.pilot-satisfaction";

    private static final String[] IMPROVEMENTS = {
        "Plus de temps pour les mises en situation d'entretien.",
        "Le module sur les carrières de la recherche était trop rapide.",
        "Partager les outils avant la session pour les lire à l'avance.",
        "Les échanges entre collègues expérimentés et nouveaux étaient le point fort.",
        "Prévoir un temps de retour d'expérience un mois après.",
        "Un support sur la méthode ADVP plus synthétique serait utile.",
        "Moins de théorie le premier jour, plus de cas concrets.",
    };
    private static final String[] BAROMETER_COMMENTS = {
        "La charge augmente à chaque fin de contrat, il faudrait anticiper les recrutements.",
        "Bonne ambiance dans l'équipe, mais beaucoup d'interruptions.",
        "Les réunions du soir pèsent sur l'équilibre personnel.",
        "Je me sens reconnu par mon équipe.",
    };

    @Inject
    SurveyTemplates templates;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load(EntityManager em, DemoContext context) {
        Instant now = context.clock().instant();
        Random random = context.random();
        List<StaffMember> staff = context.staff();

        // 1. The pilot session's satisfaction survey: closed two months ago, shared with the committee.
        Survey pilot = fromTemplate(em, "training-satisfaction", AccessMode.LINK_ANONYMOUS, now.minus(Duration.ofDays(75)));
        pilot.describe("Satisfaction – session pilote « Accompagner les parcours professionnels »",
                "Satisfaction – pilot session \"Supporting career paths\"", pilot.getIntroFr(), pilot.getIntroEn());
        pilot.configure(AccessMode.LINK_ANONYMOUS, 5, "7,2", 36, RetentionAction.ANONYMISE_RESPONSES,
                ResultsSharing.COMMITTEE);
        pilot.open(now.minus(Duration.ofDays(70)));
        List<StaffMember> participants = participants(context, 18);
        answer(em, pilot, participants, 15, random, now.minus(Duration.ofDays(68)), 0.35, IMPROVEMENTS);
        pilot.close(now.minus(Duration.ofDays(56)));
        pilot.commentsReviewed(true);
        context.ids().put(PILOT_SATISFACTION, pilot.getId());
        context.cohorts().put("pilot-participants", participants);

        // 2. An anonymous psychosocial barometer, open in the Île-de-France delegation.
        Survey barometer = fromTemplate(em, "psychosocial-barometer", AccessMode.LINK_ANONYMOUS,
                now.minus(Duration.ofDays(9)));
        barometer.describe("Baromètre social 2026 – Île-de-France", "Social barometer 2026 – Île-de-France",
                barometer.getIntroFr(), barometer.getIntroEn());
        barometer.schedule(null, now.plus(Duration.ofDays(12)));
        barometer.open(now.minus(Duration.ofDays(8)));
        List<StaffMember> idf = staff.stream().filter(s -> s.getUnit().getPath().contains("/DR-IDF/")).toList();
        StaffMember demoStaff = context.people().get("staff");
        List<StaffMember> invitedIdf = new ArrayList<>(idf.stream().filter(s -> !s.equals(demoStaff)).toList());
        int answered = (int) (invitedIdf.size() * 0.6);
        if (demoStaff != null && idf.contains(demoStaff)) {
            invitedIdf.add(demoStaff);
        }
        answer(em, barometer, invitedIdf, answered, random, now.minus(Duration.ofDays(5)), 0.55, BAROMETER_COMMENTS);

        // 3. A quarterly career check-in guide open to every staff member.
        Survey checkIn = fromTemplate(em, "career-check-in", AccessMode.OPEN_TO_STAFF, now.minus(Duration.ofDays(3)));
        checkIn.schedule(null, now.plus(Duration.ofDays(40)));
        checkIn.open(now.minus(Duration.ofDays(2)));
    }

    private Survey fromTemplate(EntityManager em, String code, AccessMode mode, Instant created) {
        SurveyDocument template = templates.byCode(code).orElseThrow();
        Survey survey = new Survey(template.titleFr(), template.titleEn(), template.kind(), mode,
                SurveyJson.write(template.structure()), "hr", created);
        survey.describe(template.titleFr(), template.titleEn(), template.introFr(), template.introEn());
        em.persist(survey);
        return survey;
    }

    private static List<StaffMember> participants(DemoContext context, int count) {
        List<StaffMember> chosen = new ArrayList<>();
        context.people().forEach((role, person) -> {
            if (role.startsWith("hr-officer-") && chosen.size() < count) {
                chosen.add(person);
            }
        });
        for (StaffMember person : context.staff()) {
            if (chosen.size() >= count) {
                break;
            }
            if (person.getCategory().name().equals("ADMINISTRATIVE") && !chosen.contains(person)) {
                chosen.add(person);
            }
        }
        return chosen;
    }

    /**
     * Invites everyone given and records {@code answers} responses for the first of them (the others stay
     * invited), with a mood that leans satisfied ({@code criticalShare} of respondents are more critical).
     */
    private static void answer(EntityManager em, Survey survey, List<StaffMember> invited, int answers, Random random,
            Instant answeredAround, double criticalShare, String[] comments) {
        SurveyStructure structure = SurveyJson.structure(survey.getStructureJson());
        LocalDate day = LocalDate.ofInstant(answeredAround, java.time.ZoneId.systemDefault());
        for (int i = 0; i < invited.size(); i++) {
            StaffMember person = invited.get(i);
            Invitation invitation = new Invitation(survey, person.getId(), person.getEmail(), person.getFullName(),
                    "fr", org.parcours.survey.control.Invitations.newToken(), null, answeredAround.minus(
                            Duration.ofDays(3)));
            invitation.mailed(answeredAround.minus(Duration.ofDays(3)));
            em.persist(invitation);
            if (i >= answers) {
                continue;
            }
            invitation.answered(answeredAround);
            boolean critical = random.nextDouble() < criticalShare;
            AnswerSet set = generate(structure, random, critical, comments);
            String id = UUID.randomUUID().toString();
            String[] path = person.getUnit().getPath().split("/");
            String band = AnswerRules.experienceBand(structure, set).orElse(ExperienceBand.ofYears(
                    Period.between(person.getHireDate(), day).getYears()));
            AnswerRows.record(em, new SurveyResponse(id, survey.getId(), day.plusDays(random.nextInt(3)), "fr", null,
                    null, path.length > 2 ? path[2] : null, person.getCategory().name(), band,
                    survey.getTrainingSessionId()), AnswerRules.rows(structure, set, id, survey.getId()));
            survey.recordResponse(answeredAround);
        }
    }

    public static AnswerSet generate(SurveyStructure structure, Random random, boolean critical, String[] comments) {
        Map<String, AnswerSet.Value> values = new LinkedHashMap<>();
        for (Question question : structure.questions()) {
            if (!AnswerRules.visible(question, new AnswerSet(values))) {
                continue;
            }
            AnswerSet.Value value = switch (question.type()) {
                case LIKERT, SINGLE_CHOICE -> AnswerSet.Value.choice(pick(question.choices(), random, critical,
                        question.type() == QuestionType.LIKERT).code());
                case YES_NO -> AnswerSet.Value.choice(random.nextDouble() < (critical ? 0.5 : 0.85) ? "yes" : "no");
                case MATRIX -> {
                    Map<String, String> rows = new LinkedHashMap<>();
                    question.items().forEach(item -> rows.put(item.code(), pick(question.choices(), random, critical,
                            true).code()));
                    yield AnswerSet.Value.rows(rows);
                }
                case RATING_0_10 -> AnswerSet.Value.number(Math.max(0, Math.min(10,
                        (critical ? 5 : 8) + random.nextInt(3) - 1)));
                case MULTIPLE_CHOICE -> AnswerSet.Value.choice(question.choices().get(random.nextInt(
                        question.choices().size())).code());
                case NUMBER -> AnswerSet.Value.number(1 + random.nextInt(15));
                case LONG_TEXT, SHORT_TEXT -> random.nextDouble() < 0.5
                        ? AnswerSet.Value.text(comments[random.nextInt(comments.length)]) : null;
                case DATE -> null;
            };
            if (value != null) {
                values.put(question.code(), value);
            }
        }
        return new AnswerSet(values);
    }

    /** A choice leaning to the upper end of a scale (or the lower middle for critical respondents). */
    private static Choice pick(List<Choice> choices, Random random, boolean critical, boolean scale) {
        if (!scale) {
            return choices.get(random.nextInt(choices.size()));
        }
        int top = choices.size() - 1;
        int centre = critical ? Math.max(0, top / 2 - 1 + random.nextInt(2)) : top - random.nextInt(2);
        int index = Math.max(0, Math.min(top, centre + (random.nextDouble() < 0.15 ? -1 : 0)));
        return choices.get(index);
    }
}
