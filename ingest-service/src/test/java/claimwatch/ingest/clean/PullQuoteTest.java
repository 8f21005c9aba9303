package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PullQuoteTest {

    private static final String PARAGRAPH = "Part of that is the noise. Neither figure matches the contract the government published the next day. "
            + "Another rumour spread across every island group chat.";

    @Test
    void aQuoteRepeatingABodySentenceGoes() {
        List<Block> blocks = List.of(Block.line(PARAGRAPH),
                new Block("\"Neither figure matches the contract the government published the next day.\"", Block.Kind.QUOTE, 0, false));
        assertEquals(List.of(PARAGRAPH), SourcesTrailerTest.texts(PullQuote.remove(blocks)));
    }

    @Test
    void theRepeatMayComeBeforeTheParagraph() {
        List<Block> blocks = List.of(Block.line("“Neither figure matches the contract the government published the next day.”"), Block.line(PARAGRAPH));
        assertEquals(List.of(PARAGRAPH), SourcesTrailerTest.texts(PullQuote.remove(blocks)));
    }

    @Test
    void punctuationAndCaseDoNotHideARepeat() {
        List<Block> blocks = List.of(Block.line(PARAGRAPH), Block.line("NEITHER FIGURE MATCHES THE CONTRACT — the government published the next day"));
        assertEquals(1, PullQuote.remove(blocks).size());
    }

    @Test
    void shortRepeatsStay() {
        List<Block> blocks = List.of(Block.line("He said no."), Block.line("Asked twice, he said no. Then he left the room."));
        assertEquals(2, PullQuote.remove(blocks).size());
    }

    @Test
    void aQuoteSayingSomethingNewStays() {
        List<Block> blocks = List.of(Block.line(PARAGRAPH), new Block("\"We have waited long enough for these ferries to arrive.\"", Block.Kind.QUOTE, 0, false));
        assertEquals(2, PullQuote.remove(blocks).size());
    }

    @Test
    void identicalBlocksAreBothKeptBecauseNeitherIsLonger() {
        List<Block> blocks = List.of(Block.line("The vote is on Friday, the speaker said on Tuesday."), Block.line("The vote is on Friday, the speaker said on Tuesday."));
        assertEquals(2, PullQuote.remove(blocks).size());
    }

    @Test
    void longBlocksAreNeverTreatedAsQuotes() {
        String longer = "word ".repeat(50) + "end.";
        List<Block> blocks = List.of(Block.line(longer), Block.line(longer + " And one more sentence to make it longer."));
        assertEquals(2, PullQuote.remove(blocks).size());
    }
}
