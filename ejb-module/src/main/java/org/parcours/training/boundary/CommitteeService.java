package org.parcours.training.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Account;
import org.parcours.identity.entity.Role;
import org.parcours.identity.entity.Roles;
import org.parcours.organization.control.StaffDirectory;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.boundary.Versions;
import org.parcours.survey.entity.ExperienceBand;
import org.parcours.training.control.CommitteeSampling;
import org.parcours.training.entity.CommitteeMeeting;
import org.parcours.training.entity.CommitteeMember;
import org.parcours.training.entity.CommitteeRole;
import org.parcours.training.entity.Enrolment;
import org.parcours.training.entity.ExperienceProfile;
import org.parcours.training.entity.TrainingProgram;

/**
 * The steering committee of a program: Parcours proposes a representative sample of participants (stratified by
 * experience band, category and region, compared with the whole population), HR adjusts and confirms it with the
 * sponsors; members keep meetings with agenda and minutes.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
public class CommitteeService {

    /** A proposed sample and how it compares with the population. */
    public record SampleProposal(List<StaffDirectory.Person> sample, List<CommitteeSampling.Comparison> comparison,
            int population) {
    }

    /** A committee seat with who holds it. */
    public record Seat(CommitteeMember member, String name, String email) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory directory;

    @EJB
    ProgramService programs;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    /** The people the program concerns: enrolled in one of its sessions, or with a needs-assessment profile. */
    private List<CommitteeSampling.Person> population(long programId) {
        List<Long> ids = new ArrayList<>(em.createQuery("select distinct e.staffId from Enrolment e"
                + " where e.session.program.id = :p", Long.class).setParameter("p", programId).getResultList());
        Map<Long, String> bands = new HashMap<>();
        for (ExperienceProfile profile : em.createQuery("select p from ExperienceProfile p where p.programId = :p",
                ExperienceProfile.class).setParameter("p", programId).getResultList()) {
            bands.put(profile.getStaffId(), profile.getExperienceBand());
            if (!ids.contains(profile.getStaffId())) {
                ids.add(profile.getStaffId());
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<CommitteeSampling.Person> people = new ArrayList<>();
        for (StaffDirectory.Person person : directory.select(ids, null, null)) {
            String band = bands.get(person.id());
            if (band == null && person.hireDate() != null) {
                band = ExperienceBand.ofYears(Period.between(person.hireDate(), today).getYears());
            }
            people.add(new CommitteeSampling.Person(person.id(), band, person.category().name(),
                    StaffDirectory.regionOf(person.unitPath(), person.unitCode())));
        }
        return people;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public SampleProposal proposeSample(long programId, int size) {
        programs.find(programId);
        List<CommitteeSampling.Person> population = population(programId);
        List<CommitteeSampling.Person> sample = CommitteeSampling.sample(population, size);
        Map<Long, StaffDirectory.Person> people = new HashMap<>();
        directory.select(sample.stream().map(CommitteeSampling.Person::id).toList(), null, null)
                .forEach(p -> people.put(p.id(), p));
        return new SampleProposal(sample.stream().map(p -> people.get(p.id())).toList(),
                CommitteeSampling.compare(population, sample), population.size());
    }

    /** Compares any chosen representatives with the population (after HR's adjustments). */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<CommitteeSampling.Comparison> compare(long programId, List<Long> representatives) {
        programs.find(programId);
        List<CommitteeSampling.Person> population = population(programId);
        return CommitteeSampling.compare(population, population.stream()
                .filter(p -> representatives.contains(p.id())).toList());
    }

    /** Confirms the committee: its sponsors and participant representatives (replacing the previous composition). */
    @RolesAllowed(Roles.HR_ADMIN)
    public void confirm(long programId, List<Long> sponsors, List<Long> representatives) {
        TrainingProgram program = programs.find(programId);
        if (sponsors == null || sponsors.isEmpty()) {
            throw BusinessException.invalid("sponsors", "training.committee.noSponsor");
        }
        List<Long> everyone = new ArrayList<>(sponsors);
        if (representatives != null) {
            representatives.stream().filter(id -> !everyone.contains(id)).forEach(everyone::add);
        }
        Set<Long> known = new HashSet<>();
        directory.select(everyone, null, null).forEach(p -> known.add(p.id()));
        for (Long id : everyone) {
            if (!known.contains(id)) {
                throw BusinessException.invalid("representatives", "training.enrolment.unknownStaff", id);
            }
        }
        List<String> before = seats(programId).stream().map(s -> s.name() + " " + s.member().getRole()).toList();
        em.createQuery("delete from CommitteeMember m where m.programId = :p").setParameter("p", programId)
                .executeUpdate();
        for (Long id : sponsors) {
            em.persist(new CommitteeMember(programId, id, CommitteeRole.SPONSOR));
        }
        for (Long id : everyone) {
            if (!sponsors.contains(id)) {
                em.persist(new CommitteeMember(programId, id, CommitteeRole.PARTICIPANT_REPRESENTATIVE));
            }
        }
        em.flush();
        grantCommitteeRole(everyone);
        audit.record("CONFIRM_COMMITTEE", "TrainingProgram", programId, program.getCode(),
                Map.of("members", before.toString()), Map.of("sponsors", sponsors.toString(),
                        "representatives", representatives.toString()));
    }

    /**
     * Members who have an account get the role COMMITTEE_MEMBER, so that the menu leads them to their programs. The
     * role alone opens no program: each workspace checks the seat. It is never taken back here, since an
     * administrator may have given it for another reason.
     */
    private void grantCommitteeRole(List<Long> staffIds) {
        for (Account account : em.createQuery("select a from Account a where a.staffMember.id in :ids", Account.class)
                .setParameter("ids", staffIds).getResultList()) {
            if (!account.getRoles().contains(Role.COMMITTEE_MEMBER)) {
                Set<Role> roles = account.getRoles();
                roles.add(Role.COMMITTEE_MEMBER);
                account.grant(roles);
                audit.record("GRANT_ROLE", "Account", account.getId(), account.getUsername(), null,
                        Map.of("role", Role.COMMITTEE_MEMBER.name()));
            }
        }
    }

    public List<Seat> seats(long programId) {
        programs.requireReader(programId);
        List<CommitteeMember> members = em.createQuery("select m from CommitteeMember m where m.programId = :p"
                + " order by m.role desc, m.staffId", CommitteeMember.class).setParameter("p", programId)
                .getResultList();
        Map<Long, StaffDirectory.Person> people = new HashMap<>();
        directory.select(members.stream().map(CommitteeMember::getStaffId).toList(), null, null)
                .forEach(p -> people.put(p.id(), p));
        return members.stream().map(m -> new Seat(m, people.containsKey(m.getStaffId())
                ? people.get(m.getStaffId()).name() : "?", people.containsKey(m.getStaffId())
                ? people.get(m.getStaffId()).email() : null)).toList();
    }

    public List<CommitteeMeeting> meetings(long programId) {
        programs.requireReader(programId);
        return em.createQuery("select m from CommitteeMeeting m where m.programId = :p order by m.heldOn desc",
                CommitteeMeeting.class).setParameter("p", programId).getResultList();
    }

    public CommitteeMeeting planMeeting(long programId, LocalDate heldOn, String agenda) {
        programs.requireReader(programId);
        if (heldOn == null) {
            throw BusinessException.invalid("heldOn", "training.meeting.dateRequired");
        }
        CommitteeMeeting meeting = new CommitteeMeeting(programId, heldOn, agenda);
        em.persist(meeting);
        em.flush();
        audit.record("PLAN_MEETING", "TrainingProgram", programId, String.valueOf(heldOn), null, null);
        return meeting;
    }

    public void recordMinutes(long meetingId, long expectedVersion, String minutes) {
        CommitteeMeeting meeting = em.find(CommitteeMeeting.class, meetingId);
        if (meeting == null) {
            throw BusinessException.notFound("meeting", meetingId);
        }
        programs.requireReader(meeting.getProgramId());
        Versions.require(expectedVersion, meeting.getVersion(), "meeting");
        meeting.recordMinutes(minutes);
        audit.record("MINUTES", "CommitteeMeeting", meetingId, String.valueOf(meeting.getHeldOn()), null, null);
    }

    List<Enrolment> enrolments(long programId) {
        return em.createQuery("select e from Enrolment e where e.session.program.id = :p", Enrolment.class)
                .setParameter("p", programId).getResultList();
    }
}
