package org.parcours.survey.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.parcours.survey.entity.Answer;
import org.parcours.survey.entity.SurveyResponse;

/**
 * Records a response: its row through JPA, then its answer rows (about sixty for a 40-question survey) in one JDBC
 * batch on the transaction's own connection. The answers are written once and never edited as objects, so keeping
 * sixty managed copies of them until the commit would only cost time on the busiest path of a survey.
 */
public final class AnswerRows {

    private static final String INSERT = "INSERT INTO survey_answer (response_id, question_code, item_code,"
            + " option_code, survey_id, number_value, text_value, hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private AnswerRows() {
    }

    public static void record(EntityManager em, SurveyResponse response, List<Answer> answers) {
        em.persist(response);
        // The response row first: the answers refer to it
        em.flush();
        if (answers.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Answer answer : answers) {
                insert.setString(1, answer.getResponseId());
                insert.setString(2, answer.getQuestionCode());
                insert.setString(3, answer.getItemCode());
                insert.setString(4, answer.getOptionCode());
                insert.setLong(5, answer.getSurveyId());
                if (answer.getNumberValue() == null) {
                    insert.setNull(6, Types.DOUBLE);
                } else {
                    insert.setDouble(6, answer.getNumberValue());
                }
                if (answer.getTextValue() == null) {
                    insert.setNull(7, Types.VARCHAR);
                } else {
                    insert.setString(7, answer.getTextValue());
                }
                insert.setBoolean(8, answer.isHidden());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("The answers of response " + response.getId() + " were not recorded", e);
        }
    }
}
