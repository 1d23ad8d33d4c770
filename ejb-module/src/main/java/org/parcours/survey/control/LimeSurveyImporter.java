package org.parcours.survey.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.SurveyDocument;
import org.parcours.survey.entity.SurveyKind;
import org.parcours.survey.entity.SurveyStructure;
import org.parcours.survey.entity.SurveyStructure.Choice;
import org.parcours.survey.entity.SurveyStructure.Question;
import org.parcours.survey.entity.SurveyStructure.Section;
import org.parcours.survey.entity.SurveyStructure.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a LimeSurvey structure export (.lss, versions 3 to 6): groups become sections, and the question types
 * Parcours has become questions with their answer options and sub-questions, in French and English when the file has
 * them. Everything else (other question types, conditions, quotas, assessments) is reported by name, never dropped
 * silently.
 */
public final class LimeSurveyImporter {

    /** The survey read, and what could not be brought over, one line each. */
    public record Outcome(SurveyDocument document, List<String> unsupported) {
    }

    private record Row(Map<String, String> fields) {
        String get(String name) {
            String value = fields.get(name);
            return value == null ? "" : value;
        }

        int number(String name) {
            try {
                return Integer.parseInt(get(name).trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    private LimeSurveyImporter() {
    }

    public static Outcome read(byte[] lss) {
        Document xml = parse(lss);
        Element root = xml.getDocumentElement();
        if (!"document".equals(root.getNodeName()) || !"Survey".equals(text(root, "LimeSurveyDocType"))) {
            throw BusinessException.invalid("file", "survey.lss.notLss");
        }
        List<String> unsupported = new ArrayList<>();
        String base = text(root, "languages") == null ? "fr" : firstLanguage(root);

        Map<String, Map<String, String>> groupNames = localized(rows(root, "groups"), rows(root, "group_l10ns"), "gid",
                "group_name");
        Map<String, Map<String, String>> questionTexts = localized(rows(root, "questions"), rows(root,
                "question_l10ns"), "qid", "question");
        Map<String, Map<String, String>> questionHelp = localized(rows(root, "questions"), rows(root,
                "question_l10ns"), "qid", "help");
        Map<String, Map<String, String>> subTexts = localized(rows(root, "subquestions"), rows(root,
                "question_l10ns"), "qid", "question");

        List<Row> groups = distinct(rows(root, "groups"), "gid");
        groups.sort(Comparator.comparingInt(g -> g.number("group_order")));
        List<Row> questions = distinct(rows(root, "questions"), "qid");
        questions.sort(Comparator.comparingInt(q -> q.number("question_order")));
        List<Row> subquestions = distinct(rows(root, "subquestions"), "qid");
        subquestions.sort(Comparator.comparingInt(q -> q.number("question_order")));
        List<Row> answers = rows(root, "answers");
        List<Row> answerTexts = rows(root, "answer_l10ns");

        List<Section> sections = new ArrayList<>();
        for (Row group : groups) {
            String gid = group.get("gid");
            List<Question> converted = new ArrayList<>();
            for (Row question : questions) {
                if (!gid.equals(question.get("gid")) || !"0".equals(question.get("parent_qid").isEmpty() ? "0"
                        : question.get("parent_qid"))) {
                    continue;
                }
                String qid = question.get("qid");
                String code = code(question.get("title"), qid);
                QuestionType type = typeOf(question.get("type"));
                Text text = text(questionTexts.get(qid), base);
                if (type == null) {
                    unsupported.add("question " + code + " (LimeSurvey type " + question.get("type") + " – "
                            + typeName(question.get("type")) + "): " + plain(text.fr() != null ? text.fr() : text.en()));
                    continue;
                }
                List<Choice> choices = new ArrayList<>();
                List<Choice> items = new ArrayList<>();
                List<Row> subs = subquestions.stream().filter(s -> qid.equals(s.get("parent_qid"))).toList();
                switch (question.get("type")) {
                    case "M" -> subs.forEach(s -> choices.add(new Choice(code(s.get("title"), s.get("qid")),
                            text(subTexts.get(s.get("qid")), base), null)));
                    case "5" -> {
                        for (int i = 1; i <= 5; i++) {
                            choices.add(new Choice(String.valueOf(i), Text.of(String.valueOf(i), String.valueOf(i)), i));
                        }
                    }
                    case "A" -> {
                        for (int i = 1; i <= 5; i++) {
                            choices.add(new Choice(String.valueOf(i), Text.of(String.valueOf(i), String.valueOf(i)), i));
                        }
                        subs.forEach(s -> items.add(new Choice(code(s.get("title"), s.get("qid")),
                                text(subTexts.get(s.get("qid")), base), null)));
                    }
                    case "F" -> {
                        choices.addAll(answerChoices(answers, answerTexts, qid, base));
                        subs.forEach(s -> items.add(new Choice(code(s.get("title"), s.get("qid")),
                                text(subTexts.get(s.get("qid")), base), null)));
                    }
                    case "L", "!" -> choices.addAll(answerChoices(answers, answerTexts, qid, base));
                    default -> {
                    }
                }
                if (!question.get("relevance").isBlank() && !"1".equals(question.get("relevance").trim())) {
                    unsupported.add("condition of question " + code + " (" + question.get("relevance").trim()
                            + "): imported without its condition");
                }
                if ("Y".equals(question.get("other"))) {
                    unsupported.add("\"other\" free-text option of question " + code);
                }
                Integer min = null;
                Integer max = null;
                converted.add(new Question(code, type, text, blankText(text(questionHelp.get(qid), base)),
                        "Y".equals(question.get("mandatory")), choices, items, min, max, null, null));
            }
            sections.add(new Section("g" + gid, text(groupNames.get(gid), base), converted));
        }
        for (String part : List.of("conditions", "quota", "assessments", "defaultvalues")) {
            int count = rows(root, part).size();
            if (count > 0) {
                unsupported.add(part + " (" + count + ")");
            }
        }
        Map<String, Map<String, String>> settings = localized(rows(root, "surveys_languagesettings"), List.of(),
                "surveyls_survey_id", "surveyls_title");
        Map<String, String> titles = settings.values().stream().findFirst().orElse(Map.of());
        Map<String, String> intros = localized(rows(root, "surveys_languagesettings"), List.of(),
                "surveyls_survey_id", "surveyls_description").values().stream().findFirst().orElse(Map.of());
        Text title = text(titles, base);
        Text intro = text(intros, base);
        SurveyDocument document = new SurveyDocument(SurveyDocument.FORMAT, null, SurveyKind.OTHER,
                title.fr() == null ? "Enquête importée" : plain(title.fr()),
                title.en() == null ? "Imported survey" : plain(title.en()), plain(intro.fr()), plain(intro.en()),
                new SurveyStructure(sections));
        return new Outcome(document, unsupported);
    }

    private static List<Choice> answerChoices(List<Row> answers, List<Row> answerTexts, String qid, String base) {
        List<Row> own = new ArrayList<>(distinct(answers.stream().filter(a -> qid.equals(a.get("qid"))).toList(),
                "code"));
        own.sort(Comparator.comparingInt(a -> a.number("sortorder")));
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (Row answer : answers) {
            if (qid.equals(answer.get("qid")) && !answer.get("answer").isEmpty()) {
                labels.computeIfAbsent(answer.get("code"), k -> new HashMap<>()).put(language(answer, base),
                        answer.get("answer"));
            }
        }
        for (Row text : answerTexts) {
            String aid = text.get("aid");
            answers.stream().filter(a -> aid.equals(a.get("aid")) && qid.equals(a.get("qid"))).findFirst()
                    .ifPresent(a -> labels.computeIfAbsent(a.get("code"), k -> new HashMap<>())
                            .put(language(text, base), text.get("answer")));
        }
        List<Choice> choices = new ArrayList<>();
        for (Row answer : own) {
            String assessment = answer.get("assessment_value");
            Integer value = assessment.isBlank() || "0".equals(assessment) ? null : Integer.valueOf(assessment.trim());
            choices.add(new Choice(code(answer.get("code"), answer.get("code")), text(labels.get(answer.get("code")),
                    base), value));
        }
        return choices;
    }

    static QuestionType typeOf(String lsType) {
        return switch (lsType) {
            case "L", "!" -> QuestionType.SINGLE_CHOICE;
            case "M" -> QuestionType.MULTIPLE_CHOICE;
            case "5" -> QuestionType.LIKERT;
            case "A", "F" -> QuestionType.MATRIX;
            case "Y" -> QuestionType.YES_NO;
            case "N" -> QuestionType.NUMBER;
            case "D" -> QuestionType.DATE;
            case "S" -> QuestionType.SHORT_TEXT;
            case "T", "U" -> QuestionType.LONG_TEXT;
            default -> null;
        };
    }

    static String typeName(String lsType) {
        return switch (lsType) {
            case "X" -> "text display";
            case "R" -> "ranking";
            case "|" -> "file upload";
            case "G" -> "gender";
            case "K" -> "multiple numerical input";
            case "Q" -> "multiple short text";
            case ";" -> "array of texts";
            case ":" -> "array of numbers";
            case "1" -> "array dual scale";
            case "O" -> "list with comment";
            case "P" -> "multiple choice with comments";
            case "*" -> "equation";
            case "I" -> "language switch";
            case "B" -> "array 10 point choice";
            case "C" -> "array yes/no/uncertain";
            case "E" -> "array increase/same/decrease";
            case "H" -> "array by column";
            default -> "unknown type";
        };
    }

    /** Texts by language for each id, from the 3.x tables (language column) and the 4+ l10n tables. */
    private static Map<String, Map<String, String>> localized(List<Row> rows, List<Row> l10ns, String idField,
            String textField) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!row.get(textField).isEmpty()) {
                texts.computeIfAbsent(row.get(idField), k -> new HashMap<>()).put(language(row, "fr"),
                        row.get(textField));
            }
        }
        for (Row row : l10ns) {
            if (!row.get(idField).isEmpty() && !row.get(textField).isEmpty()) {
                texts.computeIfAbsent(row.get(idField), k -> new HashMap<>()).put(language(row, "fr"),
                        row.get(textField));
            }
        }
        return texts;
    }

