package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourcesTrailerTest {

    @ParameterizedTest
    @ValueSource(strings = {"Sources", "Sources:", "SOURCES", "Source", "Fuentes", "Fuentes:", "Quellen", "References", "Références"})
    void recognisesTrailerHeadings(String line) {
        assertTrue(SourcesTrailer.isHeading(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sources said the deal was close.", "Sources close to the minister", "Resources"})
    void leavesSentencesAboutSources(String line) {
        assertFalse(SourcesTrailer.isHeading(line), line);
    }

    @Test
    void cutsEverythingFromTheHeadingOn() {
        List<Block> blocks = List.of(Block.line("First paragraph of the article ends here with a full stop."), Block.line("Sources"),
                Block.line("Aldermoor press release, 11 March 2024; audit report (5 March 2024)."), Block.line("Meridian Wire."));
        assertEquals(List.of("First paragraph of the article ends here with a full stop."), texts(SourcesTrailer.cut(blocks)));
    }

    @Test
    void aOneLineSourceListGoesAlone() {
        List<Block> blocks = List.of(Block.line("First paragraph of the article ends here with a full stop."),
                Block.line("Sources: Aldermoor press release; audit report; Meridian Wire"),
                Block.line("A later paragraph that is part of the body and has enough words."));
        assertEquals(List.of("First paragraph of the article ends here with a full stop.", "A later paragraph that is part of the body and has enough words."),
                texts(SourcesTrailer.cut(blocks)));
    }

    @Test
    void aSentenceStartingWithSourcesStays() {
        List<Block> blocks = List.of(Block.line("Sources: the minister will resign on Friday, three people close to him told the Courier."));
        assertEquals(1, SourcesTrailer.cut(blocks).size());
    }

    @Test
    void pagesWithoutTrailerAreUnchanged() {
        List<Block> blocks = List.of(Block.line("One."), Block.line("Two."));
        assertEquals(List.of("One.", "Two."), texts(SourcesTrailer.cut(blocks)));
    }

    static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }
}
