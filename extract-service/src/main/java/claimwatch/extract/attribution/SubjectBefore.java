package claimwatch.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.Token;

/**
 * Finds the subject written before a reporting verb: "Rendal said", "Lopez and Chen wrote", "Ines Carbonell,
 * senior fellow at the CCTS, said", "two people familiar with the talks said", "she said". The subject must open
 * a clause (the sentence, or after a comma, dash, quote, conjunction or subordinator), so "the report that
 * Lopez said was wrong" has no subject for "said".
 */
final class SubjectBefore {

    private static final int LONGEST_ROLE = 6;
    private static final int LONGEST_NOUN_PHRASE = 10;
    private static final int MOST_COMMAS = 4;

    private SubjectBefore() {
    }

    static Optional<Subject> of(SentenceView view, int cue) {
        int last = cue - 1;
        while (last >= 0 && view.token(last).isWord() && !view.quoted(last)
                && Words.mayComeBeforeVerb(view.token(last).lower())) {
            last--;
        }
        if (last < 0 || view.quoted(last)) {
            return Optional.empty();
        }
        if (!view.token(last).isPunct(',')) {
            return endingAt(view, last, null);
        }
        List<Integer> commas = commasBefore(view, last);
        for (int comma : commas) {
            Optional<Subject> subject = entity(view, comma - 1, Roles.appositive(view, comma + 1, last));
            if (subject.isPresent()) {
                return subject;
            }
        }
        for (int comma : commas) {
            Optional<Subject> subject = nounWithAppositive(view, comma, last);
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }

    /** A subject whose last token is last: a pronoun, a named person or organisation, or a described speaker. */
    static Optional<Subject> endingAt(SentenceView view, int last, String appositiveRole) {
        if (last < 0) {
            return Optional.empty();
        }
        if (view.isPronoun(last) && (last == 0 || Clauses.opensAt(view, last - 1))) {
            Speaker pronoun = new Speaker(view.token(last).lower(), Speaker.Kind.PRONOUN);
            return Optional.of(new Subject(List.of(pronoun), null, Clauses.subordinateAt(view, last - 1)));
        }
        Optional<Subject> entity = entity(view, last, appositiveRole);
        if (entity.isPresent()) {
            return entity;
        }
        Optional<Subject> noun = noun(view, last, appositiveRole);
        return noun.isPresent() ? noun : unknownNames(view, last, appositiveRole);
    }

    /**
     * "Lopez and Chen wrote", with neither introduced: capitalised words the entity rules did not name stay as
     * written. At the start of a sentence a word ending in "s" is more likely a common noun ("Protesters").
     */
    private static Optional<Subject> unknownNames(SentenceView view, int last, String appositiveRole) {
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

    private static boolean isUnknownName(SentenceView view, int k) {
        Token token = view.token(k);
        return token.capitalised() && !token.allCaps() && view.entity(k) == null && !view.isPronoun(k)
                && !Words.isDeterminer(token.lower()) && !view.isConjunction(k) && !Words.blocks(token.lower())
                && !Words.isNotAName(token.lower())
                && !SpeakerNouns.isSpeaker(token.lower());
    }

    /** A named person or organisation ending at last, with the role words before it and coordinated names. */
    static Optional<Subject> entity(SentenceView view, int last, String appositiveRole) {
        Entity entity = view.speakerEntity(last);
        if (entity == null || view.entityEnd(last) != last + 1) {
            return Optional.empty();
        }
        int start = view.entityStart(last);
        if (start > 0 && view.token(start - 1).isWord() && Words.isPreposition(view.token(start - 1).lower())) {
            return Optional.empty();
        }
        int k = start - 1;
        while (k >= 0 && !Clauses.opensAt(view, k)) {
            if (view.token(k).isWord() && Words.blocks(view.token(k).lower()) || start - k > LONGEST_ROLE) {
                return Optional.empty();
            }
            k--;
        }
        if (k > 0 && view.is(k, "and")) {
            Optional<Subject> first = entity(view, k - 1, null);
            if (first.isPresent()) {
                List<Speaker> speakers = new ArrayList<>(first.get().speakers());
                speakers.add(NounPhrases.of(entity));
                return Optional.of(new Subject(speakers, null, first.get().subordinate()));
            }
        }
        String role = appositiveRole != null ? appositiveRole : Roles.beforeName(view, k + 1, start);
        if (role == null && k > 0 && view.token(k).isPunct(',')) {
            role = describedBefore(view, k);
        }
        return Optional.of(new Subject(List.of(NounPhrases.of(entity)), role, Clauses.subordinateAt(view, k)));
    }

    /** "Two people familiar with the talks", "Rendal's office", "a spokeswoman for Joaquin Rendal". */
    private static Optional<Subject> noun(SentenceView view, int last, String appositiveRole) {
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
    private static boolean postModified(SentenceView view, int from, int to) {
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
                && participle - k <= LONGEST_ROLE) {
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
    private static Optional<Subject> nounWithAppositive(SentenceView view, int comma, int last) {
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
    private static String describedBefore(SentenceView view, int comma) {
        int k = comma - 1;
        while (k >= 0 && !Clauses.opensAt(view, k)) {
            if (view.token(k).isWord() && Words.blocks(view.token(k).lower())) {
                return null;
            }
            k--;
        }
        return k + 1 < comma ? Roles.beforeName(view, k + 1, comma) : null;
    }

    /** Commas before index, nearest first, outside brackets, up to a quote mark or another kind of break. */
    private static List<Integer> commasBefore(SentenceView view, int index) {
        List<Integer> commas = new ArrayList<>();
        int depth = 0;
        for (int k = index - 1; k > 0 && commas.size() < MOST_COMMAS; k--) {
            if (view.isQuoteMark(k) || view.token(k).isPunct(';') || view.token(k).isPunct(':')) {
                break;
            }
            depth += view.token(k).isPunct(')') ? 1 : view.token(k).isPunct('(') ? -1 : 0;
            if (depth == 0 && view.token(k).isPunct(',')) {
                commas.add(k);
            }
        }
        return commas;
    }
}
