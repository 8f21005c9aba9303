package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.EntityType;

/**
 * Resolves pronoun speakers, sentence by sentence. "he" or "she" is the sentence's own subject when that is a
 * person ("Rendal defended the deal, and he recalled ..."), else the latest person who spoke in the three
 * sentences before, else the one person the sentence before names. "they" looks for a plural speaker the same way,
 * "it" for an organisation. A pronoun with no referent is dropped rather than guessed.
 */
final class PronounResolver {

    private static final int LOOK_BACK = 3;

    private final List<List<Speaker>> spokeBySentence = new ArrayList<>();

    /** The frames of the next sentence with pronouns resolved; call once per sentence, in order. */
    List<Frame> resolve(List<Frame> frames, SentenceView view, SentenceView before) {
        List<Frame> resolved = new ArrayList<>(frames.size());
        List<Speaker> spoke = new ArrayList<>();
        for (Frame frame : frames) {
            List<Speaker> speakers = new ArrayList<>();
            for (Speaker speaker : frame.speakers()) {
                if (speaker.kind() == Speaker.Kind.PRONOUN) {
                    speakers.addAll(referent(speaker.name(), view, before));
                } else {
                    speakers.add(speaker);
                }
            }
            resolved.add(frame.withSpeakers(new ArrayList<>(new LinkedHashSet<>(speakers))));
            spoke.addAll(speakers);
        }
        spokeBySentence.add(spoke);
        return resolved;
    }

    private List<Speaker> referent(String pronoun, SentenceView view, SentenceView before) {
        Optional<Subject> subject = SubjectElsewhere.ofSentence(view);
        List<Speaker> own = subject.map(Subject::speakers).orElse(List.of());
        if (fits(pronoun, own)) {
            return own;
        }
        for (int k = spokeBySentence.size() - 1; k >= 0 && k >= spokeBySentence.size() - LOOK_BACK; k--) {
            List<Speaker> spoke = spokeBySentence.get(k);
            if (pronoun.equals("they") && fits(pronoun, spoke)) {
                return spoke;
            }
            for (int j = spoke.size() - 1; j >= 0; j--) {
                if (fits(pronoun, List.of(spoke.get(j)))) {
                    return List.of(spoke.get(j));
                }
            }
        }
        return before == null ? List.of() : namedBefore(pronoun, before);
    }

    /** The one person the sentence before names, or the plural subject it opens with. */
    private static List<Speaker> namedBefore(String pronoun, SentenceView before) {
        if (pronoun.equals("they")) {
            List<Speaker> subject = SubjectElsewhere.ofSentence(before).map(Subject::speakers).orElse(List.of());
            return fits(pronoun, subject) ? subject : List.of();
        }
        if (!pronoun.equals("he") && !pronoun.equals("she")) {
            return List.of();
        }
        Set<String> people = new LinkedHashSet<>();
        for (int i = 0; i < before.size(); i++) {
            Entity entity = before.entity(i);
            if (entity != null && entity.type() == EntityType.PERSON) {
                people.add(entity.canonical());
            }
        }
        return people.size() == 1 ? List.of(new Speaker(people.iterator().next(), Speaker.Kind.PERSON)) : List.of();
    }

    private static boolean fits(String pronoun, List<Speaker> speakers) {
        if (speakers.isEmpty() || speakers.stream().anyMatch(s -> s.kind() == Speaker.Kind.PRONOUN)) {
            return false;
        }
        switch (pronoun) {
            case "he":
            case "she":
                return speakers.size() == 1 && speakers.get(0).isPerson();
            case "they":
                return speakers.size() > 1 || speakers.get(0).isPlural();
            default:
                Speaker.Kind kind = speakers.get(0).kind();
                return speakers.size() == 1 && (kind == Speaker.Kind.ORGANISATION || kind == Speaker.Kind.OUTLET
                        || kind == Speaker.Kind.DESCRIBED_OUTLET
                        || kind == Speaker.Kind.DESCRIBED_GROUP && !speakers.get(0).isPlural());
        }
    }
}
