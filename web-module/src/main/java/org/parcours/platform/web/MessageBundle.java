package org.parcours.platform.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code #{msg['key']}} on pages: the text in the viewer's language. Patterns with arguments come raw, for
 * {@code h:outputFormat}; the others with their apostrophes as written.
 */
@Named("msg")
@Dependent
public class MessageBundle extends AbstractMap<String, String> {

    @Override
    public String get(Object key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Texts.FRENCH;
        return Texts.unescaped(Texts.pattern(locale, String.valueOf(key)));
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return Set.of();
    }
}
