package org.parcours.mail.control;

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

/**
 * Every ten seconds, sends the outbox mails that are due. Without an SMTP host configured, mails stay in the outbox
 * (HR admins see them on the Outbox page) and nothing is attempted.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDispatcher {

    private static final int BATCH = 200;

    @EJB
    MailDelivery delivery;

    @Inject
    SmtpSender smtp;

    @Inject
    Clock clock;

    private final ReentrantLock running = new ReentrantLock();

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "outbox dispatch")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onSchedule() {
        if (running.tryLock()) {
            try {
                send(clock.instant());
            } finally {
                running.unlock();
            }
        }
    }

    /** Sends what is due at {@code now}, after any run in progress; returns how many mails went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue(Instant now) {
        running.lock();
        try {
            return send(now);
        } finally {
            running.unlock();
        }
    }

    private int send(Instant now) {
        if (!smtp.configured()) {
            return 0;
        }
        int sent = 0;
        for (Long id : delivery.dueMailIds(now, BATCH)) {
            if (delivery.deliver(id, now)) {
                sent++;
            }
        }
        return sent;
    }
}
