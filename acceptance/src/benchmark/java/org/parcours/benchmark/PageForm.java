package org.parcours.benchmark;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does with the answering form (JSF/PrimeFaces): reads the fields of the section shown, fills them
 * as a person would (one choice per radio group, a few boxes, a number, a date, a comment), and builds the posts
 * of the form: full submits and PrimeFaces partial (Ajax) requests, with the view state.
 */
public final class PageForm {

    private static final Pattern INPUT = Pattern.compile("<(input|textarea)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:_-]+)=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL);
    private static final Pattern PARTIAL_FORM = Pattern.compile(
            "<update id=\"" + "respond" + "\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("<form id=\"respond\"[^>]*action=\"([^\"]+)\"");

    /** The fields of the respond form as a browser would post them, and the choice groups that post on change. */
    public record Form(String action, String viewState, List<Map.Entry<String, Object>> fields,
            List<String> ajaxGroups) {
    }

    private PageForm() {
    }

    /** Reads the form of a full page. */
    public static Form ofPage(String html, String token) {
        int start = html.indexOf("<form id=\"respond\"");
        if (start < 0) {
            throw new IllegalStateException("no answering form on the page");
        }
        int end = html.indexOf("</form>", start);
        Matcher action = ACTION.matcher(html);
        Matcher viewState = VIEW_STATE.matcher(html);
        if (!action.find() || !viewState.find()) {
            throw new IllegalStateException("no form action or view state on the page");
        }
        return read(html.substring(start, end), html, unescape(action.group(1)), viewState.group(1), token);
    }

    /** Reads the form re-rendered by a partial response; the view state is kept unless the response renews it. */
    public static Form ofPartial(String xml, Form previous, String token) {
        Matcher form = PARTIAL_FORM.matcher(xml);
        if (!form.find()) {
            throw new IllegalStateException("the partial response did not render the form: "
                    + xml.substring(0, Math.min(400, xml.length())));
        }
        Matcher viewState = PARTIAL_VIEW_STATE.matcher(xml);
        String state = viewState.find() ? viewState.group(1) : previous.viewState();
        String rendered = form.group(1).replace("]]><![CDATA[", "");
        return read(rendered, xml, previous.action(), state, token);
    }

    /**
     * Reads the fields of {@code form}; {@code document} is the whole page or partial response, whose scripts say
     * which groups post the form as soon as a choice changes (a PrimeFaces Ajax behaviour on the group).
     */
    private static Form read(String form, String document, String action, String viewState, String token) {
        Map<String, List<String>> radios = new LinkedHashMap<>();
        Map<String, List<String>> boxes = new LinkedHashMap<>();
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group(2));
            while (attribute.find()) {
                attributes.put(attribute.group(1), unescape(attribute.group(2)));
            }
            String name = attributes.get("name");
            if (name == null || name.equals("jakarta.faces.ViewState")) {
                continue;
            }
            Random random = new Random((token + name).hashCode());
            String type = input.group(1).equals("textarea") ? "textarea" : attributes.getOrDefault("type", "text");
            switch (type) {
                case "radio" -> radios.computeIfAbsent(name, n -> new ArrayList<>()).add(attributes.get("value"));
                case "checkbox" -> boxes.computeIfAbsent(name, n -> new ArrayList<>()).add(attributes.get("value"));
                case "hidden" -> fields.add(entry(name, name.endsWith("_hinput") ? "12"
                        : attributes.getOrDefault("value", "")));
                case "textarea" -> fields.add(entry(name, BenchmarkSurvey.comment(random)));
                default -> {
                    if (name.endsWith(":date_input")) {
                        fields.add(entry(name, String.format("%02d/%02d/2026", 1 + random.nextInt(28),
                                1 + random.nextInt(12))));
                    } else if (name.endsWith(":number_input")) {
                        fields.add(entry(name, "12"));
                    } else {
                        fields.add(entry(name, BenchmarkSurvey.comment(random)));
                    }
                }
            }
        }
        List<String> ajaxGroups = new ArrayList<>();
        radios.forEach((name, values) -> {
            Random random = new Random((token + name).hashCode());
            fields.add(entry(name, values.get(random.nextInt(values.size()))));
            if (postsOnChange(document, name)) {
                ajaxGroups.add(name);
            }
        });
        boxes.forEach((name, values) -> {
            Random random = new Random((token + name).hashCode());
            int first = random.nextInt(values.size());
            fields.add(entry(name, values.get(first)));
            if (values.size() > 1 && random.nextBoolean()) {
                fields.add(entry(name, values.get((first + 1) % values.size())));
            }
            if (postsOnChange(document, name)) {
                ajaxGroups.add(name);
            }
        });
        return new Form(action, viewState, fields, ajaxGroups);
    }

    private static boolean postsOnChange(String document, String group) {
        return document.contains("PrimeFaces.ab({s:\"" + group + "\"");
    }

    /** The post of a button with {@code ajax="false"}: the whole form, the button, the view state. */
    public static List<Map.Entry<String, Object>> submit(Form form, String button) {
        List<Map.Entry<String, Object>> params = new ArrayList<>(form.fields());
        params.add(entry(button, ""));
        params.add(entry("jakarta.faces.ViewState", form.viewState()));
        return params;
    }

    /** A PrimeFaces partial request from {@code source}, processing {@code execute} and re-rendering the form. */
    public static List<Map.Entry<String, Object>> partial(Form form, String source, String execute, String event) {
        List<Map.Entry<String, Object>> params = new ArrayList<>();
        params.add(entry("jakarta.faces.partial.ajax", "true"));
        params.add(entry("jakarta.faces.source", source));
        params.add(entry("jakarta.faces.partial.execute", execute));
        params.add(entry("jakarta.faces.partial.render", "respond"));
        if (event == null) {
            params.add(entry(source, source));
        } else {
            params.add(entry("jakarta.faces.behavior.event", event));
            params.add(entry("jakarta.faces.partial.event", event));
        }
        if (execute.equals("respond")) {
            params.addAll(form.fields());
        } else {
            params.add(entry("respond", "respond"));
        }
        params.add(entry("jakarta.faces.ViewState", form.viewState()));
        return params;
    }

    private static Map.Entry<String, Object> entry(String name, Object value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }

    private static String unescape(String value) {
        return value.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'");
    }
}
