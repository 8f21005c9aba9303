package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelatedListTest {

    private static final String PROSE = "The contract must still be ratified by the regional parliament in April.";

    @ParameterizedTest
    @ValueSource(strings = {"Related", "Related coverage", "Related articles", "Read more:", "READ MORE", "Most read", "Most Read",
        "More from the Klaxon", "MORE FROM THE KLAXON", "More opinion", "Latest newbuilds", "Read Next", "Noticias relacionadas",
        "MÁS INFORMACIÓN", "Lire aussi", "Sur le même sujet", "Mehr zum Thema", "Meistgelesen", "You may also like", "Recommended"})
    void recognisesListHeadings(String line) {
        assertTrue(RelatedList.isHeading(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related parties", "More than 9,800 runners took part.", "Latest figures show a 23% rise in costs since 2021 estimates were made."})
    void leavesOtherLines(String line) {
        assertFalse(RelatedList.isHeading(line), line);
    }

    @Test
    void dropsTheHeadingAndItsItemsUpToTheNextParagraph() {
        List<Block> blocks = List.of(Block.line(PROSE), Block.line("Read more:"),
                Block.line("Valderra signs €430 million ferry contract with Aldermoor Marine"),
                Block.line("Aldermoor shares climb after biggest-ever order"),
                Block.line("If the contract is rejected, the region would have to relaunch the tender, Carbonell said."));
        assertEquals(List.of(PROSE, "If the contract is rejected, the region would have to relaunch the tender, Carbonell said."),
                SourcesTrailerTest.texts(RelatedList.remove(blocks)));
    }

    @Test
    void listItemsAndLinksGoEvenWhenTheyLookLikeSentences() {
        List<Block> blocks = List.of(Block.line("Related"),
                new Block("Island council publishes winter cancellation figures for every route, with comments.", Block.Kind.LIST_ITEM, 0, false),
                new Block("The mayor explains why the morning boat matters so much to the island economy.", Block.Kind.PARAGRAPH, 0.9, false),
                Block.line(PROSE));
        assertEquals(List.of(PROSE), SourcesTrailerTest.texts(RelatedList.remove(blocks)));
    }

    @Test
    void aHeadingAtTheEndGoesToo() {
        assertEquals(List.of(PROSE), SourcesTrailerTest.texts(RelatedList.remove(List.of(Block.line(PROSE), Block.line("Most read")))));
    }

    @Test
    void nothingChangesWithoutAHeading() {
        List<Block> blocks = List.of(Block.line(PROSE), Block.line("Short line"), Block.line(PROSE));
        assertEquals(3, RelatedList.remove(blocks).size());
    }
}
