package org.parcours.survey.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parcours.organization.control.StaffDirectory;
import org.parcours.organization.control.StaffDirectory.Person;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.survey.boundary.Audience;
import org.parcours.survey.boundary.AudiencePreview;
import org.parcours.survey.entity.Invitation;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyStatus;

/**
 * Turns an audience into invitations with unguessable personal tokens, once per address, and mails them at once if
 * the survey is open (otherwise when it opens). Used by HR's boundary and by the training area's automations.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;,<>\"]+@[^@\\s;,<>\"]+\\.[^@\\s;,<>\"]+");

    /** One person to invite. */
    private record Invitee(Long staffId, String email, String name, String locale) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory directory;

    @EJB
    InvitationMailer mailer;

    @Inject
    Clock clock;

    public static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public AudiencePreview preview(Survey survey, Audience audience) {
        List<String> invalid = new ArrayList<>();
        Map<String, Invitee> invitees = resolve(audience, invalid);
        Set<String> existing = existingEmails(survey);
        int already = (int) invitees.keySet().stream().filter(existing::contains).count();
        return new AudiencePreview(invitees.size() - already, already, invalid);
    }

    /** Creates the missing invitations; returns how many were created. */
    public int invite(Survey survey, Audience audience) {
        if (survey.getStatus() == SurveyStatus.CLOSED || survey.getStatus() == SurveyStatus.ARCHIVED) {
            throw BusinessException.conflict(null, "survey.notEditable", survey.getStatus());
        }
        List<String> invalid = new ArrayList<>();
        Map<String, Invitee> invitees = resolve(audience, invalid);
        if (!invalid.isEmpty()) {
            throw BusinessException.invalid("emails", "survey.audience.invalidEmails", String.join(", ", invalid));
        }
        Set<String> existing = existingEmails(survey);
        int created = 0;
        for (Invitee invitee : invitees.values()) {
            if (existing.contains(invitee.email())) {
                continue;
            }
            Invitation invitation = new Invitation(survey, invitee.staffId(), invitee.email(), invitee.name(),
                    invitee.locale(), newToken(), audience.trainingSessionId(), clock.instant());
            em.persist(invitation);
            if (survey.getStatus() == SurveyStatus.OPEN) {
                mailer.invite(invitation);
            }
            created++;
        }
        return created;
    }

    private Set<String> existingEmails(Survey survey) {
        return new HashSet<>(em.createQuery("select i.email from Invitation i where i.survey = :s", String.class)
                .setParameter("s", survey).getResultList());
    }

    private Map<String, Invitee> resolve(Audience audience, List<String> invalid) {
        Map<String, Invitee> invitees = new LinkedHashMap<>();
        List<String> unitPaths = new ArrayList<>();
        for (String code : audience.unitCodes()) {
            List<String> paths = em.createQuery("select u.path from OrganizationUnit u where u.code = :c",
                    String.class).setParameter("c", code).getResultList();
            if (paths.isEmpty()) {
                throw BusinessException.invalid("unitCodes", "staff.unit.unknown", code);
            }
            unitPaths.addAll(paths);
        }
        if (!audience.staffIds().isEmpty() || !unitPaths.isEmpty() || !audience.categories().isEmpty()) {
            List<Person> people = directory.select(audience.staffIds(), unitPaths, audience.categories());
            for (Person person : people) {
                invitees.putIfAbsent(person.email(), new Invitee(person.id(), person.email(), person.name(),
                        person.locale()));
            }
        }
        if (audience.emails() != null) {
            for (String raw : audience.emails().split("[\\s,;]+")) {
                String email = raw.trim().replaceAll("^\"|\"$", "");
                if (email.isEmpty() || "email".equalsIgnoreCase(email) || "e-mail".equalsIgnoreCase(email)
                        || "courriel".equalsIgnoreCase(email)) {
                    continue;
                }
                if (!EMAIL.matcher(email).matches()) {
                    invalid.add(email);
                    continue;
                }
                String normalized = StaffMember.normalizeEmail(email);
                if (!invitees.containsKey(normalized)) {
                    Invitee invitee = directory.byEmail(normalized)
                            .map(p -> new Invitee(p.id(), p.email(), p.name(), p.locale()))
                            .orElse(new Invitee(null, normalized, null, Locale.FRENCH.getLanguage()));
                    invitees.put(normalized, invitee);
                }
            }
        }
        return invitees;
    }
}
