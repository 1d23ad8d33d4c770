package org.parcours.portal.control;

import java.util.List;
import org.parcours.portal.boundary.PendingTask;

/** A business area's contribution to "My space": the pending tasks of one person. */
public interface TaskSource {

    /**
     * @param username the signed-in account
     * @param staffId their staff record, or null for an account without one
     * @param roles the caller's roles
     */
    List<PendingTask> tasksFor(String username, Long staffId, java.util.Set<String> roles);
}
