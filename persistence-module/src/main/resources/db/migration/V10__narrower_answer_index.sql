-- Answering writes some sixty answer rows per response, each into every index of survey_answer: the survey-and-
-- question index keeps the survey, the question and the response only. A question's rows are still found together,
-- and its free texts (no matrix row, no option) still come in response order from the index.
DROP INDEX ix_answer_survey_question;
CREATE INDEX ix_answer_survey_question ON survey_answer (survey_id, question_code, response_id);

-- The responses of a survey are found through ix_response_fold (survey_id, fold_state): this one only cost writes.
DROP INDEX ix_response_survey;
