package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.extract.entity.ArticleEntities;
import claimwatch.extract.entity.SampleArticles;
import claimwatch.extract.sentence.Sentence;

class AttributionExtractorTest {

    private final AttributionExtractor extractor = new AttributionExtractor();

    @Test
    void oneEntryPerSentence() {
        for (String sample : SampleArticles.all()) {
            List<Sentence> sentences = SampleArticles.sentences(sample.substring(0, sample.indexOf('-') + 1));
            assertEquals(sentences.size(), Attributed.of(sentences).size(), sample);
        }
    }

    @Test
    void emptyArticleHasNoAttributions() {
        assertEquals(List.of(), extractor.attribute(List.of(), new ArticleEntities(List.of(), Map.of())));
    }

    @Test
    void worksWithoutEntities() {
        List<Sentence> sentences = List.of(new Sentence(0, "Officials said the deal was signed.", 0, 35));
        Optional<Attribution> attribution = extractor.attribute(sentences, new ArticleEntities(List.of(), Map.of()))
                .get(0);
        assertEquals(List.of("officials"), attribution.orElseThrow().speakers());
    }

    @Test
    void everyAttributionInTheSamplesHasACueAndSpeakers() {
        for (String sample : SampleArticles.all()) {
            List<Sentence> sentences = SampleArticles.sentences(sample.substring(0, sample.indexOf('-') + 1));
            for (Optional<Attribution> attribution : Attributed.of(sentences)) {
                attribution.ifPresent(a -> {
                    assertNotNull(a.cue(), sample);
                    assertFalse(a.speakers().isEmpty(), sample + " " + a);
                    assertFalse(a.speakers().stream().anyMatch(s -> s.equals("he") || s.equals("she")), sample);
                });
            }
        }
    }

    @Test
    void speakersAreCopied() {
        List<String> speakers = new ArrayList<>(List.of("Maria Lopez"));
        Attribution attribution = new Attribution(speakers, null, "said", AttributionKind.INDIRECT);
        speakers.add("Wei Chen");
        assertEquals(List.of("Maria Lopez"), attribution.speakers());
        assertThrows(UnsupportedOperationException.class, () -> attribution.speakers().add("x"));
        assertThrows(NullPointerException.class, () -> new Attribution(List.of(), null, "said", null));
    }

    @Test
    void jsonUsesTheKindLabels() throws Exception {
        String json = new ObjectMapper().writeValueAsString(new Attribution(List.of("Harbor Times", "Reuters"), null,
                "reports", AttributionKind.OUTLET_CITATION));
        assertEquals("{\"speakers\":[\"Harbor Times\",\"Reuters\"],\"role\":null,\"cue\":\"reports\","
                + "\"kind\":\"outlet-citation\"}", json);
        assertEquals(List.of("direct-quote", "indirect", "according-to", "outlet-citation"),
                List.of(AttributionKind.values()).stream().map(AttributionKind::label).toList());
    }

    @Test
    void unrelatedStoryAttributesOnlyItsSpeakers() {
        List<Sentence> sentences = SampleArticles.sentences("articles/12-");
        List<String> speakers = new ArrayList<>();
        Attributed.of(sentences).forEach(a -> a.ifPresent(x -> speakers.addAll(x.speakers())));
        assertTrue(List.of("Beatriz Olano", "municipal sources", "Rosa Iturbe").containsAll(speakers), speakers::toString);
    }
}
