package claimwatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractsTest {

    @ParameterizedTest
    @ValueSource(strings = { "articles", "claims" })
    void everyExampleConformsToItsSchema(String topic) {
        for (Contracts.Example example : Contracts.examples(topic)) {
            assertEquals(List.of(), Contracts.violations(topic, example.json()), example.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "articles", "claims" })
    void schemaRejectsAnEmptyObject(String topic) {
        assertFalse(Contracts.violations(topic, "{}").isEmpty());
    }
}
