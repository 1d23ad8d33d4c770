package org.parcours.training.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Roles;
import org.parcours.organization.control.StaffDirectory;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.boundary.Versions;
import org.parcours.survey.control.SurveyFactory;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.Survey;
import org.parcours.training.control.MaterialStore;
import org.parcours.training.control.TrainingAccess;
import org.parcours.training.entity.ExperienceProfile;
import org.parcours.training.entity.Material;
import org.parcours.training.entity.ProgramModule;
import org.parcours.training.entity.TrainingProgram;

/**
 * Training programs: HR creates and versions them, sends the needs assessment, keeps the materials library.
 * Steering committee members read their own programs; participants' experience profiles are for HR only.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
public class ProgramService {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingAccess access;

    @Inject
    MaterialStore store;

    @Inject
    StaffDirectory directory;

    @EJB
    SurveyFactory surveys;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    /** HR sees every program; a committee member the programs whose committee they sit on. */
    public List<TrainingProgram> visiblePrograms() {
        if (session.isCallerInRole(Roles.HR_ADMIN)) {
            return em.createQuery("select p from TrainingProgram p order by p.createdAt desc", TrainingProgram.class)
                    .getResultList();
        }
        List<Long> mine = access.committeePrograms(caller());
        if (mine.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from TrainingProgram p where p.id in :ids order by p.createdAt desc",
                TrainingProgram.class).setParameter("ids", mine).getResultList();
    }

    public TrainingProgram find(long programId) {
        TrainingProgram program = em.find(TrainingProgram.class, programId);
        if (program == null) {
            throw BusinessException.notFound("program", programId);
        }
        requireReader(programId);
        return program;
    }

    /** Whether the caller is HR or sits on this program's steering committee. */
    public boolean isReader(long programId) {
        return session.isCallerInRole(Roles.HR_ADMIN) || access.isCommitteeMember(caller(), programId);
    }

    /** HR, or a member of this program's steering committee; anyone else is refused clearly. */
    public void requireReader(long programId) {
        if (!session.isCallerInRole(Roles.HR_ADMIN) && !access.isCommitteeMember(caller(), programId)) {
            throw BusinessException.forbidden("training.committee.notMember");
        }
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public TrainingProgram create(String code, String titleFr, String titleEn, String objectives, String method,
            String reference, String audience) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{2,40}")) {
            throw BusinessException.invalid("code", "training.program.code");
        }
        if (titleFr == null || titleFr.isBlank()) {
            throw BusinessException.invalid("titleFr", "training.program.titleRequired");
        }
        long existing = em.createQuery("select count(p) from TrainingProgram p where p.code = :c", Long.class)
                .setParameter("c", code).getSingleResult();
        if (existing > 0) {
            throw BusinessException.conflict("code", "training.program.duplicateCode", code);
        }
        TrainingProgram program = new TrainingProgram(code, titleFr.trim(), titleEn == null || titleEn.isBlank()
                ? titleFr.trim() : titleEn.trim(), clock.instant());
        program.describe(objectives, method, reference, audience);
        em.persist(program);
        em.flush();
        audit.record("CREATE", "TrainingProgram", program.getId(), code, null, program.snapshot());
        return program;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public TrainingProgram update(long programId, long expectedVersion, String titleFr, String titleEn,
            String objectives, String method, String reference, String audience, String reflectionDays,
            List<ProgramModule> modules) {
        TrainingProgram program = find(programId);
        Versions.require(expectedVersion, program.getVersion(), "program");
        Map<String, Object> before = program.snapshot();
        program.rename(titleFr, titleEn);
        program.describe(objectives, method, reference, audience);
        program.reflectionRhythm(reflectionDays);
        program.replaceModules(modules);
        em.flush();
        audit.record("UPDATE", "TrainingProgram", programId, program.getCode(), before, program.snapshot());
        return program;
    }

    /** A new content version: the sessions that start from now on run it. */
    @RolesAllowed(Roles.HR_ADMIN)
    public int publishVersion(long programId, String notes) {
        TrainingProgram program = find(programId);
        Map<String, Object> before = program.snapshot();
        int version = program.publishVersion(notes);
        audit.record("PUBLISH_VERSION", "TrainingProgram", programId, "version " + version, before,
                program.snapshot());
        return version;
    }

    /** Sends the needs assessment (an identified survey) to the prospective participants. */
    @RolesAllowed(Roles.HR_ADMIN)
    public Survey sendNeedsAssessment(long programId, List<Long> staffIds, int daysToAnswer) {
        TrainingProgram program = find(programId);
        if (staffIds == null || staffIds.isEmpty()) {
            throw BusinessException.invalid("staffIds", "survey.audience.empty");
        }
        if (program.getNeedsSurveyId() != null) {
            throw BusinessException.conflict(null, "training.needs.alreadySent");
        }
        Survey survey = surveys.forTraining("training-needs-assessment", AccessMode.LINK_IDENTIFIED,
                "Recueil des besoins – " + program.getTitleFr(), "Needs assessment – " + program.getTitleEn(),
                programId, null, clock.instant().plus(Duration.ofDays(Math.max(3, daysToAnswer))));
        surveys.inviteAndOpen(survey, staffIds, null);
        program.attachNeedsSurvey(survey.getId());
        audit.record("SEND_NEEDS_ASSESSMENT", "TrainingProgram", programId, staffIds.size() + " participant(s)", null,
                Map.of("survey", survey.getId()));
        return survey;
    }

    /** An experience profile with the name of the person it describes. */
    public record Profile(ExperienceProfile profile, String name, String unit) {
    }

    /**
     * Participants' experience profiles: HR sees them all; the trainer of a session sees those of its participants;
     * nobody else, not even the steering committee.
     */
    public List<Profile> profiles(long programId) {
        if (em.find(TrainingProgram.class, programId) == null) {
            throw BusinessException.notFound("program", programId);
        }
        List<ExperienceProfile> found;
        if (session.isCallerInRole(Roles.HR_ADMIN)) {
            found = em.createQuery("select p from ExperienceProfile p where p.programId = :p order by p.staffId",
                    ExperienceProfile.class).setParameter("p", programId).getResultList();
        } else {
            List<Long> trained = access.sessionsTrainedBy(caller(), programId);
            if (trained.isEmpty()) {
                throw BusinessException.forbidden("training.profiles.hrAndTrainer");
            }
            found = em.createQuery("select p from ExperienceProfile p where p.programId = :p and p.staffId in"
                    + " (select e.staffId from Enrolment e where e.session.id in :sessions) order by p.staffId",
                    ExperienceProfile.class).setParameter("p", programId).setParameter("sessions", trained)
                    .getResultList();
        }
        Map<Long, StaffDirectory.Person> people = new java.util.HashMap<>();
        directory.select(found.stream().map(ExperienceProfile::getStaffId).toList(), null, null)
                .forEach(p -> people.put(p.id(), p));
        return found.stream().map(p -> new Profile(p, people.containsKey(p.getStaffId())
                ? people.get(p.getStaffId()).name() : String.valueOf(p.getStaffId()),
                people.containsKey(p.getStaffId()) ? people.get(p.getStaffId()).unitCode() : null)).toList();
    }

    /** Whether the caller may see experience profiles of this program (HR, or a trainer of one of its sessions). */
    public boolean readsProfiles(long programId) {
        return session.isCallerInRole(Roles.HR_ADMIN) || !access.sessionsTrainedBy(caller(), programId).isEmpty();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Material addMaterial(long programId, String title, String fileName, String contentType, byte[] content) {
        find(programId);
        MaterialStore.check(fileName, content);
        String storedAs = store.store(content);
        Material material = new Material(programId, title == null || title.isBlank() ? fileName : title.trim(),
                fileName, contentType == null ? "application/octet-stream" : contentType, content.length, storedAs,
                caller(), clock.instant());
        em.persist(material);
        em.flush();
        audit.record("ADD_MATERIAL", "TrainingProgram", programId, material.getTitle(), null,
                Map.of("file", fileName, "size", content.length));
        return material;
    }

    public List<Material> materials(long programId) {
        requireMaterialReader(programId);
        return em.createQuery("select m from Material m where m.programId = :p order by m.title", Material.class)
                .setParameter("p", programId).getResultList();
    }

    public Material material(long materialId) {
        Material material = em.find(Material.class, materialId);
        if (material == null) {
            throw BusinessException.notFound("material", materialId);
        }
        requireMaterialReader(material.getProgramId());
        return material;
    }

    public InputStream materialContent(long materialId) {
        return store.open(material(materialId).getStoredAs());
    }

    /** Materials are the common reference base: HR, the committee, trainers and the program's participants read them. */
    private void requireMaterialReader(long programId) {
        if (session.isCallerInRole(Roles.HR_ADMIN) || access.isCommitteeMember(caller(), programId)
                || !access.sessionsTrainedBy(caller(), programId).isEmpty()) {
            return;
        }
        Long me = access.staffIdOf(caller()).orElse(-1L);
        long enrolled = em.createQuery("select count(e) from Enrolment e where e.session.program.id = :p"
                + " and e.staffId = :me", Long.class).setParameter("p", programId).setParameter("me", me)
                .getSingleResult();
        if (enrolled == 0) {
            throw BusinessException.forbidden("training.material.notParticipant");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
