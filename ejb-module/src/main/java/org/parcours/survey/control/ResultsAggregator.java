package org.parcours.survey.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parcours.survey.boundary.Breakdown;
import org.parcours.survey.boundary.SurveyResults;
import org.parcours.survey.boundary.SurveyResults.OptionCount;
import org.parcours.survey.boundary.SurveyResults.QuestionResult;
import org.parcours.survey.boundary.SurveyResults.RowResult;
import org.parcours.survey.entity.InvitationStatus;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.ResultTallies;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyJson;
import org.parcours.survey.entity.SurveyStructure;
import org.parcours.survey.entity.SurveyStructure.Choice;
import org.parcours.survey.entity.SurveyStructure.Question;

/**
 * Counts a survey's answers in the database, from its result tallies plus a GROUP BY of the responses not folded
 * into them yet (see {@link ResultTallies}), then shapes them per question: counts and percentages, mean and median
 * from the value histogram, NPS. A results page reads a few hundred counts, whatever the number of responses.
 */
@ApplicationScoped
public class ResultsAggregator {

    @PersistenceContext
    EntityManager em;

    /** Counts per (question, matrix row, option, value). */
    private record Cell(String question, String item, String option, Double value, long count) {
    }

    public SurveyResults results(Survey survey, Locale locale) {
        SurveyStructure structure = SurveyJson.structure(survey.getStructureJson());
        long responses = em.createQuery("select count(r) from SurveyResponse r where r.surveyId = :s", Long.class)
                .setParameter("s", survey.getId()).getSingleResult();
        Map<InvitationStatus, Long> invitations = new HashMap<>();
        for (Object[] row : em.createQuery("select i.status, count(i) from Invitation i where i.survey.id = :s"
                + " group by i.status", Object[].class).setParameter("s", survey.getId()).getResultList()) {
            invitations.put((InvitationStatus) row[0], (Long) row[1]);
        }
        long invited = invitations.getOrDefault(InvitationStatus.INVITED, 0L)
                + invitations.getOrDefault(InvitationStatus.ANSWERED, 0L);
        long answered = invitations.getOrDefault(InvitationStatus.ANSWERED, 0L);
        int k = survey.getAnonymityThreshold();
        if (responses < k) {
            return new SurveyResults(survey.getId(), invited, answered, responses, k, true, List.of());
        }
        List<Cell> cells = new ArrayList<>();
        for (ResultTallies.Cell cell : ResultTallies.answers(em, survey.getId())) {
            cells.add(new Cell(cell.question(), cell.item(), cell.option(), cell.value(), cell.count()));
        }
        Map<String, Long> respondents = respondents(survey.getId(), structure, cells);
        List<QuestionResult> questions = new ArrayList<>();
        for (Question question : structure.questions()) {
            questions.add(shape(question, cells, respondents, locale));
        }
        return new SurveyResults(survey.getId(), invited, answered, responses, k, false, questions);
    }

    /**
     * How many responses answered each question (and matrix row), keyed "question\0row". A response has one answer
     * row per question and matrix row, except for a multiple choice (one per box ticked): those are counted from
     * the grouped cells, and only multiple-choice questions need their distinct respondents, which the tallies
     * keep apart.
     */
    private Map<String, Long> respondents(long surveyId, SurveyStructure structure, List<Cell> cells) {
        Map<String, Long> respondents = new HashMap<>();
        Set<String> multiple = new java.util.HashSet<>();
        for (Question question : structure.questions()) {
            if (question.type() == QuestionType.MULTIPLE_CHOICE) {
                multiple.add(question.code());
            }
        }
        for (Cell cell : cells) {
            if (!multiple.contains(cell.question())) {
                respondents.merge(cell.question() + "\u0000" + cell.item(), cell.count(), Long::sum);
            }
        }
        ResultTallies.respondents(em, surveyId, multiple)
                .forEach((question, answered) -> respondents.put(question + "\u0000", answered));
        return respondents;
    }

