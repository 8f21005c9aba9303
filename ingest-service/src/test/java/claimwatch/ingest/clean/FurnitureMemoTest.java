package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureMemoTest {

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "A- A A+", "The regional government signed the contract on Monday in Puerto Alba.", "", "Most read"})
    void remembersTheSameAnswerTheRulesGive(String text) {
        FurnitureMemo memo = new FurnitureMemo();
        assertEquals(BoilerplateFilter.isFurniture(text), memo.isFurniture(text));
        assertEquals(BoilerplateFilter.isFurniture(text), memo.isFurniture(text));
    }
}
