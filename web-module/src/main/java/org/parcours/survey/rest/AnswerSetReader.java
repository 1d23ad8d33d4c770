package org.parcours.survey.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.parcours.survey.entity.AnswerSet;

/**
 * Reads the answer sets that the respond endpoints receive, in one pass of the JSON-P streaming parser instead of
 * JSON-B's reflection over records and maps: a submission is the most frequent request of a survey campaign. It
 * reads what JSON-B reads ({@code {"answers": {"code": {"choices": [...], "rows": {...}, "number": 4, "text":
 * "..."}}}}) and skips members it does not know. Text that is not JSON, or a value of the wrong kind, is refused
 * with a {@link ProcessingException} that the API answers with 400; this is stricter than JSON-B, which took a
 * number given as text. An empty body is no answer set at all, which the endpoints refuse themselves.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class AnswerSetReader implements MessageBodyReader<AnswerSet> {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AnswerSet.class;
    }

    @Override
    public AnswerSet readFrom(Class<AnswerSet> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        PushbackInputStream body = new PushbackInputStream(entity);
        int first = body.read();
        if (first < 0) {
            return null;
        }
        body.unread(first);
        try (JsonParser parser = PARSERS.createParser(body)) {
            expect(parser.next(), Event.START_OBJECT);
            Map<String, AnswerSet.Value> answers = null;
            for (Event event = parser.next(); event == Event.KEY_NAME; event = parser.next()) {
                String member = parser.getString();
                Event value = parser.next();
                if ("answers".equals(member)) {
                    answers = value == Event.VALUE_NULL ? null : answers(parser, value);
                } else {
                    skip(parser, value);
                }
            }
            return new AnswerSet(answers);
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw new ProcessingException("Not an answer set: " + e.getMessage(), e);
        }
    }

    private static Map<String, AnswerSet.Value> answers(JsonParser parser, Event start) {
        expect(start, Event.START_OBJECT);
        Map<String, AnswerSet.Value> answers = new LinkedHashMap<>();
        for (Event event = parser.next(); event == Event.KEY_NAME; event = parser.next()) {
            String question = parser.getString();
            Event value = parser.next();
            // A question answered with null stays in as null, as JSON-B leaves it: no answer either way
            answers.put(question, value == Event.VALUE_NULL ? null : value(parser, value));
        }
        return answers;
    }

    private static AnswerSet.Value value(JsonParser parser, Event start) {
        expect(start, Event.START_OBJECT);
        List<String> choices = null;
        Map<String, String> rows = null;
        Double number = null;
        String text = null;
        for (Event event = parser.next(); event == Event.KEY_NAME; event = parser.next()) {
            String member = parser.getString();
            Event value = parser.next();
            if (value == Event.VALUE_NULL) {
                continue;
            }
            switch (member) {
                case "choices" -> choices = strings(parser, value);
                case "rows" -> rows = rows(parser, value);
                case "number" -> {
                    expect(value, Event.VALUE_NUMBER);
                    number = parser.getBigDecimal().doubleValue();
                }
                case "text" -> text = string(parser, value);
                default -> skip(parser, value);
            }
        }
        return new AnswerSet.Value(choices, rows, number, text);
    }

    private static List<String> strings(JsonParser parser, Event start) {
        expect(start, Event.START_ARRAY);
        List<String> values = new ArrayList<>();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            values.add(string(parser, event));
        }
        return values;
    }

    private static Map<String, String> rows(JsonParser parser, Event start) {
        expect(start, Event.START_OBJECT);
        Map<String, String> rows = new LinkedHashMap<>();
        for (Event event = parser.next(); event == Event.KEY_NAME; event = parser.next()) {
            String row = parser.getString();
            Event value = parser.next();
            if (value != Event.VALUE_NULL) {
                rows.put(row, string(parser, value));
            }
        }
        return rows;
    }

    private static String string(JsonParser parser, Event value) {
        expect(value, Event.VALUE_STRING);
        return parser.getString();
    }

    private static void skip(JsonParser parser, Event value) {
        if (value == Event.START_OBJECT) {
            parser.skipObject();
        } else if (value == Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    private static void expect(Event actual, Event expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + ", found " + actual);
        }
    }
}
