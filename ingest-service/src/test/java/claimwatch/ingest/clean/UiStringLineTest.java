package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UiStringLineTest {

    private final UiStringLine rule = new UiStringLine();

    @ParameterizedTest
    @ValueSource(strings = {"A- A A+", "A-   A+", "Listen to this article", "▶ Listen to this article 6:12", "4 min read",
        "5 min read", "12 minute read", "Skip to main content", "Skip to content", "Skip to navigation", "Sign in", "Log in",
        "Login  Subscribe", "Save", "Gift this article", "Print", "Print this page", "Share Print A- A A+",
        "Share this article   Print   A- A A+", "Share Post WhatsApp 💬 212 comments", "Comments (38)", "Comments (14)",
        "Log in to comment", "Comments have not been enabled for this article.", "Was this helpful? 👍 312 👎 18",
        "Facebook  X  LinkedIn  Email", "Facebook Twitter WhatsApp Email", "Search", "Menu", "Back to top", "Load more",
        "Save to reading list", "Share Print Save to reading list", "Escuchar noticia", "Écouter cet article",
        "Artikel anhören", "Lesezeit 3 Min.", "Imprimir", "Accept all", "6:12", "—", "***"})
    void recognisesInterfaceStrings(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A spokeswoman said the ferry would sail at noon.",
        "Listen carefully, the minister told the chamber, before reading the figures aloud.",
        "Share prices rose 4% on Monday",
        "Comments by the minister angered the opposition.",
        "Print edition sales fell for the fifth year.",
        "A A A",
        "Save the Children said the islands needed a hospital.",
        "X marks the spot",
        "Post office",
        "Search and rescue teams were sent to the island."})
    void leavesProse(String line) {
        assertFalse(rule.matches(line), line);
    }
}
