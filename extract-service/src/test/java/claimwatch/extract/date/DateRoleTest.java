package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.extract.sentence.Span;

class DateRoleTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonLabelsAreLowerCase() throws Exception {
        assertEquals("[\"event\",\"deadline\",\"since\",\"period\"]", json.writeValueAsString(DateRole.values()));
        assertEquals(DateRole.DEADLINE, json.readValue("\"deadline\"", DateRole.class));
    }

    @Test
    void aMentionSerialisesWithItsLabels() throws Exception {
        DateMention mention = new DateMention("by 2030", new Span(10, 17), "2030", Granularity.YEAR, DateRole.DEADLINE);
        assertEquals("{\"text\":\"by 2030\",\"span\":{\"start\":10,\"end\":17},\"value\":\"2030\",\"granularity\":\"year\",\"role\":\"deadline\"}",
                json.writeValueAsString(mention));
    }
}
