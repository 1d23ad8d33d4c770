package org.parcours.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.parcours.organization.entity.OrganizationUnit;

/** Names shown on pages in the viewer's language: enum values, units, numbers, instants. */
@Named
@ApplicationScoped
public class Labels {

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? Texts.supported(faces.getViewRoot().getLocale())
                : Texts.FRENCH;
    }

    /** "enum.StaffCategory.RESEARCHER" in the bundle, for any enum value. */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return Texts.get(locale(), "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A breakdown or sampling dimension ("EXPERIENCE_BAND", "CATEGORY", "REGION"). */
    public String dimension(String name) {
        return Texts.get(locale(), "dimension." + name);
    }

    public String unit(OrganizationUnit unit) {
        return unit == null ? "" : unit.name(locale());
    }

    /** The unit's name indented by its depth, for choice lists that show the tree. */
    public String indentedUnit(OrganizationUnit unit) {
        if (unit == null) {
            return "";
        }
        int depth = (int) unit.getPath().chars().filter(c -> c == '/').count() - 2;
        return "\u2003".repeat(Math.max(0, depth)) + unit.name(locale());
    }

    /** A figure in the viewer's language: "3,5" in French, "3.5" in English; at most one decimal. */
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A percentage in the viewer's language: "45 %" (narrow no-break space) in French, "45%" in English. */
    public String percent(Number value) {
        if (value == null) {
            return "";
        }
        return number(value) + ("fr".equals(locale().getLanguage()) ? "\u202f%" : "%");
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }
}
