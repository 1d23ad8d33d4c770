package org.parcours.training.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** Training timers: sessions whose last day has passed are ended (the satisfaction survey goes out), and reflection prompts leave on their day. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingScheduler {

    @EJB
    TrainingTimers timers;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "12", persistent = false, info = "training sessions and reflection prompts")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        LocalDate today = LocalDate.now(clock);
        timers.endSessionsBefore(today).forEach(timers::endSession);
        timers.duePrompts(today).forEach(timers::sendPrompt);
    }
}
