package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareLineTest {

    private final ShareLine rule = new ShareLine();

    @ParameterizedTest
    @ValueSource(strings = {"Share: LinkedIn X Email | Print this page", "Compartir / Share: Facebook X WhatsApp · Imprimir · A- A+",
        "Share this:", "Share this: Facebook WhatsApp Email Print", "Share on Facebook", "Share Facebook X WhatsApp Email Comments",
        "Partager sur Facebook", "Teilen: Facebook WhatsApp E-Mail", "Compartir en Facebook · Compartir en WhatsApp · Copiar enlace",
        "Share via email"})
    void recognisesShareBars(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share prices fell sharply on Monday", "Shares in Aldermoor rose 4.1% in London on Monday.",
        "Shared ownership schemes are popular on the islands", "Sharing the cost with the state, Fitch said, would halve the bill.",
        "Facebook said it would appeal the ruling."})
    void leavesHeadlinesAndProse(String line) {
        assertFalse(rule.matches(line), line);
    }
}
