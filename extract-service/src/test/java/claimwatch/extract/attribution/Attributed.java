package claimwatch.extract.attribution;

import java.util.List;
import java.util.Optional;

import claimwatch.extract.entity.EntityExtractor;
import claimwatch.extract.sentence.Sentence;
import claimwatch.extract.sentence.SentenceSplitter;

/** Runs the splitter, the entity extractor and the attribution extractor over a text, for compact assertions. */
final class Attributed {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final EntityExtractor ENTITIES = new EntityExtractor();
    private static final AttributionExtractor ATTRIBUTIONS = new AttributionExtractor();

    private Attributed() {
    }

    static List<Optional<Attribution>> of(String text) {
        return of(SPLITTER.split(text));
    }

    static List<Optional<Attribution>> of(List<Sentence> sentences) {
        return ATTRIBUTIONS.attribute(sentences, ENTITIES.extract(sentences));
    }

    /** "kind|speaker; speaker|cue|role", or "none". */
    static String describe(Optional<Attribution> attribution) {
        return attribution.map(a -> a.kind().label() + "|" + String.join("; ", a.speakers()) + "|" + a.cue() + "|"
                + a.role()).orElse("none");
    }

    /** The description of every sentence of the text. */
    static List<String> describeAll(String text) {
        return of(text).stream().map(Attributed::describe).toList();
    }

    /** The description of one sentence of the text. */
    static String describe(String text, int sentence) {
        return describe(of(text).get(sentence));
    }
}
