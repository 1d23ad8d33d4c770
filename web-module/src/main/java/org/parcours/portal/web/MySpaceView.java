package org.parcours.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.platform.web.Messages;
import org.parcours.portal.boundary.MySpaceService;
import org.parcours.portal.boundary.PendingTask;

/** "My space": the home page with the signed-in person's pending tasks. */
@Named
@ViewScoped
public class MySpaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient MySpaceService mySpace;

    @Inject
    transient Messages messages;

    private List<PendingTask> tasks;

    @PostConstruct
    void load() {
        tasks = mySpace.pendingTasks();
    }

    public List<PendingTask> getTasks() {
        return tasks;
    }

    public String text(PendingTask task) {
        return messages.text(task.messageKey(), task.arguments().toArray());
    }
}
