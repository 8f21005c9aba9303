package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.Token;

/**
 * Subjects that are described rather than named, written before their verb: "two people familiar with the talks",
 * "an online report" before "claiming", "its transport spokeswoman, Marta Quiroga", and names the entity rules did
 * not know ("Lopez and Chen wrote").
 */
final class DescribedSubject {

    private static final int LONGEST_NOUN_PHRASE = 10;
    private static final int LONGEST_PREMODIFIER = 6;

    private DescribedSubject() {
    }

    /** "Two people familiar with the talks", "Rendal's office", "a spokeswoman for Joaquin Rendal". */
    static Optional<Subject> noun(SentenceView view, int last, String appositiveRole) {
        int k = last;
        while (k >= 0 && !Clauses.opensAt(view, k)) {
            String lower = view.token(k).lower();
            boolean document = SpeakerNouns.isDocument(lower) && !Words.isClauseWord(lower);
            if (view.token(k).isWord() && (Words.blocks(lower) && !document || view.isPronoun(k))
                    || last - k >= LONGEST_NOUN_PHRASE) {
                return Optional.empty();
            }
            k--;
        }
        int start = NounPhrases.skipDeterminers(view, k + 1, last + 1);
        if (start > last || Words.isPreposition(view.token(start).lower()) || !postModified(view, start, last + 1)) {
            return Optional.empty();
        }
        boolean subordinate = Clauses.subordinateAt(view, k);
        return NounPhrases.speaker(view, k + 1, last + 1)
                .map(speaker -> new Subject(List.of(speaker), appositiveRole, subordinate));
    }

    /**
     * What follows the head of a described subject must modify it: a preposition ("officials in the region") or
     * a participle or adjective with one ("people familiar with the talks"), not a verb with its object ("some
     * residents shared an online report").
     */
    static boolean postModified(SentenceView view, int from, int to) {
        int head = NounPhrases.head(view, from, to);
        int next = head + 1;
        while (next < to && (view.token(next).kind() == Token.Kind.POSSESSIVE
                || view.entity(next) != null)) {
            next++;
        }
        if (head < 0 || next >= to || !view.token(next).isWord() || Words.isPreposition(view.token(next).lower())) {
            return true;
        }
        return next + 1 < to && view.token(next + 1).isWord() && Words.isPreposition(view.token(next + 1).lower());
    }

    /** The noun phrase right before a participle: "an online report" in "an online report claiming". */
    static Optional<Subject> beforeParticiple(SentenceView view, int participle) {
        int k = participle - 1;
        while (k >= 0 && (view.token(k).isWord() || view.token(k).kind() == Token.Kind.POSSESSIVE)
                && !Words.isDeterminer(view.token(k).lower()) && !Words.isClauseWord(view.token(k).lower())
                && participle - k <= LONGEST_PREMODIFIER) {
            k--;
        }
        int from = k >= 0 && Words.isDeterminer(view.token(k).lower()) ? k : k + 1;
        if (from >= participle) {
            return Optional.empty();
        }
        Entity entity = view.speakerEntity(participle - 1);
        if (entity != null) {
            return Optional.of(new Subject(List.of(NounPhrases.of(entity)), null, true));
        }
        return NounPhrases.speaker(view, from, participle).map(speaker -> new Subject(List.of(speaker), null, true));
    }

    /** "Its transport spokeswoman, Marta Quiroga, said": the person in the appositive speaks, the phrase is a role. */
    static Optional<Subject> nounWithAppositive(SentenceView view, int comma, int last) {
        Entity person = view.speakerEntity(comma + 1);
        if (person != null && view.entityStart(comma + 1) == comma + 1 && view.entityEnd(comma + 1) == last) {
            Optional<Subject> noun = noun(view, comma - 1, null);
            if (noun.isPresent()) {
                String role = describedBefore(view, comma);
                return Optional.of(new Subject(List.of(NounPhrases.of(person)), role, noun.get().subordinate()));
            }
        }
        return noun(view, comma - 1, Roles.appositive(view, comma + 1, last));
    }

    /** The described phrase before a comma as a role, when it names a role: "the group's spokeswoman". */
    static String describedBefore(SentenceView view, int comma) {
        int k = comma - 1;
        while (k >= 0 && !Clauses.opensAt(view, k)) {
            if (view.token(k).isWord() && Words.blocks(view.token(k).lower())) {
                return null;
            }
            k--;
        }
        return k + 1 < comma ? Roles.beforeName(view, k + 1, comma) : null;
    }

    /**
     * "Lopez and Chen wrote", with neither introduced: capitalised words the entity rules did not name stay as
     * written. At the start of a sentence a word ending in "s" is more likely a common noun ("Protesters").
     */
    static Optional<Subject> unknownNames(SentenceView view, int last, String appositiveRole) {
        List<Speaker> speakers = new ArrayList<>();
        int k = last;
        while (k >= 0) {
            int start = k;
            while (start >= 0 && start > k - 2 && isUnknownName(view, start)) {
                start--;
            }
            if (start == k) {
                return Optional.empty();
            }
            String name = view.text(start + 1, k + 1);
            boolean initial = start < 0 || Clauses.opensAt(view, start) && start == 0 && view.isConjunction(0);
            if (initial && name.endsWith("s")) {
                return Optional.empty();
            }
            speakers.add(0, new Speaker(name, Speaker.Kind.PERSON));
            if (start > 0 && view.is(start, "and")) {
                k = start - 1;
                continue;
            }
            if (!Clauses.opensAt(view, start)) {
                return Optional.empty();
            }
            return Optional.of(new Subject(speakers, speakers.size() == 1 ? appositiveRole : null,
                    Clauses.subordinateAt(view, start)));
        }
        return Optional.empty();
    }

    static boolean isUnknownName(SentenceView view, int k) {
        Token token = view.token(k);
        return token.capitalised() && !token.allCaps() && view.entity(k) == null && !view.isPronoun(k)
                && !Words.isDeterminer(token.lower()) && !view.isConjunction(k) && !Words.blocks(token.lower())
                && !Words.isNotAName(token.lower())
                && !SpeakerNouns.isSpeaker(token.lower());
    }
}
