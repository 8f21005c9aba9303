package claimwatch.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    @Test
    void sameTextGivesSameId() {
        assertEquals(ArticleIdentity.of("The deal is worth €430 million."), ArticleIdentity.of("The deal is worth €430 million."));
    }

    @Test
    void whiteSpaceAndUnicodeCompositionDoNotChangeTheId() {
        ArticleIdentity spaced = ArticleIdentity.of("  Café   reopens\n\nafter 3 years. ");
        ArticleIdentity composed = ArticleIdentity.of("Caf\u00e9 reopens after 3 years.");
        ArticleIdentity decomposed = ArticleIdentity.of("Cafe\u0301 reopens after 3 years.");
        assertEquals(composed, spaced);
        assertEquals(composed, decomposed);
    }

    @Test
    void differentTextGivesDifferentId() {
        assertNotEquals(ArticleIdentity.of("41 howitzers").id(), ArticleIdentity.of("42 howitzers").id());
    }

    @Test
    void idIsThePrefixOfTheContentHash() {
        ArticleIdentity identity = ArticleIdentity.of("Shipyard workers said 600 jobs depend on the refit.");
        assertTrue(identity.id().matches("[0-9a-f]{32}"));
        assertTrue(identity.contentHash().matches("sha256:[0-9a-f]{64}"));
        assertEquals(identity.id(), identity.contentHash().substring(7, 39));
    }
}
