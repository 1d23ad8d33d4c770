package org.parcours.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.parcours.platform.boundary.BusinessException;

/** A module of a training program, with its planned duration. */
@Embeddable
public class ProgramModule {

    @Column(name = "title_fr", nullable = false, length = 300)
    private String titleFr;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    protected ProgramModule() {
    }

    public ProgramModule(String titleFr, String titleEn, int durationMinutes) {
        if (titleFr == null || titleFr.isBlank()) {
            throw BusinessException.invalid("modules", "training.module.titleRequired");
        }
        if (durationMinutes < 15 || durationMinutes > 60 * 24 * 5) {
            throw BusinessException.invalid("modules", "training.module.duration", titleFr, 15, 60 * 24 * 5);
        }
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.durationMinutes = durationMinutes;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }
}
