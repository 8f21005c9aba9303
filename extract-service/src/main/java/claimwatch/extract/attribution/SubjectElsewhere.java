package claimwatch.extract.attribution;

import java.util.List;
import java.util.Optional;

/**
 * Finds a speaker written after the reporting verb ('," said Elena Mirabal, the mayor of Corva') or after
 * "according to" and "citing", and the subject of the whole sentence, which a coordinated verb ("declined to
 * comment but said") and a later pronoun share.
 */
final class SubjectElsewhere {

    private static final int LONGEST_ROLE = 4;
    private static final int LONGEST_SENTENCE_ROLE = 6;

    private SubjectElsewhere() {
    }

    /** The speaker right after an inverted verb: a name (with its role), a pronoun or a described speaker. */
    static Optional<Subject> after(SentenceView view, int from) {
        int end = NamedPhrases.phraseEnd(view, from);
        if (from >= end) {
            return Optional.empty();
        }
        if (view.isPronoun(from)) {
            return Optional.of(new Subject(List.of(new Speaker(view.token(from).lower(), Speaker.Kind.PRONOUN)),
                    null, false));
        }
        Optional<Subject> named = NamedPhrases.named(view, from, end, LONGEST_ROLE);
        if (named.isPresent()) {
            return named;
        }
        return NamedPhrases.describedWithName(view, from, NamedPhrases.nounEnd(view, from, end), end);
    }

    /** The speakers of "according to X" or "citing X", X running from from to the next break. */
    static Optional<Subject> source(SentenceView view, int from) {
        int end = NamedPhrases.phraseEnd(view, from);
        if (from >= end) {
            return Optional.empty();
        }
        for (int k = from; k < end; k++) {
            if (view.token(k).isWord() && (Words.isPreposition(view.token(k).lower())
                    || SpeakerNouns.isDocument(view.token(k).lower()))) {
                break;
            }
            if (view.speakerEntity(k) != null) {
                return NamedPhrases.named(view, from, end, LONGEST_ROLE);
            }
        }
        Optional<Speaker> described = NounPhrases.speaker(view, from, end);
        if (described.isEmpty()) {
            described = unknownName(view, from, end);
        }
        return described.map(speaker -> new Subject(List.of(speaker), null, false));
    }

    /** "according to the Consejería": a short capitalised source the entity rules did not know, as written. */
    private static Optional<Speaker> unknownName(SentenceView view, int from, int end) {
        int start = NounPhrases.skipDeterminers(view, from, end);
        boolean shortName = start < end && end - start <= 3 && view.token(start).capitalised();
        return shortName ? Optional.of(new Speaker(view.text(start, end), Speaker.Kind.DESCRIBED_GROUP))
                : Optional.empty();
    }

    /** The subject at the start of the sentence, whatever its verb: "A Commission spokesperson declined ...". */
    static Optional<Subject> ofSentence(SentenceView view) {
        int start = 0;
        while (start < view.size() && (view.isConjunction(start) || view.token(start).isPunct(',')
                || view.is(start, "however") || view.is(start, "meanwhile"))) {
            start++;
        }
        if (start >= view.size()) {
            return Optional.empty();
        }
        if (view.isPronoun(start)) {
            return Optional.of(new Subject(List.of(new Speaker(view.token(start).lower(), Speaker.Kind.PRONOUN)),
                    null, false));
        }
        int end = NamedPhrases.phraseEnd(view, start);
        Optional<Subject> named = NamedPhrases.named(view, start, end, LONGEST_SENTENCE_ROLE);
        return named.isPresent() ? named
                : NamedPhrases.describedWithName(view, start, NamedPhrases.nounEnd(view, start, end), end);
    }

}
