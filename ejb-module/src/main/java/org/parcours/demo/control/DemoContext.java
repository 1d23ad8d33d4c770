package org.parcours.demo.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parcours.organization.entity.OrganizationUnit;
import org.parcours.organization.entity.StaffMember;

/** What demo contributions share: a seeded random source, the clock, and the people and units made so far. */
public final class DemoContext {

    private final Random random = new Random(20_181_004L);
    private final Clock clock;
    private final Map<String, StaffMember> peopleByRole = new HashMap<>();
    private final List<StaffMember> staff = new ArrayList<>();
    private final List<OrganizationUnit> labs = new ArrayList<>();
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, List<StaffMember>> cohorts = new HashMap<>();

    public DemoContext(Clock clock) {
        this.clock = clock;
    }

    public Random random() {
        return random;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Demo people by their part in the story: "hr", "manager", "staff", "committee", ... */
    public Map<String, StaffMember> people() {
        return peopleByRole;
    }

    public List<StaffMember> staff() {
        return staff;
    }

    public List<OrganizationUnit> labs() {
        return labs;
    }

    /** Ids of demo records other areas refer to ("survey.pilot-satisfaction", ...). */
    public Map<String, Long> ids() {
        return ids;
    }

    /** Named groups of demo people ("pilot-participants", ...). */
    public Map<String, List<StaffMember>> cohorts() {
        return cohorts;
    }
}
