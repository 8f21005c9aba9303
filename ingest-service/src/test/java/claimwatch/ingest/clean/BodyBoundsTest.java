package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BodyBoundsTest {

    private static final String FIRST = "The regional government signed a €430 million contract with the shipbuilder on Monday.";
    private static final String LAST = "The regional parliament is expected to vote on the contract next month.";

    @Test
    void theLeadInBeforeTheFirstParagraphGoes() {
        List<Block> blocks = List.of(Block.line("EUROPE"), new Block("Islanders split over replacements", Block.Kind.LIST_ITEM, 0, false),
                new Block("Shipbuilder with Scottish yard lands biggest order", Block.Kind.HEADING, 0, false), Block.line(FIRST), Block.line(LAST));
        assertEquals(List.of(FIRST, LAST), SourcesTrailerTest.texts(BodyBounds.dropLeadIn(blocks)));
    }

    @Test
    void aPageWithoutProseKeepsEverything() {
        List<Block> blocks = List.of(Block.line("Results"), Block.line("Kiprono 2:07:58"));
        assertEquals(blocks, BodyBounds.dropLeadIn(blocks));
        assertEquals(blocks, BodyBounds.dropTrailer(blocks));
    }

    @Test
    void aHeadingIsNeverTheFirstParagraph() {
        List<Block> blocks = List.of(new Block("Aldermoor will build the new vessels and will modernise nine more in the yard.", Block.Kind.HEADING, 0, false),
                Block.line(FIRST));
        assertEquals(List.of(FIRST), SourcesTrailerTest.texts(BodyBounds.dropLeadIn(blocks)));
    }

    @Test
    void italicNotesAndLabelsAfterTheLastParagraphGo() {
        List<Block> blocks = List.of(Block.line(FIRST), Block.line(LAST),
                new Block("How we checked: the Courier reviewed the payment annex of the report and asked for comment.", Block.Kind.PARAGRAPH, 0, true),
                Block.line("Purchase Licensing Rights"));
        assertEquals(List.of(FIRST, LAST), SourcesTrailerTest.texts(BodyBounds.dropTrailer(blocks)));
    }

    @Test
    void aShortClosingSentenceStays() {
        List<Block> blocks = List.of(Block.line(FIRST), Block.line(LAST), Block.line("The vote is on Friday."));
        assertEquals(3, BodyBounds.dropTrailer(blocks).size());
    }

    @Test
    void italicsInsideTheBodyStay() {
        Block italic = new Block("A quoted passage set in italics, as some sites print letters and excerpts.", Block.Kind.PARAGRAPH, 0, true);
        List<Block> blocks = List.of(Block.line(FIRST), italic, Block.line(LAST));
        assertEquals(3, BodyBounds.dropTrailer(blocks).size());
    }

    @Test
    void aWhollyItalicArticleIsKept() {
        Block one = new Block(FIRST, Block.Kind.PARAGRAPH, 0, true);
        Block two = new Block(LAST, Block.Kind.PARAGRAPH, 0, true);
        assertEquals(2, BodyBounds.dropTrailer(List.of(one, two)).size());
    }

    @Test
    void headingsWithProseUnderThemStayAndDanglingOnesGo() {
        List<Block> blocks = List.of(Block.line(FIRST), new Block("Criticism of the financing", Block.Kind.HEADING, 0, false), Block.line(LAST),
                new Block("Results", Block.Kind.HEADING, 0, false), new Block("Fact file", Block.Kind.HEADING, 0, false), Block.line("Kiprono 2:07:58"));
        assertEquals(List.of(FIRST, "Criticism of the financing", LAST, "Kiprono 2:07:58"),
                SourcesTrailerTest.texts(BodyBounds.dropDanglingHeadings(blocks)));
    }

    @Test
    void aHeadingOverAListOfSentencesStays() {
        List<Block> blocks = List.of(Block.line(FIRST), new Block("The main changes", Block.Kind.HEADING, 0, false),
                new Block("The first sailing from the mainland will leave at 6.40am instead of 7.10am.", Block.Kind.LIST_ITEM, 0, false), Block.line(LAST));
        assertEquals(4, BodyBounds.dropDanglingHeadings(blocks).size());
    }

    @Test
    void aHeadingOverAListOfLinksGoes() {
        List<Block> blocks = List.of(Block.line(FIRST), new Block("Related", Block.Kind.HEADING, 0, false),
                new Block("Ferry delays: the full figures", Block.Kind.LIST_ITEM, 1.0, false));
        assertEquals(List.of(FIRST, "Ferry delays: the full figures"), SourcesTrailerTest.texts(BodyBounds.dropDanglingHeadings(blocks)));
    }

    @Test
    void firstProseFindsTheFirstParagraph() {
        assertEquals(1, BodyBounds.firstProse(List.of(Block.line("Label"), Block.line(FIRST))));
        assertEquals(-1, BodyBounds.firstProse(List.of(Block.line("Label"))));
    }
}
