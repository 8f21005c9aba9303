package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateFilterTest {

    private static final String FIRST = "The regional government signed a €430 million contract with the shipbuilder on Monday.";
    private static final String LAST = "If the contract is rejected, the region would have to relaunch the tender.";

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Photo: Courier / Marta Gil#CaptionLine",
        "EN | FR | DE#LanguageSwitcherLine",
        "A- A A+#UiStringLine",
        "Share: Pocket Flipboard#ShareLine",
        "- Advertisement -#AdvertisementLine",
        "By Jane Doe, Trade Correspondent#BylineLine",
        "Published 3 months ago#DatelineLine",
        "Sign up for our newsletter#NewsletterLine",
        "We use cookies to improve your experience.#CookieLine",
        "© 2024 Meridian Wire. All rights reserved.#CopyrightLine",
        "Reporting by Lucia Mendaro; Editing by Ana Velasco#CreditsLine",
        "Tagged ferries, NPV, Aldermoor#TagsLine",
        "The views expressed are her own.#DisclaimerLine",
        "Home > News > World#NavigationLine",
        "READ MORE: Cruise ship hit by outbreak#ReadMoreLine"})
    void everyRuleIsConsulted(String line, String rule) {
        assertEquals(Optional.of(rule), BoilerplateFilter.ruleFor(line));
    }

    @Test
    void proseMatchesNoRule() {
        assertEquals(Optional.empty(), BoilerplateFilter.ruleFor(FIRST));
        assertFalse(BoilerplateFilter.isFurniture(LAST));
    }

    @Test
    void veryLongBlocksAreNeverFurniture() {
        assertFalse(BoilerplateFilter.isFurniture("Photo: " + "a long caption word ".repeat(20)));
    }

    @Test
    void aShortLineThatIsMostlyALinkIsAPromo() {
        assertTrue(BoilerplateFilter.isLinkPromo(new Block("Te puede interesar: Avanzan las obras del nuevo muelle", Block.Kind.PARAGRAPH, 0.7, false)));
        assertFalse(BoilerplateFilter.isLinkPromo(new Block("Read the report, which the Courier has seen.", Block.Kind.PARAGRAPH, 0.7, false)));
        assertFalse(BoilerplateFilter.isLinkPromo(new Block("Avanzan las obras del nuevo muelle", Block.Kind.PARAGRAPH, 0.1, false)));
    }

    @Test
    void nothingAfterFurnitureThatFollowsTheLastParagraphIsKept() {
        List<Block> blocks = List.of(Block.line(FIRST), Block.line(LAST), Block.line("Reporting by Lucia Mendaro; Editing by Hamish Colter"),
                Block.line("Our Standards: The Meridian Wire Trust Principles."));
        assertEquals(List.of(FIRST, LAST), SourcesTrailerTest.texts(BoilerplateFilter.cutAfterEnd(blocks, new FurnitureMemo())));
    }

    @Test
    void furnitureInsideTheBodyDoesNotEndIt() {
        List<Block> blocks = List.of(Block.line(FIRST), Block.line("Advertisement"), Block.line(LAST));
        assertEquals(3, BoilerplateFilter.cutAfterEnd(blocks, new FurnitureMemo()).size());
    }

    @Test
    void relatedHeadingsAreReadBeforeTheLineRulesRemoveThem() {
        List<Block> blocks = List.of(Block.line(FIRST), Block.line("Read more:"), Block.line("Aldermoor shares climb after biggest-ever order"), Block.line(LAST));
        assertEquals(List.of(FIRST, LAST), SourcesTrailerTest.texts(BoilerplateFilter.withoutFurniture(blocks)));
    }

    @Test
    void theWholeFilterKeepsOnlyTheBody() {
        List<Block> blocks = List.of(Block.line("Europe"), Block.line("By Lucia Mendaro"), Block.line("Listen to this article"), Block.line(FIRST),
                Block.line("Photo: Meridian Wire"), Block.line(LAST), Block.line("Sources"), Block.line("Press release, 11 March."));
        assertEquals(List.of(FIRST, LAST), SourcesTrailerTest.texts(BoilerplateFilter.body(BoilerplateFilter.withoutFurniture(blocks))));
    }
}
