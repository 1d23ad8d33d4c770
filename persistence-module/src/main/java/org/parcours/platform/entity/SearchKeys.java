package org.parcours.platform.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for search: lower case, no accents, single spaces ("Hélène  Dupré" and "helene dupre" match). */
public final class SearchKeys {

    private SearchKeys() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** A LIKE pattern that finds the folded query anywhere; LIKE wildcards typed by the user are taken literally. */
    public static String containsPattern(String query) {
        String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}
