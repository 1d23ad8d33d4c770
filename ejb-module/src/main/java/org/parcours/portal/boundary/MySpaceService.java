package org.parcours.portal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parcours.identity.boundary.AccountService;
import org.parcours.identity.boundary.CallerDto;
import org.parcours.identity.entity.Roles;
import org.parcours.portal.control.TaskSource;

/** "My space": the signed-in person's pending tasks from every area, most urgent first. */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
public class MySpaceService {

    @EJB
    AccountService accounts;

    @Inject
    @Any
    Instance<TaskSource> sources;

    public List<PendingTask> pendingTasks() {
        CallerDto me = accounts.me();
        List<PendingTask> tasks = new ArrayList<>();
        for (TaskSource source : sources) {
            tasks.addAll(source.tasksFor(me.username(), me.staffId(), me.roles()));
        }
        tasks.sort(Comparator.comparing(PendingTask::urgency).reversed()
                .thenComparing(PendingTask::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return tasks;
    }
}
