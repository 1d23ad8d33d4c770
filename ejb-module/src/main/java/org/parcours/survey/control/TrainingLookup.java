package org.parcours.survey.control;

import java.util.Map;

/**
 * What the survey area asks the training area, without depending on it: whether someone sits on a program's
 * steering committee (to read results shared with the committee), and the names of training sessions (to label
 * breakdowns). Without an implementation, nobody but HR reads committee-shared results.
 */
public interface TrainingLookup {

    boolean isCommitteeMember(String username, Long programId);

    Map<String, String> sessionTitles();
}