    private static String language(Row row, String fallback) {
        String language = row.get("language");
        if (language.isEmpty()) {
            language = row.get("surveyls_language");
        }
        return language.isEmpty() ? fallback : language.toLowerCase(java.util.Locale.ROOT).substring(0,
                Math.min(2, language.length()));
    }

    private static Text text(Map<String, String> byLanguage, String base) {
        if (byLanguage == null || byLanguage.isEmpty()) {
            return Text.of(null, null);
        }
        String fr = byLanguage.get("fr");
        String en = byLanguage.get("en");
        String any = byLanguage.getOrDefault(base, byLanguage.values().iterator().next());
        return Text.of(plain(fr != null ? fr : any), plain(en != null ? en : any));
    }

    private static Text blankText(Text text) {
        return text.fr() == null && text.en() == null ? null : text;
    }

    /** LimeSurvey texts are HTML: keep the words. */
    static String plain(String html) {
        if (html == null) {
            return null;
        }
        return html.replaceAll("(?s)<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replaceAll("\\s+", " ").trim();
    }

    private static String code(String title, String fallback) {
        String cleaned = title == null ? "" : title.replaceAll("[^A-Za-z0-9_]", "");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))) {
            cleaned = "q" + cleaned + (cleaned.isEmpty() ? fallback : "");
        }
        return cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    }

    private static List<Row> distinct(List<Row> rows, String idField) {
        Map<String, Row> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.putIfAbsent(row.get(idField), row));
        return new ArrayList<>(byId.values());
    }

    private static String firstLanguage(Element root) {
        NodeList languages = root.getElementsByTagName("language");
        return languages.getLength() == 0 ? "fr" : languages.item(0).getTextContent().trim().substring(0, 2);
    }

    private static List<Row> rows(Element root, String table) {
        List<Row> rows = new ArrayList<>();
        NodeList tables = root.getElementsByTagName(table);
        for (int t = 0; t < tables.getLength(); t++) {
            Node tableNode = tables.item(t);
            if (tableNode.getParentNode() != root) {
                continue;
            }
            NodeList rowNodes = ((Element) tableNode).getElementsByTagName("row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                Map<String, String> fields = new HashMap<>();
                NodeList children = rowNodes.item(r).getChildNodes();
                for (int c = 0; c < children.getLength(); c++) {
                    Node child = children.item(c);
                    if (child.getNodeType() == Node.ELEMENT_NODE) {
                        fields.put(child.getNodeName(), child.getTextContent());
                    }
                }
                rows.add(new Row(fields));
            }
        }
        return rows;
    }

    private static String text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    private static Document parse(byte[] lss) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(lss));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw BusinessException.invalid("file", "survey.lss.unreadable", e.getMessage() == null ? ""
                    : e.getMessage());
        }
    }

    static String asText(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
