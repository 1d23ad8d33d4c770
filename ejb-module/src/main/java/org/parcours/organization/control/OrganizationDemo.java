package org.parcours.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.parcours.demo.control.DemoContext;
import org.parcours.demo.control.DemoContribution;
import org.parcours.identity.control.PasswordHasher;
import org.parcours.identity.entity.Account;
import org.parcours.identity.entity.Role;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.OrganizationUnit;
import org.parcours.organization.entity.StaffCategory;
import org.parcours.organization.entity.StaffMember;
import org.parcours.organization.entity.UnitKind;

/**
 * The demo institution: a head office with its HR department, eight regional delegations, forty labs and about
 * three hundred staff (researchers, engineers, administrative staff; permanent and fixed-term), with managers, and
 * the four demo accounts (hr, manager, staff, committee; password "demo").
 */
@ApplicationScoped
public class OrganizationDemo implements DemoContribution {

    public static final String DEMO_PASSWORD = "demo";

    private static final String[][] DELEGATIONS = {
        {"DR-IDF", "Délégation régionale Paris Île-de-France", "Paris Île-de-France regional delegation", "Île-de-France"},
        {"DR-ARA", "Délégation régionale Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes regional delegation", "Auvergne-Rhône-Alpes"},
        {"DR-OCC", "Délégation régionale Occitanie", "Occitania regional delegation", "Occitanie"},
        {"DR-NAQ", "Délégation régionale Nouvelle-Aquitaine", "Nouvelle-Aquitaine regional delegation", "Nouvelle-Aquitaine"},
        {"DR-PACA", "Délégation régionale Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur regional delegation", "Provence-Alpes-Côte d'Azur"},
        {"DR-GE", "Délégation régionale Grand Est", "Grand Est regional delegation", "Grand Est"},
        {"DR-HDF", "Délégation régionale Hauts-de-France", "Hauts-de-France regional delegation", "Hauts-de-France"},
        {"DR-GO", "Délégation régionale Grand Ouest", "Grand Ouest regional delegation", "Bretagne – Pays de la Loire"},
    };
    private static final String[][] LAB_THEMES = {
        {"Neurosciences cognitives", "Cognitive neuroscience"},
        {"Immunologie et infection", "Immunology and infection"},
        {"Cancérologie translationnelle", "Translational oncology"},
        {"Épidémiologie et santé publique", "Epidemiology and public health"},
        {"Génétique humaine", "Human genetics"},
        {"Physiopathologie cardiovasculaire", "Cardiovascular pathophysiology"},
        {"Maladies métaboliques", "Metabolic diseases"},
        {"Biologie du développement", "Developmental biology"},
        {"Imagerie biomédicale", "Biomedical imaging"},
        {"Thérapie génique", "Gene therapy"},
    };
    private static final String[] FIRST_NAMES = {"Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Emma",
        "Julie", "Claire", "Sophie", "Nathalie", "Isabelle", "Aurélie", "Hélène", "Amina", "Fatima", "Yasmine",
        "Élodie", "Marion", "Anne", "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Pierre", "Hugo", "Lucas",
        "Mehdi", "Karim", "Olivier", "François", "Laurent", "Stéphane", "Sébastien", "Vincent", "Jérôme", "Benoît",
        "Arnaud", "Cédric", "Samuel", "Yann", "Malik", "Théo", "Paul", "Louis", "Agnès", "Céline", "Margaux", "Zoé"};
    private static final String[] LAST_NAMES = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
        "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand",
        "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert",
        "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller",
        "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez",
        "Fontaine", "Chevalier", "Robin", "Benali", "Haddad", "Nguyen", "Traoré", "Kowalski", "Da Silva", "Le Goff",
        "Marchand", "Duval", "Denis"};
    private static final String[][] RESEARCH_TITLES = {
        {"Directeur·rice de recherche", "Research director"}, {"Chargé·e de recherche", "Research scientist"},
        {"Post-doctorant·e", "Postdoctoral researcher"}, {"Doctorant·e", "PhD student"}};
    private static final String[] ENGINEER_TITLES = {"Ingénieur·e de recherche", "Ingénieur·e d'études",
        "Assistant·e ingénieur·e", "Technicien·ne de recherche", "Bio-informaticien·ne"};
    private static final String[] ADMIN_TITLES = {"Gestionnaire administratif·ve", "Assistant·e de direction",
        "Chargé·e de ressources humaines", "Gestionnaire financier·e", "Chargé·e de communication"};

    @Inject
    PasswordHasher hasher;

    private int employeeSequence;
    private final Set<String> emails = new HashSet<>();

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(EntityManager em, DemoContext context) {
        employeeSequence = 1000;
        emails.clear();
        Random random = context.random();
        LocalDate today = context.today();

        OrganizationUnit headOffice = persist(em, new OrganizationUnit("SIEGE", "Siège", "Head office",
                UnitKind.HEAD_OFFICE, null, "Île-de-France"));
        OrganizationUnit hrDepartment = persist(em, new OrganizationUnit("DRH", "Département des ressources humaines",
                "Human resources department", UnitKind.DEPARTMENT, headOffice, null));
        OrganizationUnit training = persist(em, new OrganizationUnit("DRH-FP", "Bureau de la formation permanente",
                "Continuing education office", UnitKind.DEPARTMENT, hrDepartment, null));
        OrganizationUnit finance = persist(em, new OrganizationUnit("DAF", "Département des affaires financières",
                "Finance department", UnitKind.DEPARTMENT, headOffice, null));

        StaffMember hrDirector = person(em, context, hrDepartment, null, StaffCategory.ADMINISTRATIVE,
                ContractType.PERMANENT, LocalDate.of(2004, 9, 1), "Directrice des ressources humaines",
                "Isabelle", "Marchand");
        StaffMember hr = person(em, context, hrDepartment, hrDirector, StaffCategory.ADMINISTRATIVE,
                ContractType.PERMANENT, LocalDate.of(2012, 3, 1), "Chargée de développement RH", "Nadia", "Benali");
        StaffMember committee = person(em, context, training, hrDirector, StaffCategory.ADMINISTRATIVE,
                ContractType.PERMANENT, LocalDate.of(2009, 1, 5), "Responsable de la formation permanente", "Laura",
                "Gauthier");
        context.people().put("hr", hr);
        context.people().put("hr-director", hrDirector);
        context.people().put("committee", committee);
        for (int i = 0; i < 6; i++) {
            someone(em, context, hrDepartment, hrDirector, StaffCategory.ADMINISTRATIVE, random, today);
        }
        for (int i = 0; i < 3; i++) {
            someone(em, context, training, committee, StaffCategory.ADMINISTRATIVE, random, today);
        }
        StaffMember financeHead = someone(em, context, finance, null, StaffCategory.ADMINISTRATIVE, random, today);
        for (int i = 0; i < 4; i++) {
            someone(em, context, finance, financeHead, StaffCategory.ADMINISTRATIVE, random, today);
        }

        int labNumber = 1001;
        int theme = 0;
        for (String[] delegation : DELEGATIONS) {
            OrganizationUnit regional = persist(em, new OrganizationUnit(delegation[0], delegation[1], delegation[2],
                    UnitKind.REGIONAL_DELEGATION, headOffice, delegation[3]));
            StaffMember delegate = someone(em, context, regional, hrDirector, StaffCategory.ADMINISTRATIVE, random,
                    today);
            StaffMember hrOfficer = someone(em, context, regional, delegate, StaffCategory.ADMINISTRATIVE, random,
                    today);
            context.people().putIfAbsent("hr-officer-" + delegation[0], hrOfficer);
            someone(em, context, regional, delegate, StaffCategory.ADMINISTRATIVE, random, today);
            for (int l = 0; l < 5; l++) {
                String[] labTheme = LAB_THEMES[theme++ % LAB_THEMES.length];
                String code = "U" + labNumber++;
                OrganizationUnit lab = persist(em, new OrganizationUnit(code, labTheme[0] + " (" + code + ")",
                        labTheme[1] + " (" + code + ")", UnitKind.LAB, regional, null));
                context.labs().add(lab);
                boolean storyLab = "U1001".equals(code);
                StaffMember director = storyLab
                        ? person(em, context, lab, delegate, StaffCategory.RESEARCHER, ContractType.PERMANENT,
                                LocalDate.of(2001, 10, 1), "Directeur de recherche, directeur d'unité", "Olivier",
                                "Fontaine")
                        : someone(em, context, lab, delegate, StaffCategory.RESEARCHER, random, today);
                if (storyLab) {
                    context.people().put("manager", director);
                    StaffMember staff = person(em, context, lab, director, StaffCategory.RESEARCHER,
                            ContractType.FIXED_TERM, today.minusMonths(14), "Post-doctorante", "Camille", "Roussel");
                    staff.changeContract(StaffCategory.RESEARCHER, ContractType.FIXED_TERM, today.minusMonths(14),
                            today.plusMonths(10), "Post-doctorante");
                    context.people().put("staff", staff);
                }
                int size = 4 + random.nextInt(4);
                for (int p = 0; p < size; p++) {
                    StaffCategory category = p % 3 == 0 ? StaffCategory.ENGINEER
                            : p % 5 == 4 ? StaffCategory.ADMINISTRATIVE : StaffCategory.RESEARCHER;
                    someone(em, context, lab, director, category, random, today);
                }
            }
        }

        account(em, context, "hr", hr, EnumSet.of(Role.STAFF, Role.HR_ADMIN));
        account(em, context, "manager", context.people().get("manager"), EnumSet.of(Role.STAFF, Role.MANAGER));
        account(em, context, "staff", context.people().get("staff"), EnumSet.of(Role.STAFF));
        account(em, context, "committee", committee, EnumSet.of(Role.STAFF, Role.COMMITTEE_MEMBER));
    }

    private void account(EntityManager em, DemoContext context, String username, StaffMember person,
            Set<Role> roles) {
        Account account = new Account(username, hasher.hash(DEMO_PASSWORD.toCharArray()), person.getFullName(), person,
                roles, context.clock().instant());
        em.persist(account);
    }

    private static OrganizationUnit persist(EntityManager em, OrganizationUnit unit) {
        em.persist(unit);
        return unit;
    }

    private StaffMember someone(EntityManager em, DemoContext context, OrganizationUnit unit, StaffMember manager,
            StaffCategory category, Random random, LocalDate today) {
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        boolean fixedTerm = random.nextInt(100) < (category == StaffCategory.RESEARCHER ? 30 : 15);
        LocalDate hired = fixedTerm ? today.minusDays(30 + random.nextInt(900))
                : today.minusDays(365L + random.nextInt(365 * 32));
        String title = switch (category) {
            case RESEARCHER -> fixedTerm ? RESEARCH_TITLES[2 + random.nextInt(2)][0]
                    : RESEARCH_TITLES[random.nextInt(2)][0];
            case ENGINEER -> ENGINEER_TITLES[random.nextInt(ENGINEER_TITLES.length)];
            case ADMINISTRATIVE -> ADMIN_TITLES[random.nextInt(ADMIN_TITLES.length)];
        };
        StaffMember member = person(em, context, unit, manager, category,
                fixedTerm ? ContractType.FIXED_TERM : ContractType.PERMANENT, hired, title, first, last);
        if (fixedTerm) {
            member.changeContract(category, ContractType.FIXED_TERM, hired, hired.plusMonths(12L * (1 + random.nextInt(3))),
                    title);
        }
        return member;
    }

    private StaffMember person(EntityManager em, DemoContext context, OrganizationUnit unit, StaffMember manager,
            StaffCategory category, ContractType contract, LocalDate hired, String title, String first, String last) {
        String number = "E" + (++employeeSequence);
        StaffMember member = new StaffMember(number, first, last, email(first, last), category, contract, hired, unit);
        member.assign(unit, manager);
        member.changeContract(category, contract, hired, contract == ContractType.FIXED_TERM ? hired.plusYears(2) : null,
                title);
        em.persist(member);
        context.staff().add(member);
        return member;
    }

    private String email(String first, String last) {
        String base = (ascii(first) + "." + ascii(last)).replace(' ', '-');
        String candidate = base + "@parcours.example";
        int n = 2;
        while (!emails.add(candidate)) {
            candidate = base + n++ + "@parcours.example";
        }
        return candidate;
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("'", "").toLowerCase(Locale.ROOT);
    }

    /** The demo people as a list, for areas that pick participants. */
    public static List<StaffMember> sample(List<StaffMember> all, Random random, int count) {
        List<StaffMember> copy = new ArrayList<>(all);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }
}