    private static QuestionResult shape(Question question, List<Cell> all, Map<String, Long> respondents,
            Locale locale) {
        List<Cell> cells = all.stream().filter(c -> c.question().equals(question.code())).toList();
        String text = question.text() == null ? question.code() : question.text().in(locale);
        long answeredBy = question.type() == QuestionType.MATRIX
                ? respondents.entrySet().stream().filter(e -> e.getKey().startsWith(question.code() + "\u0000"))
                        .mapToLong(Map.Entry::getValue).max().orElse(0)
                : respondents.getOrDefault(question.code() + "\u0000", 0L);
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, LIKERT, YES_NO -> {
                List<OptionCount> options = options(question, cells, answeredBy, locale);
                Map<Double, Long> histogram = histogram(cells);
                yield new QuestionResult(question.code(), question.type(), text, answeredBy, options,
                        question.type() == QuestionType.LIKERT ? mean(histogram) : null,
                        question.type() == QuestionType.LIKERT ? median(histogram) : null, null, List.of(), 0);
            }
            case MATRIX -> {
                List<RowResult> rows = new ArrayList<>();
                for (Choice item : question.items()) {
                    List<Cell> rowCells = cells.stream().filter(c -> c.item().equals(item.code())).toList();
                    long rowRespondents = rowCells.stream().mapToLong(Cell::count).sum();
                    rows.add(new RowResult(item.code(), item.label().in(locale),
                            options(question, rowCells, rowRespondents, locale), mean(histogram(rowCells)),
                            rowRespondents));
                }
                yield new QuestionResult(question.code(), question.type(), text, answeredBy, List.of(), null, null,
                        null, rows, 0);
            }
            case RATING_0_10 -> {
                Map<Double, Long> histogram = histogram(cells);
                List<OptionCount> points = new ArrayList<>();
                for (int point = 0; point <= 10; point++) {
                    long count = histogram.getOrDefault((double) point, 0L);
                    points.add(new OptionCount(String.valueOf(point), String.valueOf(point), count,
                            percent(count, answeredBy)));
                }
                yield new QuestionResult(question.code(), question.type(), text, answeredBy, points,
                        mean(histogram), median(histogram), nps(histogram), List.of(), 0);
            }
            case NUMBER -> {
                Map<Double, Long> histogram = histogram(cells);
                yield new QuestionResult(question.code(), question.type(), text, answeredBy, List.of(),
                        mean(histogram), median(histogram), null, List.of(), 0);
            }
            case DATE, SHORT_TEXT, LONG_TEXT -> new QuestionResult(question.code(), question.type(), text,
                    answeredBy, List.of(), null, null, null, List.of(), answeredBy);
        };
    }

    private static List<OptionCount> options(Question question, List<Cell> cells, long base, Locale locale) {
        Map<String, Long> byOption = new HashMap<>();
        cells.forEach(c -> byOption.merge(c.option(), c.count(), Long::sum));
        List<Choice> choices = question.type() == QuestionType.YES_NO
                ? List.of(new Choice("yes", new SurveyStructure.Text("Oui", "Yes"), 1),
                        new Choice("no", new SurveyStructure.Text("Non", "No"), 0))
                : question.choices();
        List<OptionCount> options = new ArrayList<>();
        for (Choice choice : choices) {
            long count = byOption.getOrDefault(choice.code(), 0L);
            options.add(new OptionCount(choice.code(), choice.label().in(locale), count, percent(count, base)));
        }
        return options;
    }

    private static Map<Double, Long> histogram(List<Cell> cells) {
        Map<Double, Long> histogram = new TreeMap<>();
        cells.stream().filter(c -> c.value() != null).forEach(c -> histogram.merge(c.value(), c.count(), Long::sum));
        return histogram;
    }

    static double percent(long count, long base) {
        return base == 0 ? 0 : Math.round(1000.0 * count / base) / 10.0;
    }

    static Double mean(Map<Double, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        double sum = histogram.entrySet().stream().mapToDouble(e -> e.getKey() * e.getValue()).sum();
        return Math.round(100.0 * sum / n) / 100.0;
    }

    /** The median of a sorted value histogram (the mean of the two middle values for an even count). */
    static Double median(Map<Double, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        Double lower = valueAt(histogram, (n - 1) / 2);
        Double upper = valueAt(histogram, n / 2);
        return (lower + upper) / 2;
    }

    private static Double valueAt(Map<Double, Long> histogram, long index) {
        long seen = 0;
        for (Map.Entry<Double, Long> entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (index < seen) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Net promoter score: % of 9–10 minus % of 0–6, rounded. */
    static Integer nps(Map<Double, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long promoters = histogram.entrySet().stream().filter(e -> e.getKey() >= 9).mapToLong(Map.Entry::getValue)
                .sum();
        long detractors = histogram.entrySet().stream().filter(e -> e.getKey() <= 6).mapToLong(Map.Entry::getValue)
                .sum();
        return (int) Math.round(100.0 * (promoters - detractors) / n);
    }

    /** One question broken down by a respondent attribute, with the anonymity rule applied to the groups. */
    public Breakdown breakdown(Survey survey, String questionCode, Breakdown.Dimension dimension,
            Map<String, String> groupLabels, Locale locale) {
        SurveyStructure structure = SurveyJson.structure(survey.getStructureJson());
        Question question = structure.question(questionCode).orElseThrow(() ->
                org.parcours.platform.boundary.BusinessException.notFound("question", questionCode));
        String attribute = switch (dimension) {
            case UNIT -> "r.unitCode";
            case CATEGORY -> "r.category";
            case EXPERIENCE_BAND -> "r.experienceBand";
            case TRAINING_SESSION -> "r.trainingSessionId";
        };
        Map<String, Long> respondents = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select " + attribute + ", count(r) from SurveyResponse r"
                + " where r.surveyId = :s group by " + attribute, Object[].class)
                .setParameter("s", survey.getId()).getResultList()) {
            respondents.put(row[0] == null ? "" : String.valueOf(row[0]), (Long) row[1]);
        }
        Set<String> hidden = GroupSuppression.hidden(respondents, survey.getAnonymityThreshold());
        Map<String, List<Cell>> cellsByGroup = new HashMap<>();
        for (Object[] row : em.createQuery("select " + attribute + ", a.optionCode, a.numberValue, count(a)"
                + " from Answer a, SurveyResponse r where a.responseId = r.id and a.surveyId = :s"
                + " and a.questionCode = :q group by " + attribute + ", a.optionCode, a.numberValue", Object[].class)
                .setParameter("s", survey.getId()).setParameter("q", questionCode).getResultList()) {
            String key = row[0] == null ? "" : String.valueOf(row[0]);
            cellsByGroup.computeIfAbsent(key, x -> new ArrayList<>()).add(new Cell(questionCode, "",
                    (String) row[1], (Double) row[2], (Long) row[3]));
        }
        List<Breakdown.Group> groups = new ArrayList<>();
        respondents.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String key = entry.getKey();
            String label = groupLabels.getOrDefault(key, key.isEmpty() ? "—" : key);
            if (hidden.contains(key)) {
                groups.add(new Breakdown.Group(key, label, true, null, List.of(), null));
                return;
            }
            List<Cell> cells = cellsByGroup.getOrDefault(key, List.of());
            List<OptionCount> options = question.type().isChoice() && question.type() != QuestionType.MATRIX
                    ? options(question, cells, entry.getValue(), locale) : List.of();
            groups.add(new Breakdown.Group(key, label, false, entry.getValue(), options, mean(histogram(cells))));
        });
        return new Breakdown(dimension.name(), questionCode, survey.getAnonymityThreshold(), groups);
    }
}
