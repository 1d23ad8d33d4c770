package org.parcours.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.parcours.identity.entity.Roles;

/** Calls made inside the server under one role, to check what each role's boundaries allow and refuse. */
public final class RunAs {

    private RunAs() {
    }

    /** Runs as an HR admin. */
    @Stateless
    @jakarta.annotation.security.RunAs(Roles.HR_ADMIN)
    @PermitAll
    public static class HrAdmin {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Runs as a staff member. */
    @Stateless
    @jakarta.annotation.security.RunAs(Roles.STAFF)
    @PermitAll
    public static class Staff {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Runs as a manager. */
    @Stateless
    @jakarta.annotation.security.RunAs(Roles.MANAGER)
    @PermitAll
    public static class Manager {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Runs as a steering committee member. */
    @Stateless
    @jakarta.annotation.security.RunAs(Roles.COMMITTEE_MEMBER)
    @PermitAll
    public static class CommitteeMember {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }
}
