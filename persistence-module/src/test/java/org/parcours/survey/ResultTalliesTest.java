package org.parcours.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcours.platform.TestDatabase;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.Answer;
import org.parcours.survey.entity.ResultTallies;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyKind;
import org.parcours.survey.entity.SurveyResponse;

/**
 * Results read from the tallies plus the responses not folded yet count every answer exactly once, before, during
 * and after folding, on HSQLDB and PostgreSQL alike.
 */
class ResultTalliesTest {

    static List<String> databases() {
        return TestDatabase.available();
    }

    private static long survey(TestDatabase db) {
        return db.inTransaction(em -> {
            Survey survey = new Survey("Titre", "Title", SurveyKind.OTHER, AccessMode.LINK_ANONYMOUS,
                    "{\"sections\":[]}", "hr", Instant.now());
            em.persist(survey);
            em.flush();
            return survey.getId();
        });
    }

    /**
     * Response n: "overall" a or b, boxes x (every second one) and y (every third one), tools z (every fourth one)
     * and w (every fifth one), "years" n % 4.
     */
    private static void respond(TestDatabase db, long surveyId, int from, int to) {
        db.run(em -> {
            for (int n = from; n < to; n++) {
                String id = UUID.randomUUID().toString();
                em.persist(new SurveyResponse(id, surveyId, LocalDate.now(), "fr", null, null, null, null, null,
                        null));
                em.flush();
                em.persist(new Answer(id, surveyId, "overall", "", n % 3 == 0 ? "a" : "b", null, null));
                if (n % 2 == 0) {
                    em.persist(new Answer(id, surveyId, "boxes", "", "x", null, null));
                }
                if (n % 3 == 0) {
                    em.persist(new Answer(id, surveyId, "boxes", "", "y", null, null));
                }
                if (n % 4 == 0) {
                    em.persist(new Answer(id, surveyId, "tools", "", "z", null, null));
                }
                if (n % 5 == 0) {
                    em.persist(new Answer(id, surveyId, "tools", "", "w", null, null));
                }
                em.persist(new Answer(id, surveyId, "years", "", "", (double) (n % 4), null));
            }
        });
    }

    /** What a plain GROUP BY over every answer says: the truth the tallies must agree with. */
    private static Map<String, Long> truth(TestDatabase db, long surveyId) {
        Map<String, Long> counts = new HashMap<>();
        db.run(em -> em.createQuery("select a.questionCode, a.optionCode, a.numberValue, count(a) from Answer a"
                + " where a.surveyId = :s group by a.questionCode, a.optionCode, a.numberValue", Object[].class)
                .setParameter("s", surveyId).getResultList()
                .forEach(row -> counts.put(row[0] + "/" + row[1] + "/" + row[2], (Long) row[3])));
        return counts;
    }

    private static Map<String, Long> read(TestDatabase db, long surveyId) {
        Map<String, Long> counts = new HashMap<>();
        db.run(em -> ResultTallies.answers(em, surveyId).forEach(cell -> counts.merge(cell.question() + "/"
                + cell.option() + "/" + cell.value(), cell.count(), Long::sum)));
        return counts;
    }

    /** Respondents of the multiple-choice questions, and of one nobody answered. */
    private static Map<String, Long> respondents(TestDatabase db, long surveyId) {
        return db.inTransaction(em -> ResultTallies.respondents(em, surveyId, Set.of("boxes", "tools", "unused")));
    }

    private static Map<String, Long> foldStates(TestDatabase db, long surveyId) {
        Map<String, Long> states = new HashMap<>();
        db.run(em -> {
            for (Object row : em.createNativeQuery("select fold_state, count(*) from survey_response"
                    + " where survey_id = ?1 group by fold_state").setParameter(1, surveyId).getResultList()) {
                Object[] columns = (Object[]) row;
                states.put(String.valueOf(columns[0]).trim(), ((Number) columns[1]).longValue());
            }
        });
        return states;
    }

    private static int fold(TestDatabase db, long surveyId) {
        Integer folded = db.inTransaction(em -> ResultTallies.foldBatch(em, surveyId, Set.of("boxes", "tools")));
        return folded;
    }

    private static List<Long> pending(TestDatabase db) {
        List<Long> surveys = db.inTransaction(ResultTallies::surveysWithPending);
        return surveys;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void foldedAndPendingResponsesAreEachCountedOnce(String kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            long surveyId = survey(db);
            long other = survey(db);
            respond(db, surveyId, 0, 12);
            respond(db, other, 0, 5);
            assertThat(read(db, surveyId)).as("nothing folded yet").isEqualTo(truth(db, surveyId));
            assertThat(pending(db)).contains(surveyId, other);

            int folded = fold(db, surveyId);
            respond(db, surveyId, 12, 15);

            assertThat(folded).isEqualTo(12);
            assertThat(foldStates(db, surveyId)).isEqualTo(Map.of("T", 12L, "P", 3L));
            assertThat(read(db, surveyId)).as("tallies plus pending").isEqualTo(truth(db, surveyId));
            assertThat(read(db, surveyId)).containsEntry("overall/a/null", 5L).containsEntry("years//3.0", 3L);
            // responses 0..14 ticking a box: the even ones and the multiples of 3, once each; a tool: the multiples
            // of 4 and of 5, once each
            assertThat(respondents(db, surveyId)).isEqualTo(Map.of("boxes", 10L, "tools", 6L));

            assertThat(fold(db, surveyId)).isEqualTo(3);
            assertThat(fold(db, surveyId)).isZero();
            assertThat(foldStates(db, surveyId)).isEqualTo(Map.of("T", 15L));
            assertThat(read(db, surveyId)).as("all folded").isEqualTo(truth(db, surveyId));
            assertThat(respondents(db, surveyId)).isEqualTo(Map.of("boxes", 10L, "tools", 6L));
            assertThat(read(db, other)).as("another survey is left alone").isEqualTo(truth(db, other));
            assertThat(pending(db)).contains(other).doesNotContain(surveyId);

            db.run(em -> ResultTallies.forget(em, surveyId));
            assertThat(read(db, surveyId)).as("tallies forgotten, folded responses not counted again").isEmpty();
        }
    }
}
