package org.parcours.survey.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.parcours.survey.entity.Answer;
import org.parcours.survey.entity.SurveyResponse;

/**
 * Records a response: its row, then its answer rows (about sixty for a 40-question survey) in one JDBC batch, on the
 * transaction's own connection. A response and its answers are written once and never edited as objects, so
 * keeping them as managed entities until the commit would only cost time on the busiest path of a survey.
 */
public final class AnswerRows {

    private static final String INSERT_RESPONSE = "INSERT INTO survey_response (id, survey_id, submitted_on,"
            + " language, staff_id, invitation_id, unit_code, category, experience_band, training_session_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT = "INSERT INTO survey_answer (response_id, question_code, item_code,"
            + " option_code, survey_id, number_value, text_value, hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private AnswerRows() {
    }

    public static void record(EntityManager em, SurveyResponse response, List<Answer> answers) {
        // The transaction's changes still held as entities first (a survey created with its responses): the rows
        // refer to them
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_RESPONSE)) {
                insert.setString(1, response.getId());
                insert.setLong(2, response.getSurveyId());
                insert.setDate(3, Date.valueOf(response.getSubmittedOn()));
                setString(insert, 4, response.getLanguage());
                setLong(insert, 5, response.getStaffId());
                setLong(insert, 6, response.getInvitationId());
                setString(insert, 7, response.getUnitCode());
                setString(insert, 8, response.getCategory());
                setString(insert, 9, response.getExperienceBand());
                setLong(insert, 10, response.getTrainingSessionId());
                insert.executeUpdate();
            }
            if (answers.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Answer answer : answers) {
                    insert.setString(1, answer.getResponseId());
                    insert.setString(2, answer.getQuestionCode());
                    insert.setString(3, answer.getItemCode());
                    insert.setString(4, answer.getOptionCode());
                    insert.setLong(5, answer.getSurveyId());
                    setDouble(insert, 6, answer.getNumberValue());
                    setString(insert, 7, answer.getTextValue());
                    insert.setBoolean(8, answer.isHidden());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Response " + response.getId() + " was not recorded", e);
        }
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
