package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StandfirstTest {

    private static final String STANDFIRST = "La capitanía de puerto cerró la navegación menor hasta el jueves por la tarde.";
    private static final String FIRST = "La capitanía de puerto suspendió este martes el servicio de lanchas entre el muelle e Isla Verde.";
    private static final String SECOND = "Según el parte oficial, las ráfagas superaron los 70 kilómetros por hora durante la mañana.";

    @Test
    void aSentenceAboveTheBylineIsAStandfirst() {
        List<Block> blocks = List.of(Block.line("TRANSPORTE"), Block.line(STANDFIRST), Block.line("Por Redacción Diario del Sur"),
                Block.line("Hace 2 horas"), Block.line(FIRST), Block.line(SECOND));
        assertEquals(List.of(FIRST, SECOND), SourcesTrailerTest.texts(Standfirst.dropAboveByline(blocks, new FurnitureMemo())));
    }

    @Test
    void withoutABylineNothingIsDropped() {
        List<Block> blocks = List.of(Block.line(STANDFIRST), Block.line(FIRST), Block.line(SECOND));
        assertEquals(blocks, Standfirst.dropAboveByline(blocks, new FurnitureMemo()));
    }

    @Test
    void aBylineAfterTheSecondParagraphDoesNotCutTheBody() {
        List<Block> blocks = List.of(Block.line(FIRST), Block.line(SECOND), Block.line("By Jane Doe"));
        assertEquals(blocks, Standfirst.dropAboveByline(blocks, new FurnitureMemo()));
    }

    @Test
    void aBylineBeforeAnyProseEndsTheLeadIn() {
        List<Block> blocks = List.of(Block.line("By Jane Doe"), Block.line("12 March 2024"), Block.line(FIRST));
        assertEquals(List.of(FIRST), SourcesTrailerTest.texts(Standfirst.dropAboveByline(blocks, new FurnitureMemo())));
        assertEquals(2, Standfirst.leadInEnd(blocks, new FurnitureMemo()));
    }

    @Test
    void leadInTextsAreComparableForms() {
        Set<String> texts = Standfirst.leadInTexts(List.of(Block.line(STANDFIRST), Block.line("Hace 2 horas"), Block.line(FIRST)), new FurnitureMemo());
        assertTrue(texts.contains(TextShape.comparable(STANDFIRST)));
        assertEquals(2, texts.size());
    }
}
