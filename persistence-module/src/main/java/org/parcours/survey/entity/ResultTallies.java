package org.parcours.survey.entity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A survey's answers counted ahead of time, so that its results read a few hundred counts whatever the number of
 * responses (table {@code survey_tally}). Responses are folded into the tallies in batches; the results add the
 * counts of the responses not folded yet. Both happen in SQL, with GROUP BY.
 *
 * <p>A response only carries its fold state (P pending, F being folded, T tallied): no time and no order, as
 * anonymous responses require. A fold marks a batch F, adds the batch's grouped counts to the tallies and marks it
 * T, in one transaction: whoever reads sees the tallies and the pending responses of one committed state, so every
 * response is counted exactly once.
 */
public final class ResultTallies {

    /** Responses folded in one transaction. */
    public static final int BATCH = 5000;

    /**
     * The responses of survey ?2 in fold state ?3, as a subquery: written this way, HSQLDB starts from the few
     * responses in that state (index on survey and state) instead of scanning every answer of the survey.
     */
    private static final String RESPONSES_IN_STATE =
            "(select r.id from survey_response r where r.survey_id = ?2 and r.fold_state = ?3)";

    /** Counts of one cell: answers in (question, matrix row, option, number), or respondents of a question. */
    public record Cell(String question, String item, String option, Double value, long count) {

        Key key() {
            return new Key(question, item, option, value);
        }
    }

    private record Key(String question, String item, String option, Double value) {
    }

    private ResultTallies() {
    }

    /** The surveys that have responses waiting to be folded. */
    public static List<Long> surveysWithPending(EntityManager em) {
        List<?> ids = em.createNativeQuery("select s.id from survey s where exists (select 1 from survey_response r"
                + " where r.survey_id = s.id and r.fold_state = 'P') order by s.id").getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Folds one batch of the survey's pending responses into its tallies; returns how many responses it folded (0
     * when none was pending). Runs in the caller's transaction, which must cover all of it.
     *
     * @param multipleChoice the codes of the survey's multiple-choice questions, whose respondents are counted
     *        apart (a response may tick several boxes)
     */
    public static int foldBatch(EntityManager em, long surveyId, Collection<String> multipleChoice) {
        int marked = em.createNativeQuery("update survey_response set fold_state = 'F' where id in (select id from"
                + " survey_response where survey_id = ?1 and fold_state = 'P' fetch first " + BATCH + " rows only)")
                .setParameter(1, surveyId).executeUpdate();
        if (marked == 0) {
            return 0;
        }
        Map<Key, Long> answers = new LinkedHashMap<>();
        Map<Key, Long> respondents = new LinkedHashMap<>();
        for (Cell cell : tallied(em, surveyId, "A")) {
            answers.merge(cell.key(), cell.count(), Long::sum);
        }
        for (Cell cell : tallied(em, surveyId, "R")) {
            respondents.merge(cell.key(), cell.count(), Long::sum);
        }
        for (Cell cell : grouped(em, surveyId, "F")) {
            answers.merge(cell.key(), cell.count(), Long::sum);
        }
        for (Cell cell : respondentsOf(em, surveyId, "F", multipleChoice)) {
            respondents.merge(cell.key(), cell.count(), Long::sum);
        }
        em.createNativeQuery("delete from survey_tally where survey_id = ?1").setParameter(1, surveyId)
                .executeUpdate();
        insert(em, surveyId, "A", answers);
        insert(em, surveyId, "R", respondents);
        em.createNativeQuery("update survey_response set fold_state = 'T' where survey_id = ?1 and fold_state = 'F'")
                .setParameter(1, surveyId).executeUpdate();
        return marked;
    }

