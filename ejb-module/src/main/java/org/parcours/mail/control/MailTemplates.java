package org.parcours.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Mail subjects and bodies in French or English, from the bundle org.parcours.i18n.mail. */
@ApplicationScoped
public class MailTemplates {

    /** A subject and a plain-text body, ready to queue. */
    public record Composed(String subject, String body) {
    }

    public Composed compose(String template, Locale locale, Object... arguments) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle bundle = ResourceBundle.getBundle("org.parcours.i18n.mail", language,
                MailTemplates.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        String subject = new MessageFormat(bundle.getString(template + ".subject"), language).format(arguments);
        String body = new MessageFormat(bundle.getString(template + ".body"), language).format(arguments)
                + "\n\n-- \n" + bundle.getString("signature");
        return new Composed(subject, body);
    }
}
