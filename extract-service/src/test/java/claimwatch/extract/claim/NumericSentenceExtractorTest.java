package claimwatch.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import claimwatch.extract.sentence.SentenceSplitter;

class NumericSentenceExtractorTest {

    private static final String ARTICLE_ID = "3f9a1c2be84d47a0b6e2d5c1f0a9b877";
    private final NumericSentenceExtractor extractor = new NumericSentenceExtractor(new SentenceSplitter());

    @Test
    void onlySentencesWithNumbersAreClaims() {
        String text = "Ferry deal signed\n\nThe contract is worth €430 million. Officials were pleased. It covers 41 vessels.";
        List<Claim> claims = extractor.extract(ARTICLE_ID, text);
        assertEquals(List.of("The contract is worth €430 million.", "It covers 41 vessels."), claims.stream().map(Claim::text).toList());
        assertEquals(List.of(1, 3), claims.stream().map(Claim::sentenceIndex).toList());
        for (Claim claim : claims) {
            assertEquals(claim.text(), text.substring(claim.span().start(), claim.span().end()));
        }
    }

    @Test
    void idsAreStableAcrossRuns() {
        String text = "It covers 41 vessels. Delivery by 2030.";
        assertEquals(extractor.extract(ARTICLE_ID, text), extractor.extract(ARTICLE_ID, text));
    }

    @Test
    void idsDoNotDependOnOtherSentences() {
        Claim alone = extractor.extract(ARTICLE_ID, "It covers 41 vessels.").get(0);
        Claim afterLead = extractor.extract(ARTICLE_ID, "A new lead sentence. It covers 41 vessels.").get(0);
        assertEquals(alone.id(), afterLead.id());
    }

    @Test
    void repeatedSentenceGetsDistinctIds() {
        List<Claim> claims = extractor.extract(ARTICLE_ID, "Up 3%.\nUp 3%.");
        assertEquals(2, claims.size());
        assertNotEquals(claims.get(0).id(), claims.get(1).id());
    }

    @Test
    void sameSentenceInAnotherArticleHasAnotherId() {
        String text = "It covers 41 vessels.";
        assertNotEquals(extractor.extract(ARTICLE_ID, text).get(0).id(),
                extractor.extract("0b1c2d3e4f5061728394a5b6c7d8e9f0", text).get(0).id());
    }

    @Test
    void idsMatchTheContractFormat() {
        assertEquals(true, extractor.extract(ARTICLE_ID, "41 ships.").get(0).id().matches("[0-9a-f]{24}"));
    }

    @Test
    void nonLatinDigitsCount() {
        assertEquals(1, extractor.extract(ARTICLE_ID, "Le contrat vaut ٤٣٠ millions.").size());
    }
}
