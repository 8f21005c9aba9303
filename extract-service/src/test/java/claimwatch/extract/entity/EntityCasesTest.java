package claimwatch.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import claimwatch.extract.sentence.SentenceSplitter;

/** The written cases in entity/cases.txt. */
class EntityCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        EntityExtractor extractor = new EntityExtractor();
        return CaseFile.read("/entity/cases.txt").stream().map(c -> DynamicTest.dynamicTest(c.text(), () -> {
            ArticleEntities entities = extractor.extract(new SentenceSplitter().split(c.text()));
            c.expected().forEach((sentence, expected) -> assertEquals(expected, describe(entities.in(sentence)),
                    "sentence " + sentence));
        }));
    }

    private static String describe(List<Entity> entities) {
        return entities.stream().map(e -> e.text() + "|" + e.canonical() + "|" + e.type().label())
                .collect(Collectors.joining("; "));
    }
}
