package org.parcours.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.training.boundary.JournalService;
import org.parcours.training.boundary.ProgramService;
import org.parcours.training.entity.Material;
import org.parcours.training.entity.JournalEntry;
import org.parcours.training.entity.JournalSharing;
import org.parcours.training.entity.TrainingSession;

/**
 * A participant's practice journal for their sessions, private unless they share an entry; reflection time; and the
 * program's reference library. A trainer reads here the entries participants shared with them.
 */
@Named
@ViewScoped
public class JournalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient JournalService journal;

    @EJB
    transient ProgramService programs;

    @Inject
    transient Messages messages;

    private List<TrainingSession> sessions;
    private Long session;
    private String text;
    private JournalSharing sharing = JournalSharing.PRIVATE;
    @Inject
    transient java.time.Clock clock;

    private Boolean participant;
    private Long participantOf;
    private transient List<Material> materials;
    private Long materialsOf;

    private LocalDate reflectionDay;
    private int reflectionHour = 9;

    @PostConstruct
    void load() {
        reflectionDay = LocalDate.now(clock).plusDays(7);
        try {
            sessions = journal.mySessions();
        } catch (BusinessException noStaffRecord) {
            sessions = List.of();
        }
        if (session == null && !sessions.isEmpty()) {
            session = sessions.get(0).getId();
        }
    }

    public List<JournalEntry> getEntries() {
        return session == null ? List.of() : journal.myEntries(session);
    }

    public List<JournalService.SharedEntry> getShared() {
        return session == null ? List.of() : journal.sharedEntries(session);
    }

    /** Whether the caller keeps a journal for the chosen session (a participant), rather than trained it. */
    public boolean isParticipant() {
        if (session == null) {
            return false;
        }
        if (participant == null || !session.equals(participantOf)) {
            participant = journal.participates(session);
            participantOf = session;
        }
        return participant;
    }

    /** The reference library of the chosen session's program. */
    public List<Material> getMaterials() {
        TrainingSession chosen = chosen();
        if (chosen == null) {
            return List.of();
        }
        if (materials == null || !chosen.getId().equals(materialsOf)) {
            materials = programs.materials(chosen.getProgram().getId());
            materialsOf = chosen.getId();
        }
        return materials;
    }

    public void download(Material material) throws IOException {
        Faces.sendFile(programs.materialContent(material.getId()), material.getFileName(), true);
    }

    private TrainingSession chosen() {
        return sessions.stream().filter(s -> s.getId().equals(session)).findFirst().orElse(null);
    }

    public void write() {
        try {
            journal.write(session, text, sharing);
            messages.info("journal.saved");
            text = null;
            sharing = JournalSharing.PRIVATE;
        } catch (BusinessException refusal) {
            messages.refused(refusal, "write");
        }
    }

    public void share(JournalEntry entry, JournalSharing newSharing) {
        journal.share(entry.getId(), newSharing);
        messages.info("journal.sharingChanged");
    }

    public void reflectionTime() throws IOException {
        try {
            String ics = journal.reflectionEvent(session, reflectionDay, reflectionHour, 60);
            Faces.sendFile(ics.getBytes(StandardCharsets.UTF_8), "reflection-time.ics", true);
        } catch (BusinessException refusal) {
            messages.refused(refusal, "write");
        }
    }

    public JournalSharing[] getSharings() {
        return JournalSharing.values();
    }

    public List<TrainingSession> getSessions() {
        return sessions;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public JournalSharing getSharing() {
        return sharing;
    }

    public void setSharing(JournalSharing sharing) {
        this.sharing = sharing;
    }

    public LocalDate getReflectionDay() {
        return reflectionDay;
    }

    public void setReflectionDay(LocalDate reflectionDay) {
        this.reflectionDay = reflectionDay;
    }

    public int getReflectionHour() {
        return reflectionHour;
    }

    public void setReflectionHour(int reflectionHour) {
        this.reflectionHour = reflectionHour;
    }
}
