package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import claimwatch.extract.entity.CaseFile;

/** The written cases in attribution/cases.txt. */
class AttributionCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return CaseFile.read("/attribution/cases.txt").stream().map(c -> DynamicTest.dynamicTest(c.text(), () -> {
            List<Optional<Attribution>> attributions = Attributed.of(c.text());
            c.expected().forEach((sentence, expected) -> assertEquals(expected,
                    Attributed.describe(attributions.get(sentence)), "sentence " + sentence));
        }));
    }
}
