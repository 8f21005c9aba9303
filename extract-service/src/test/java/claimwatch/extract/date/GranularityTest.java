package claimwatch.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class GranularityTest {

    @Test
    void jsonLabelsAreLowerCase() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals("[\"day\",\"month\",\"year\"]", json.writeValueAsString(Granularity.values()));
        assertEquals(Granularity.MONTH, json.readValue("\"month\"", Granularity.class));
    }
}
