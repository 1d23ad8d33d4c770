package org.parcours.survey.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.SurveyJson;

class AnswerSetReaderTest {

    private static final String EVERY_KIND = "{\"answers\":{\"climate\":{\"choices\":[\"a\"]},"
            + "\"topics\":{\"choices\":[\"safety\",\"career\"]},\"recommend\":{\"number\":9},"
            + "\"aspects\":{\"rows\":{\"workload\":\"sa\",\"balance\":\"d\"}},\"age\":{\"number\":12.5},"
            + "\"when\":{\"text\":\"2026-05-04\"},\"free\":{\"text\":\"Très \\\"bien\\\", merci\\n\"}}}";

    private final AnswerSetReader reader = new AnswerSetReader();

    private AnswerSet read(String json) throws IOException {
        return reader.readFrom(AnswerSet.class, AnswerSet.class, null, MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyKindOfAnswerReadsAsJsonBReadsIt() throws IOException {
        AnswerSet read = read(EVERY_KIND);

        assertThat(read).isEqualTo(SurveyJson.answers(EVERY_KIND));
        assertThat(read.answers().keySet()).containsExactly("climate", "topics", "recommend", "aspects", "age",
                "when", "free");
        assertThat(read.get("topics").choices()).containsExactly("safety", "career");
        assertThat(read.get("aspects").rows()).isEqualTo(Map.of("workload", "sa", "balance", "d"));
        assertThat(read.get("age").number()).isEqualTo(12.5);
        assertThat(read.get("free").text()).isEqualTo("Très \"bien\", merci\n");
    }

    @Test
    void unknownMembersAndNullsAreLeftOut() throws IOException {
        String known = "{\"version\":2,\"meta\":{\"client\":[1,{\"x\":null}]},\"answers\":{\"q1\":{\"choices\":"
                + "[\"yes\"]},\"q2\":null}}";
        String json = "{\"version\":2,\"meta\":{\"client\":[1,{\"x\":null}]},\"answers\":{\"q1\":{\"choices\":[\"yes\"],"
                + "\"comment\":{\"deep\":[true]},\"text\":null},\"q2\":null,\"q3\":{\"rows\":{\"r1\":null}}}}";

        assertThat(read(known)).isEqualTo(SurveyJson.answers(known));
        AnswerSet read = read(json);
        assertThat(read.answers().keySet()).containsExactly("q1", "q2", "q3");
        assertThat(read.answered("q2")).isFalse();
        assertThat(read.get("q1").choices()).isEqualTo(List.of("yes"));
        assertThat(read.get("q3").isEmpty()).isTrue();
        assertThat(read("{}").answers()).isEmpty();
        assertThat(read("{\"answers\":null}").answers()).isEmpty();
    }

    @Test
    void anEmptyBodyIsNoAnswerSet() throws IOException {
        assertThat(read("")).isNull();
    }

    @Test
    void valuesOfTheWrongKindAndTextThatIsNotJsonAreBadRequests() {
        for (String json : List.of("{\"answers\":{\"q1\":{\"choices\":\"yes\"}}}",
                "{\"answers\":{\"q1\":{\"number\":\"many\"}}}", "{\"answers\":{\"q1\":{\"text\":4}}}",
                "{\"answers\":{\"q1\":{\"rows\":[\"r1\"]}}}", "{\"answers\":[]}", "{\"answers\":{\"q1\":7}}",
                "[]", "{\"answers\":{\"q1\":{\"choices\":[\"a\"", "not json")) {
            assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(ProcessingException.class);
        }
    }
}
