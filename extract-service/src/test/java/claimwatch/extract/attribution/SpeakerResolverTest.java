package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import claimwatch.extract.entity.EntityExtractor;
import claimwatch.extract.sentence.Sentence;
import claimwatch.extract.sentence.SentenceSplitter;

class SpeakerResolverTest {

    private static List<String> speakers(String text, int sentence) {
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<Optional<Attribution>> found = new AttributionExtractor().attribute(sentences, new EntityExtractor().extract(sentences));
        return found.get(sentence).map(Attribution::speakers).orElse(List.of());
    }

    @Test
    void genericBodyBecomesTheOrganisationNamedBefore() {
        String text = "Lecturers at the University of Carrick will strike for 12 days, the Lecturers and Researchers Union said. "
                + "The union wants a rise of 6%, a union official said.";
        assertEquals(List.of("Lecturers and Researchers Union"), speakers(text, 1));
    }

    @Test
    void spokespersonOfABodyBecomesTheBody() {
        String text = "The Arctic Infrastructure Bank lent NOK 900 million to the project in 2023. "
                + "A spokesman for the bank said no money had been paid out.";
        assertEquals(List.of("Arctic Infrastructure Bank"), speakers(text, 1));
    }

    @Test
    void genericSpeakerWithoutAnEarlierBodyStaysAsWritten() {
        List<String> found = speakers("The regulator said 27 plants had breached their permits.", 0);
        assertEquals(1, found.size());
        assertEquals("regulator", found.get(0).toLowerCase().replaceFirst("^the ", ""));
    }

    @Test
    void namedSpeakersAreLeftAlone() {
        String text = "The Ministry of Trade granted the permit in March. Maria Lopez said the ministry had 3 weeks to decide.";
        assertEquals(List.of("Maria Lopez"), speakers(text, 1));
    }
}
