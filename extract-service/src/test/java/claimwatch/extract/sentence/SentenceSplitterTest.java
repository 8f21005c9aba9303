package claimwatch.extract.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void headlineAndParagraphsAreSentencesOfTheirOwn() {
        String text = "Port signs ferry deal\n\nThe contract is worth €430 million. It covers 41 vessels!\nWill it pass?";
        assertEquals(List.of("Port signs ferry deal", "The contract is worth €430 million.", "It covers 41 vessels!", "Will it pass?"),
                texts(text));
    }

    @Test
    void spansPointAtTheSentenceInTheText() {
        String text = "  Lead line  \n\nFirst sentence here.   Second one.  ";
        for (Sentence sentence : splitter.split(text)) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
        }
        assertEquals(3, splitter.split(text).size());
    }

    @Test
    void indexesCountSentencesInOrder() {
        List<Sentence> sentences = splitter.split("One. Two.\nThree.");
        assertEquals(List.of(0, 1, 2), sentences.stream().map(Sentence::index).toList());
    }

    @Test
    void decimalNumbersDoNotEndASentence() {
        assertEquals(List.of("Sales rose 4.5 percent to $1.2bn last year.", "Analysts agreed."),
                texts("Sales rose 4.5 percent to $1.2bn last year. Analysts agreed."));
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(), texts(" \n\n  \n"));
    }

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }
}
