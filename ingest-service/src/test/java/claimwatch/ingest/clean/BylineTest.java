package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By Jane Doe, Trade Correspondent|Jane Doe",
        "By Gary Pell, Chief Reporter|Gary Pell",
        "by Tom Whitcombe and Sofia Reyes|Tom Whitcombe and Sofia Reyes",
        "By Meridian Wire|Meridian Wire",
        "By Lucia Mendaro March 11, 2024 2:10 PM GMT+1 Updated 2 hours ago|Lucia Mendaro",
        "By Meridian Wire 15:05, 11 MAR 2024|Meridian Wire",
        "Priya Natarajan, Industry Correspondent|Priya Natarajan",
        "By JAMES O'NEILL Associated Press|JAMES O'NEILL Associated Press",
        "Por Redacción Diario del Sur|Redacción Diario del Sur",
        "Par Claire Dubois et Marc Léger|Claire Dubois et Marc Léger",
        "Von Anna Krüger|Anna Krüger",
        "By Jane Doe in London|Jane Doe",
        "Words by Tom Hadley · Photographs by Ruth Avery|Tom Hadley",
        "By Katrien De Wolf|Katrien De Wolf",
        "Author: Ramon Echarri|Ramon Echarri",
        "By Kayleigh Drummond, Sport Reporter|Kayleigh Drummond",
        "Door Jan de Vries|Jan de Vries",
        "By May Smith|May Smith",
        "By June Okafor, Health Correspondent|June Okafor"})
    void readsTheNameOutOfABylineLine(String line, String name) {
        assertEquals(Optional.of(name), Byline.name(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By the end of the year, prices had risen.",
        "By Monday, the region will sign",
        "By March the yard will be full",
        "By 2030 all six ferries should be in service",
        "by and large the islanders agree",
        "Por la mañana el servicio se reanudó con normalidad.",
        "Jane Doe said the ferry was late",
        "Valderra, the regional government said on Monday",
        "By Jane Doe, who has covered the islands for 20 years, and who says the ferry is the island's lifeline today."})
    void refusesSentencesAndNonNames(String line) {
        assertEquals(Optional.empty(), Byline.name(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe", "Katrien De Wolf", "Álvaro Medina", "Tom Whitcombe and Sofia Reyes", "Ludwig van Beethoven"})
    void acceptsNames(String name) {
        assertTrue(Byline.isName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "and", "de la", "the minister", "March", "Monday", "de Monday", "Jane 2024", "A B C D E F G H I"})
    void refusesWhatIsNoName(String text) {
        assertFalse(Byline.isName(text), text);
    }

    @org.junit.jupiter.api.Test
    void nullIsNoByline() {
        assertEquals(Optional.empty(), Byline.name(null));
    }
}
