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
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.parcours.survey.entity.SurveyStatus;

/** The survey timers: every minute opening and closing, every hour reminders, every night retention. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SurveyScheduler {

    @EJB
    SurveyLifecycle lifecycle;

    @Inject
    Clock clock;

    private final ReentrantLock running = new ReentrantLock();

    @Schedule(hour = "*", minute = "*", persistent = false, info = "survey opening and closing")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        if (running.tryLock()) {
            try {
                openAndClose(clock.instant());
            } finally {
                running.unlock();
            }
        }
    }

    @Schedule(hour = "*", minute = "7", persistent = false, info = "survey reminders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyHour() {
        remind(clock.instant());
    }

    @Schedule(hour = "3", minute = "20", persistent = false, info = "survey retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyNight() {
        retain(clock.instant());
    }

    public void openAndClose(Instant now) {
        lifecycle.surveysIn(SurveyStatus.DRAFT).forEach(id -> lifecycle.openIfDue(id, now));
        lifecycle.surveysIn(SurveyStatus.OPEN).forEach(id -> lifecycle.closeIfDue(id, now));
    }

    public int remind(Instant now) {
        return lifecycle.surveysIn(SurveyStatus.OPEN).stream().mapToInt(id -> lifecycle.remindIfDue(id, now)).sum();
    }

    public int retain(Instant now) {
        return (int) lifecycle.closedSurveys().stream().filter(id -> lifecycle.applyRetentionIfDue(id, now)).count();
    }
}
