package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TextCleanerTest {

    private static final String P1 = "Islanders on Corva have welcomed the signing of the new ferry contract on Monday.";
    private static final String P2 = "The deal must still be approved by the regional parliament, two deputies said.";

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void cleanTextStaysAsItIs() {
        String text = "Ferry deal welcomed on Corva\n\n" + P1 + "\n\n" + P2;
        assertEquals(text, cleaner.clean(text));
    }

    @Test
    void furnitureLinesAroundTheArticleGo() {
        String pasted = String.join("\n", "THE ISLA CORVA GAZETTE", "Home | News | Ferries & Transport | Fishing | Weather",
                "Tuesday 12 March 2024", "", "FERRIES & TRANSPORT", "Ferry deal welcomed on Corva", "", "By Ramon Echarri",
                "Posted 12/03/2024 at 08:05", "", "Share this article   Print   A- A A+", "", P1, "", "Photo: Gazette archive", "",
                "Advertisement", "", P2, "", "Related", "- Island council publishes figures", "- Tide tables for March", "",
                "Comments (14)", "Log in to comment", "", "© The Isla Corva Gazette. All rights reserved. | Contact | Privacy");
        assertEquals("Ferry deal welcomed on Corva\n\n" + P1 + "\n\n" + P2, cleaner.clean(pasted));
    }

    @Test
    void theHeadlineIsTheLongestLineAboveTheBody() {
        CleanedPage page = cleaner.cleanPage("Meridian Wire\nEurope\nValderra parliament to vote on disputed ferry contract\nBy Lucia Mendaro\n\n" + P1);
        assertEquals(Optional.of("Valderra parliament to vote on disputed ferry contract"), page.title());
    }

    @Test
    void aHeadlineEndingInAQuestionMarkStaysFirst() {
        String text = cleaner.clean("Opinion: The ferry deal is good news. So why does it feel like bad news?\nBy Carmen Oliva\n\n" + P1 + "\n\n" + P2);
        assertEquals("Opinion: The ferry deal is good news. So why does it feel like bad news?\n\n" + P1 + "\n\n" + P2, text);
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String text = cleaner.clean("Islanders on Corva have welcomed the signing of the\nnew ferry contract on Monday.\n\n" + P2);
        assertEquals(P1 + "\n\n" + P2, text);
    }

    @Test
    void windowsLineEndingsWork() {
        assertEquals(P1 + "\n\n" + P2, cleaner.clean(P1 + "\r\n\r\nAdvertisement\r\n" + P2 + "\r\n"));
    }

    @Test
    void menusWithWideGapsGoAndParagraphsLoseTheirExtraSpaces() {
        String text = cleaner.clean("World  Business  Markets  Europe  Technology\n\nIslanders on  Corva have welcomed the signing of the new ferry contract on Monday.");
        assertEquals(P1, text);
    }

    @Test
    void nullAndBlankGiveEmptyText() {
        assertEquals("", cleaner.clean(null));
        assertEquals("", cleaner.clean("  \n \n"));
        assertEquals(Optional.empty(), cleaner.cleanPage("").title());
    }

    @Test
    void textWithoutProseLosesOnlyItsFurniture() {
        assertEquals("Kiprono wins in record time", cleaner.clean("Advertisement\nKiprono wins in record time\nShare"));
    }

    @Test
    void pastedSamplesKeepTheirHeadlineAndBodyAndLoseTheirFurniture() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Samples.read(Samples.root().resolve("manifest.json")));
        int checked = 0;
        for (JsonNode entry : manifest) {
            if (!entry.get("format").asText().equals("text")) {
                continue;
            }
            Path file = Samples.root().resolve(entry.get("file").asText());
            String pasted = Samples.read(file);
            CleanedPage page = cleaner.cleanPage(pasted);
            assertEquals(Optional.of(entry.get("title").asText()), page.title(), file.toString());
            List<String> paragraphs = List.of(page.text().split("\n\n"));
            List<String> proseLines = pasted.lines().map(String::strip).filter(TextShape::isProse).filter(line -> !BoilerplateFilter.isFurniture(line)).toList();
            assertTrue(paragraphs.containsAll(proseLines), file + ": a body paragraph was lost");
            for (String paragraph : paragraphs) {
                assertTrue(pasted.contains(paragraph), file + ": invented " + paragraph);
                assertFalse(BoilerplateFilter.isFurniture(paragraph), file + ": kept furniture " + paragraph);
            }
            assertEquals(proseLines.size() + 1, paragraphs.size(), file + ": kept a line that is neither headline nor prose: " + paragraphs);
            checked++;
        }
        assertEquals(3, checked);
    }
}
