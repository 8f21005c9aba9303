package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.EntityType;
import claimwatch.extract.entity.PersonWords;

/**
 * Reads a phrase that names a speaker, from its first word on: the name with the role words before it ("chief
 * executive Fiona Hale"), after an organisation ("Apple CEO Steve Jobs"), coordinated ("Lopez and Chen"), with an
 * appositive role after it, or a description followed by the name ("its spokeswoman, Marta Quiroga").
 */
final class NamedPhrases {

    private static final int LONGEST_ROLE = 4;

    private NamedPhrases() {
    }

    /** A name within maxRole words of from, none of them a verb, and not right after a preposition. */
    static Optional<Subject> named(SentenceView view, int from, int end, int maxRole) {
        for (int k = from; k < end && k - from <= maxRole; k++) {
            Entity entity = view.speakerEntity(k);
            if (entity != null && view.entityStart(k) == k) {
                if (k > from && Words.isPreposition(view.token(k - 1).lower())) {
                    return Optional.empty();
                }
                int person = personAfterRole(view, view.entityEnd(k), view.size());
                if (person >= 0) {
                    k = person;
                    entity = view.speakerEntity(k);
                }
                int after = view.entityEnd(k);
                List<Speaker> speakers = new ArrayList<>(List.of(NounPhrases.of(entity)));
                int next = coordinated(view, after, end, speakers);
                String role = speakers.size() > 1 ? null : Roles.beforeName(view, from, k);
                if (role == null && speakers.size() == 1 && next < view.size() && view.token(next).isPunct(',')) {
                    role = Roles.appositive(view, next + 1, appositiveEnd(view, next + 1));
                }
                return Optional.of(new Subject(speakers, role, false));
            }
            if (view.token(k).isWord() && Words.blocks(view.token(k).lower())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "Apple CEO Steve Jobs": the person after an organisation and a role, or -1. */
    static int personAfterRole(SentenceView view, int after, int end) {
        boolean role = false;
        for (int k = after; k < end && k <= after + LONGEST_ROLE; k++) {
            Entity entity = view.speakerEntity(k);
            if (entity != null && view.entityStart(k) == k) {
                return role && entity.type() == EntityType.PERSON ? k : -1;
            }
            String lower = view.token(k).lower();
            boolean commaBeforeName = role && view.token(k).isPunct(',') && view.speakerEntity(k + 1) != null;
            if (commaBeforeName) {
                continue;
            }
            if (!view.token(k).isWord() || Words.blocks(lower) || Words.isPreposition(lower)) {
                return -1;
            }
            role |= PersonWords.isRole(lower);
        }
        return -1;
    }

    /** "Lopez and Chen": adds Chen, returns the index after the last name. */
    static int coordinated(SentenceView view, int after, int end, List<Speaker> speakers) {
        if (after + 1 < end && view.is(after, "and") && view.speakerEntity(after + 1) != null
                && view.entityStart(after + 1) == after + 1) {
            speakers.add(NounPhrases.of(view.speakerEntity(after + 1)));
            return view.entityEnd(after + 1);
        }
        return after;
    }

    /**
     * A described speaker, or the person named after it: "its spokeswoman, Marta Quiroga" and "The consejero of
     * Infrastructures and Mobility, Joaquín Rendal," make the person the speaker and the description the role.
     */
    static Optional<Subject> describedWithName(SentenceView view, int from, int end, int phraseEnd) {
        Optional<Speaker> described = NounPhrases.speaker(view, from, end);
        if (described.isEmpty()) {
            return Optional.empty();
        }
        int name = phraseEnd + 1;
        Entity person = name < view.size() && view.token(phraseEnd).isPunct(',') ? view.speakerEntity(name) : null;
        if (person != null && view.entityStart(name) == name && described.get().isPerson()) {
            return Optional.of(new Subject(List.of(NounPhrases.of(person)), Roles.beforeName(view, from, end), false));
        }
        return Optional.of(new Subject(List.of(described.get()), null, false));
    }

    /** Where a phrase starting at from ends: a break, "that", a quote mark or the end. */
    static int phraseEnd(SentenceView view, int from) {
        int k = from;
        while (k < view.size() && !view.isBreak(k) && !view.is(k, "that")
                && !(view.token(k).isPunct('.') || view.token(k).isPunct('!') || view.token(k).isPunct('?'))) {
            k++;
        }
        return k;
    }

    /**
     * A described speaker ends at its first verb; after its head it goes on only through a name and a
     * preposition that leads to one ("a spokeswoman for Joaquin Rendal", "islanders on Corva").
     */
    static int nounEnd(SentenceView view, int from, int end) {
        int head = NounPhrases.head(view, from, end);
        for (int k = from; k < end; k++) {
            if (view.token(k).isWord() && Words.blocks(view.token(k).lower())) {
                return k;
            }
            if (head < 0 || k <= head || view.entity(k) != null) {
                continue;
            }
            int object = view.is(k + 1, "the") ? k + 2 : k + 1;
            boolean leadsToName = Words.isPreposition(view.token(k).lower()) && object < end
                    && view.entity(object) != null;
            if (!leadsToName) {
                return k;
            }
        }
        return end;
    }

    static int appositiveEnd(SentenceView view, int from) {
        int k = from;
        while (k < view.size() && !view.token(k).isPunct(',') && !view.token(k).isPunct('.')
                && !view.isQuoteMark(k)) {
            k++;
        }
        return k;
    }
}
