package org.parcours.survey.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.locks.ReentrantLock;
import org.parcours.survey.entity.ResultTallies;

/**
 * Every 5 seconds, the surveys' new responses are folded into their result tallies (see {@link ResultFolding}).
 * A bean of its own: its runs never overlap another timer's on the same instance, and never each other. The
 * timeout method says NOT_SUPPORTED itself (the class-level attribute does not reach a timeout callback): were it run
 * in a transaction, the first query's connection would stay open across the batches, and an embedded HSQLDB, whose
 * checkpoint waits for every open transaction, would stop.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResultTallyTimer {

    @EJB
    ResultFolding results;

    private final ReentrantLock folding = new ReentrantLock();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "survey result tallies")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyFiveSeconds() {
        if (folding.tryLock()) {
            try {
                fold();
            } finally {
                folding.unlock();
            }
        }
    }

    /** Folds every survey's pending responses into its tallies, after any run in progress; returns how many. */
    public int foldResults() {
        folding.lock();
        try {
            return fold();
        } finally {
            folding.unlock();
        }
    }

    /**
     * Folds each survey's pending responses, batch after batch while batches come full. A batch that is not full
     * took all that was pending: what arrives meanwhile waits for the next run. Folding on until none is pending
     * would, during a campaign, fold a few dozen responses at a time without pause, and each batch reads and
     * rewrites the survey's whole tallies.
     */
    private int fold() {
        int folded = 0;
        for (long surveyId : results.surveysWithPending()) {
            int batch;
            do {
                batch = results.foldBatch(surveyId);
                folded += batch;
            } while (batch == ResultTallies.BATCH);
        }
        return folded;
    }
}
