-- Result tallies: a survey's answers counted ahead of time, so that its results read a few hundred counts whatever
-- the number of responses. A timer folds the responses still pending into the tallies (P pending, F being folded,
-- T tallied); the results add the counts of the responses not folded yet. A response only knows whether it was
-- folded: no time and no order are kept, as anonymous responses require.

ALTER TABLE survey_response ADD COLUMN fold_state CHAR(1) DEFAULT 'P' NOT NULL;
ALTER TABLE survey_response ADD CONSTRAINT ck_response_fold_state CHECK (fold_state IN ('P', 'F', 'T'));
CREATE INDEX ix_response_fold ON survey_response (survey_id, fold_state);

-- measure A: answers in the cell (question, matrix row, option, number); R: responses that answered a
-- multiple-choice question (one response may tick several boxes).
CREATE TABLE survey_tally (
    survey_id     BIGINT NOT NULL,
    measure       CHAR(1) NOT NULL,
    question_code VARCHAR(40) NOT NULL,
    item_code     VARCHAR(40) NOT NULL,
    option_code   VARCHAR(40) NOT NULL,
    number_value  DOUBLE PRECISION,
    answers       BIGINT NOT NULL,
    CONSTRAINT fk_tally_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT ck_tally_measure CHECK (measure IN ('A', 'R'))
);
CREATE INDEX ix_tally_survey ON survey_tally (survey_id);
