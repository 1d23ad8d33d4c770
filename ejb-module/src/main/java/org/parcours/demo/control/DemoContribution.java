package org.parcours.demo.control;

import jakarta.persistence.EntityManager;

/**
 * One business area's share of the demo data. The loader runs every contribution once, in {@link #order()}, in one
 * transaction, on the first start of a demo installation.
 */
public interface DemoContribution {

    /** Lower runs first: the organisation (10) before the areas that refer to its staff. */
    int order();

    void load(EntityManager em, DemoContext context);
}
