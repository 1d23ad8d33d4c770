-- The answers of a response are written with it, in one transaction, by one class (AnswerRows), and deleted before
-- it (retention deletes a survey's answers, then its responses). The foreign key from each answer to its response
-- checked all sixty answer rows of every response against that response: one more index lookup per row on HSQLDB,
-- in an index of its own (HSQLDB builds one for every foreign key, here beside the primary key that already starts
-- with the response), and one trigger query per row on PostgreSQL. The primary key still starts with the response,
-- so a response's answers are still found, and deleted, through it.
ALTER TABLE survey_answer DROP CONSTRAINT fk_answer_response;