    /** Answers per (question, matrix row, option, number): the tallies plus the responses not folded yet. */
    public static List<Cell> answers(EntityManager em, long surveyId) {
        return cells(em.createNativeQuery("select question_code, item_code, option_code, number_value, sum(c)"
                + " from (select question_code, item_code, option_code, number_value, answers as c from survey_tally"
                + " where survey_id = ?1 and measure = 'A'"
                + " union all select a.question_code, a.item_code, a.option_code, a.number_value, count(*)"
                + " from survey_answer a where a.response_id in " + RESPONSES_IN_STATE
                + " group by a.question_code, a.item_code, a.option_code, a.number_value) t"
                + " group by question_code, item_code, option_code, number_value")
                .setParameter(1, surveyId).setParameter(2, surveyId).setParameter(3, "P").getResultList());
    }

    /** Responses that answered each of the given questions: the tallies plus the responses not folded yet. */
    public static Map<String, Long> respondents(EntityManager em, long surveyId, Collection<String> questions) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (questions.isEmpty()) {
            return counts;
        }
        for (Cell cell : tallied(em, surveyId, "R")) {
            counts.merge(cell.question(), cell.count(), Long::sum);
        }
        for (Cell cell : respondentsOf(em, surveyId, "P", questions)) {
            counts.merge(cell.question(), cell.count(), Long::sum);
        }
        counts.keySet().retainAll(questions);
        return counts;
    }

    /** Forgets the survey's tallies, when its responses are deleted. */
    public static void forget(EntityManager em, long surveyId) {
        em.createNativeQuery("delete from survey_tally where survey_id = ?1").setParameter(1, surveyId)
                .executeUpdate();
    }

    private static List<Cell> tallied(EntityManager em, long surveyId, String measure) {
        return cells(em.createNativeQuery("select question_code, item_code, option_code, number_value, answers"
                + " from survey_tally where survey_id = ?1 and measure = ?2").setParameter(1, surveyId)
                .setParameter(2, measure).getResultList());
    }

    private static List<Cell> grouped(EntityManager em, long surveyId, String state) {
        return cells(em.createNativeQuery("select a.question_code, a.item_code, a.option_code, a.number_value,"
                + " count(*) from survey_answer a where a.response_id in " + RESPONSES_IN_STATE
                + " group by a.question_code, a.item_code, a.option_code, a.number_value")
                .setParameter(2, surveyId).setParameter(3, state).getResultList());
    }

    /** Respondents per question among the given ones, in one pass over the answers of the responses in the state. */
    private static List<Cell> respondentsOf(EntityManager em, long surveyId, String state,
            Collection<String> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            codes.append(i == 0 ? "?" : ", ?").append(i + 4);
        }
        jakarta.persistence.Query query = em.createNativeQuery("select a.question_code,"
                + " count(distinct a.response_id) from survey_answer a where a.question_code in (" + codes
                + ") and a.response_id in " + RESPONSES_IN_STATE + " group by a.question_code")
                .setParameter(2, surveyId).setParameter(3, state);
        int position = 4;
        for (String question : questions) {
            query.setParameter(position++, question);
        }
        List<Cell> cells = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            cells.add(new Cell((String) columns[0], "", "", null, ((Number) columns[1]).longValue()));
        }
        return cells;
    }

    /** Writes the counts as tally rows, in one JDBC batch on the transaction's connection. */
    private static void insert(EntityManager em, long surveyId, String measure, Map<Key, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement("insert into survey_tally (survey_id, measure,"
                + " question_code, item_code, option_code, number_value, answers) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Key, Long> count : counts.entrySet()) {
                Key key = count.getKey();
                insert.setLong(1, surveyId);
                insert.setString(2, measure);
                insert.setString(3, key.question());
                insert.setString(4, key.item());
                insert.setString(5, key.option());
                if (key.value() == null) {
                    insert.setNull(6, Types.DOUBLE);
                } else {
                    insert.setDouble(6, key.value());
                }
                insert.setLong(7, count.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("The result tallies of survey " + surveyId + " were not written", e);
        }
    }

    private static List<Cell> cells(List<?> rows) {
        List<Cell> cells = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            cells.add(new Cell((String) columns[0], (String) columns[1], (String) columns[2],
                    columns[3] == null ? null : ((Number) columns[3]).doubleValue(),
                    Objects.requireNonNull((Number) columns[4]).longValue()));
        }
        return cells;
    }
}
