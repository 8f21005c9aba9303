package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import claimwatch.extract.sentence.Span;

class ArticleEntitiesTest {

    private static final Entity LOPEZ = new Entity("Maria Lopez", new Span(0, 11), "Maria Lopez", EntityType.PERSON);
    private static final Entity IMS = new Entity("IMS", new Span(4, 7), "Institute for Maritime Studies",
            EntityType.ORGANISATION);
    private static final Entity TIMES = new Entity("The Financial Times", new Span(0, 19), "The Financial Times",
            EntityType.ORGANISATION);

    private final ArticleEntities entities = new ArticleEntities(List.of(List.of(LOPEZ), List.of(IMS, TIMES)),
            Map.of("Lopez", "Maria Lopez", "IMS", "Institute for Maritime Studies"));

    @Test
    void entitiesOfASentence() {
        assertEquals(List.of(LOPEZ), entities.in(0));
        assertEquals(List.of(IMS, TIMES), entities.in(1));
    }

    @Test
    void sentenceOutsideTheArticleHasNoEntities() {
        assertEquals(List.of(), entities.in(2));
        assertEquals(List.of(), entities.in(-1));
    }

    @Test
    void aliasResolvesToItsCanonicalName() {
        assertEquals(Optional.of("Maria Lopez"), entities.canonical("Lopez"));
        assertEquals(Optional.of("Institute for Maritime Studies"), entities.canonical("IMS"));
    }

    @Test
    void canonicalNameIsItsOwnCanonicalName() {
        assertEquals(Optional.of("Maria Lopez"), entities.canonical("Maria Lopez"));
    }

    @Test
    void leadingTheIsIgnored() {
        assertEquals(Optional.of("Maria Lopez"), entities.canonical("the Lopez"));
        assertEquals(Optional.of("The Financial Times"), entities.canonical("The Financial Times"));
    }

    @Test
    void unknownMentionHasNoCanonicalName() {
        assertEquals(Optional.empty(), entities.canonical("Chen"));
        assertEquals(Optional.empty(), entities.canonical("lopez"));
    }

    @Test
    void listsAndMapAreCopiedAndReadOnly() {
        List<Entity> sentence = new ArrayList<>(List.of(LOPEZ));
        Map<String, String> aliases = new HashMap<>(Map.of("Lopez", "Maria Lopez"));
        ArticleEntities copy = new ArticleEntities(List.of(sentence), aliases);
        sentence.clear();
        aliases.clear();
        assertEquals(List.of(LOPEZ), copy.in(0));
        assertEquals(Optional.of("Maria Lopez"), copy.canonical("Lopez"));
        assertThrows(UnsupportedOperationException.class, () -> copy.in(0).add(IMS));
        assertThrows(UnsupportedOperationException.class, () -> copy.aliases().put("X", "Y"));
    }

    @Test
    void entityNeedsAllItsParts() {
        assertThrows(NullPointerException.class, () -> new Entity(null, new Span(0, 1), "x", EntityType.PLACE));
        assertThrows(NullPointerException.class, () -> new Entity("x", new Span(0, 1), "x", null));
    }

    @Test
    void jsonUsesLowerCaseTypeLabels() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(entities));
        JsonNode first = json.get("bySentence").get(1).get(0);
        assertEquals("organisation", first.get("type").asText());
        assertEquals("Institute for Maritime Studies", first.get("canonical").asText());
        assertEquals(4, first.get("span").get("start").asInt());
        assertEquals("Maria Lopez", json.get("aliases").get("Lopez").asText());
    }

    @Test
    void everyTypeHasALowerCaseLabel() {
        assertEquals(List.of("person", "organisation", "place", "product"),
                List.of(EntityType.values()).stream().map(EntityType::label).toList());
    }
}
