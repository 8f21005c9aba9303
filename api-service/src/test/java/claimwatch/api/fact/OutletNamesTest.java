package claimwatch.api.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutletNamesTest {

    private final OutletNames names = new OutletNames(Arrays.asList("The Daily Klaxon", "Meridian Wire", "El Faro de Valderra",
            "Ferry & Fleet Review", "Time", "Reuters", null, "The Mercantile Journal"));

    @Test
    void keysIgnoreCaseAccentsPunctuationAndALeadingThe() {
        assertEquals("daily klaxon", OutletNames.key("The Daily Klaxon"));
        assertEquals("daily klaxon", OutletNames.key("the  daily-Klaxon"));
        assertEquals("el faro de valderra", OutletNames.key("El Faro de Valderra"));
        assertEquals("ferry and fleet review", OutletNames.key("Ferry & Fleet Review"));
        assertEquals("cafe", OutletNames.key("Café"));
        assertTrue(OutletNames.same("Daily Klaxon", "The Daily Klaxon"));
    }

    @Test
    void speakersNamingAKnownOutletAreMatched() {
        assertEquals("The Daily Klaxon", names.outlet("Daily Klaxon"));
        assertEquals("Meridian Wire", names.outlet("meridian wire"));
        assertNull(names.outlet("some reports"));
        assertNull(names.outlet(null));
    }

    @Test
    void outletsNamedInTextAreFoundInOrder() {
        assertEquals(List.of("The Mercantile Journal", "Meridian Wire"),
                names.mentionedIn("The Mercantile Journal reports, citing Meridian Wire, that the first ferry enters service in 2027."));
        assertEquals(List.of("The Daily Klaxon"), names.mentionedIn("A report published by the Daily Klaxon, and the Daily Klaxon again."));
        assertEquals(List.of("Ferry & Fleet Review"), names.mentionedIn("As Ferry and Fleet Review reported."), "and for &");
    }

    @Test
    void shortSingleWordNamesAreNotLookedForInText() {
        assertEquals(List.of(), names.mentionedIn("It is time to act."));
        assertEquals(List.of("Reuters"), names.mentionedIn("Reuters said so."));
    }

    @Test
    void partialNamesAreNoMatch() {
        assertEquals(List.of(), names.mentionedIn("The Klaxon said so, and a meridian was crossed."));
        assertEquals(List.of(), names.mentionedIn(null));
    }
}
