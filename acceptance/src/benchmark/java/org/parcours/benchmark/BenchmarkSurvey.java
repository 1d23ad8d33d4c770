package org.parcours.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The survey the benchmark answers: 40 questions in 5 sections of 8, mixing every kind of question Parcours asks
 * (Likert scales, single and multiple choice, 0–10 ratings, matrices, yes/no, a number, a date, short and long
 * texts), and the answers a respondent gives, drawn at random but the same for the same personal link.
 */
public final class BenchmarkSurvey {

    public static final int SECTIONS = 5;

    private static final String[] AGREEMENT = {"sd", "d", "n", "a", "sa"};
    private static final String[] TEAMS = {"lab", "platform", "admin", "field"};
    private static final String[] TOPICS = {"management", "methods", "languages", "safety", "digital", "career"};
    private static final String[] ROWS = {"workload", "recognition", "autonomy", "balance"};
    private static final String[] COMMENTS = {
        "Plus de temps pour la formation, merci.",
        "The onboarding could be shorter and clearer.",
        "Les échanges avec l'équipe sont très riches.",
        "More information about career paths would help.",
        "Rien à signaler."};

    private BenchmarkSurvey() {
    }

    /** The question codes of a section, in order, with their type. */
    record Question(String code, String type) {
    }

    static List<Question> section(int number) {
        String p = "s" + number + "_";
        String last = switch (number) {
            case 1 -> "NUMBER";
            case 2 -> "DATE";
            case 3 -> "SHORT_TEXT";
            default -> "LONG_TEXT";
        };
        return List.of(new Question(p + "climate", "LIKERT"), new Question(p + "support", "LIKERT"),
                new Question(p + "team", "SINGLE_CHOICE"), new Question(p + "topics", "MULTIPLE_CHOICE"),
                new Question(p + "recommend", "RATING_0_10"), new Question(p + "aspects", "MATRIX"),
                new Question(p + "again", "YES_NO"), new Question(p + "free", last));
    }

    /** The survey as a parcours-survey/1 document, for POST /api/surveys. */
    public static String document(String title) {
        StringBuilder json = new StringBuilder();
        json.append("{\"format\":\"parcours-survey/1\",\"kind\":\"OTHER\",\"titleFr\":").append(quote(title))
                .append(",\"titleEn\":").append(quote(title))
                .append(",\"introFr\":\"Questionnaire de mesure des performances.\",")
                .append("\"introEn\":\"Benchmark questionnaire.\",\"structure\":{\"sections\":[");
        for (int s = 1; s <= SECTIONS; s++) {
            if (s > 1) {
                json.append(',');
            }
            json.append("{\"code\":\"s").append(s).append("\",\"title\":").append(text("Partie " + s, "Part " + s))
                    .append(",\"questions\":[");
            List<Question> questions = section(s);
            for (int q = 0; q < questions.size(); q++) {
                if (q > 0) {
                    json.append(',');
                }
                json.append(question(questions.get(q)));
            }
            json.append("]}");
        }
        return json.append("]}}").toString();
    }

    private static String question(Question question) {
        StringBuilder json = new StringBuilder("{\"code\":\"").append(question.code()).append("\",\"type\":\"")
                .append(question.type()).append("\",\"text\":")
                .append(text("Question " + question.code(), "Question " + question.code()))
                .append(",\"required\":").append(!question.type().endsWith("TEXT"));
        switch (question.type()) {
            case "LIKERT" -> json.append(",\"choices\":").append(choices(AGREEMENT, true));
            case "SINGLE_CHOICE" -> json.append(",\"choices\":").append(choices(TEAMS, false));
            case "MULTIPLE_CHOICE" -> json.append(",\"choices\":").append(choices(TOPICS, false))
                    .append(",\"max\":3");
            case "MATRIX" -> json.append(",\"choices\":").append(choices(AGREEMENT, true)).append(",\"items\":")
                    .append(choices(ROWS, false));
            case "NUMBER" -> json.append(",\"min\":0,\"max\":50");
            default -> {
            }
        }
        return json.append('}').toString();
    }

    private static String choices(String[] codes, boolean scored) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < codes.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"code\":\"").append(codes[i]).append("\",\"label\":").append(text(codes[i], codes[i]));
            if (scored) {
                json.append(",\"value\":").append(i + 1);
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    private static String text(String fr, String en) {
        return "{\"fr\":" + quote(fr) + ",\"en\":" + quote(en) + "}";
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A complete answer set for POST /api/responses/{token}, the same for the same token. */
    public static String answers(String token) {
        Random random = new Random(token.hashCode());
        StringBuilder json = new StringBuilder("{\"answers\":{");
        boolean first = true;
        for (int s = 1; s <= SECTIONS; s++) {
            for (Question question : section(s)) {
                String value = switch (question.type()) {
                    case "LIKERT" -> "{\"choices\":[\"" + pick(AGREEMENT, random) + "\"]}";
                    case "SINGLE_CHOICE" -> "{\"choices\":[\"" + pick(TEAMS, random) + "\"]}";
                    case "MULTIPLE_CHOICE" -> {
                        List<String> chosen = new ArrayList<>();
                        for (String topic : TOPICS) {
                            if (chosen.size() < 3 && random.nextInt(3) == 0) {
                                chosen.add('"' + topic + '"');
                            }
                        }
                        if (chosen.isEmpty()) {
                            chosen.add('"' + pick(TOPICS, random) + '"');
                        }
                        yield "{\"choices\":[" + String.join(",", chosen) + "]}";
                    }
                    case "RATING_0_10" -> "{\"number\":" + random.nextInt(11) + "}";
                    case "MATRIX" -> {
                        List<String> rows = new ArrayList<>();
                        for (String row : ROWS) {
                            rows.add('"' + row + "\":\"" + pick(AGREEMENT, random) + '"');
                        }
                        yield "{\"rows\":{" + String.join(",", rows) + "}}";
                    }
                    case "YES_NO" -> "{\"choices\":[\"" + (random.nextBoolean() ? "yes" : "no") + "\"]}";
                    case "NUMBER" -> "{\"number\":" + random.nextInt(41) + "}";
                    case "DATE" -> "{\"text\":\"2026-" + String.format("%02d-%02d", 1 + random.nextInt(12),
                            1 + random.nextInt(28)) + "\"}";
                    default -> random.nextInt(3) == 0 ? null : "{\"text\":" + quote(pick(COMMENTS, random)) + "}";
                };
                if (value != null) {
                    json.append(first ? "" : ",").append('"').append(question.code()).append("\":").append(value);
                    first = false;
                }
            }
        }
        return json.append("}}").toString();
    }

    static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** A comment typed on the answering page. */
    static String comment(Random random) {
        return pick(COMMENTS, random);
    }
}
