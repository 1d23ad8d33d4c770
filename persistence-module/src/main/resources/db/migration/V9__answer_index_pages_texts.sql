-- The survey-and-question index also orders a question's answers by response, so the first page of a question's
-- free texts reads its twenty rows from the index instead of sorting every answer to that question.
DROP INDEX ix_answer_survey_question;
CREATE INDEX ix_answer_survey_question ON survey_answer (survey_id, question_code, item_code, option_code, response_id);
