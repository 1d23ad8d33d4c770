package org.parcours.platform.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The portal's texts (org.parcours.i18n.messages) in French or English, for code outside a page. */
public final class Texts {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "org.parcours.i18n.messages";

    private Texts() {
    }

    /** French or English: the two languages of Parcours. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    /** The first supported language among those the client accepts, French by default. */
    public static Locale negotiate(List<Locale> accepted) {
        for (Locale locale : accepted) {
            if ("en".equals(locale.getLanguage()) || "fr".equals(locale.getLanguage())) {
                return supported(locale);
            }
        }
        return FRENCH;
    }

    public static String get(Locale locale, String key, Object... arguments) {
        Locale language = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments == null || arguments.length == 0) {
            return unescaped(pattern);
        }
        return new MessageFormat(pattern, language).format(arguments);
    }

    /**
     * A pattern shown as it is: the bundle doubles apostrophes for MessageFormat ("l''unité"); a pattern without
     * arguments is shown with single ones, while one with arguments is left for h:outputFormat to format.
     */
    public static String unescaped(String pattern) {
        return pattern.contains("{0") ? pattern : pattern.replace("''", "'");
    }

    /** The raw pattern of {@code key}, or the key itself when it is missing. */
    public static String pattern(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A Bean Validation message in the viewer's language: services validate in the server's default language, so the
     * message template is looked up again (Parcours' ValidationMessages, then the validator's own messages).
     */
    public static String violation(Locale locale, String template, String interpolated) {
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            for (String bundleName : new String[] {"ValidationMessages", "org.hibernate.validator.ValidationMessages"}) {
                try {
                    ResourceBundle bundle = ResourceBundle.getBundle(bundleName, supported(locale),
                            Thread.currentThread().getContextClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                    if (bundle.containsKey(key) && !bundle.getString(key).contains("{")) {
                        return bundle.getString(key);
                    }
                } catch (MissingResourceException e) {
                    // try the next bundle
                }
            }
        }
        return interpolated;
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, FRENCH, Texts.class.getClassLoader()).containsKey(key);
    }
}
