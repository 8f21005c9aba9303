package claimwatch.extract.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import claimwatch.extract.entity.SampleArticles;
import claimwatch.extract.entity.Tokenizer;
import claimwatch.extract.sentence.Sentence;

class TriggersTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final ModalityClassifier classifier = new ModalityClassifier();

    @Test
    void sentenceWithoutTriggerWords() {
        assertFalse(Triggers.any(tokenizer.tokenize("Shares rose 4.1% in London on Monday.")));
        assertTrue(Triggers.any(tokenizer.tokenize("Shares didn't rise.")));
        assertTrue(Triggers.any(tokenizer.tokenize("Shares may rise.")));
    }

    /** The shortcut must never hide a cue: every non-asserted sample sentence has a trigger word. */
    @Test
    void everyNonAssertedSampleSentenceHasATrigger() {
        int nonAsserted = 0;
        for (String sample : SampleArticles.all()) {
            for (Sentence sentence : SampleArticles.sentences(sample.substring(0, sample.indexOf('-') + 1))) {
                ModalityReading reading = classifier.classify(sentence.text());
                if (reading.value() != Modality.ASSERTED) {
                    nonAsserted++;
                    assertTrue(Triggers.any(tokenizer.tokenize(sentence.text())), sentence.text());
                }
            }
        }
        assertTrue(nonAsserted > 50, "only " + nonAsserted);
    }

    @Test
    void questionWithoutTriggerIsAsserted() {
        assertEquals(ModalityReading.ASSERTED, classifier.classify("Got a story?"));
        assertEquals(List.of(), tokenizer.tokenize("").stream().toList());
    }
}
