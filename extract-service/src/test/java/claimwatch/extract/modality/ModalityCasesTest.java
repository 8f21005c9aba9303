package claimwatch.extract.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import claimwatch.extract.entity.CaseFile;

/** The written cases in modality/cases.tsv: sentence, modality, cue. */
class ModalityCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        ModalityClassifier classifier = new ModalityClassifier();
        return CaseFile.lines("/modality/cases.tsv").stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(fields -> DynamicTest.dynamicTest(fields[0], () -> {
                    ModalityReading reading = classifier.classify(fields[0]);
                    assertEquals(fields[1], reading.value().label());
                    assertEquals(fields[2].isEmpty() ? null : fields[2], reading.cue());
                }));
    }
}
