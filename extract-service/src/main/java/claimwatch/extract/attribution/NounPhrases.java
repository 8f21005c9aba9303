package claimwatch.extract.attribution;

import java.util.Optional;
import java.util.Set;

import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.EntityType;
import claimwatch.extract.entity.Lexicon;
import claimwatch.extract.entity.OrganisationWords;
import claimwatch.extract.entity.Token;

/**
 * Turns a noun phrase into a speaker. A named person or organisation is its canonical name; a spokesperson or
 * office stands for the one it speaks for ("a spokeswoman for Joaquin Rendal"); a document stands for its owner
 * ("figures published by the regional government", "the Klaxon's article"); anyone else is described as written,
 * in lower case and without the article ("two people familiar with the talks").
 */
final class NounPhrases {

    private static final Set<String> OWNER_VERBS = Lexicon.of("published", "released", "issued", "compiled",
            "collected", "provided", "prepared", "commissioned", "obtained", "presented", "produced");

    private static final Set<String> OWNER_PREPOSITIONS = Lexicon.of("by", "from", "of");

    /** Trailing phrases of time that are not part of who speaks: "the Daily Klaxon on Monday evening". */
    private static final Set<String> TIME_STARTS = Lexicon.of("on", "last", "this", "in", "earlier", "yesterday");

    private NounPhrases() {
    }

    /** The speaker named by the tokens [from, to), if they name anyone who can speak. */
    static Optional<Speaker> speaker(SentenceView view, int from, int to) {
        int start = skipDeterminers(view, from, to);
        if (start >= to || view.token(start).isWord() && Words.isPreposition(view.token(start).lower())) {
            return Optional.empty();
        }
        Entity only = view.speakerEntity(start);
        if (only != null && view.entityStart(start) == start && view.entityEnd(start) == to) {
            return Optional.of(of(only));
        }
        Optional<Entity> company = CompanyReference.of(view, from, to);
        if (company.isPresent()) {
            return company.map(NounPhrases::of);
        }
        int head = head(view, start, to);
        if (head < 0) {
            return Optional.empty();
        }
        String lower = view.token(head).lower();
        if (SpeakerNouns.isDocument(lower)) {
            Entity writer = head >= 2 && view.token(head - 1).kind() == Token.Kind.POSSESSIVE
                    ? view.speakerEntity(head - 2) : null;
            if (writer != null) {
                return Optional.of(of(writer));
            }
            Optional<Speaker> owner = owner(view, head + 1, to);
            if (owner.isPresent()) {
                return owner;
            }
        }
        Entity before = head > start ? view.speakerEntity(head - 1) : null;
        if (before != null && before.type() == EntityType.ORGANISATION && OrganisationWords.followsOrganisation(lower)) {
            return Optional.of(of(before));
        }
        if (SpeakerNouns.isProxy(lower)) {
            for (int k = start; k < to; k++) {
                if (view.speakerEntity(k) != null) {
                    return Optional.of(of(view.speakerEntity(k)));
                }
            }
        }
        int described = Descriptions.skipPartitive(view, start, head);
        return Optional.of(new Speaker(Descriptions.describe(view, described, to), kindOfDescription(view, start, head)));
    }

    static Speaker of(Entity entity) {
        if (entity.type() == EntityType.PERSON) {
            return new Speaker(entity.canonical(), Speaker.Kind.PERSON);
        }
        boolean outlet = OrganisationWords.looksLikeOutlet(entity.canonical())
                || OrganisationWords.isKnownOutlet(entity.canonical());
        return new Speaker(entity.canonical(), outlet ? Speaker.Kind.OUTLET : Speaker.Kind.ORGANISATION);
    }

    /**
     * The head of a described speaker: its last speaker noun before any preposition ("two people familiar with
     * the talks", "a Commission spokesperson", "the opposition Green Left group"), past a partitive "of" ("two of
     * the island's deputies"), or -1.
     */
    static int head(SentenceView view, int from, int to) {
        int head = -1;
        boolean quantity = true;
        for (int k = from; k < to; k++) {
            Token token = view.token(k);
            boolean partitive = quantity && token.is("of");
            if (k > from && token.isWord() && Words.isPreposition(token.lower()) && !partitive) {
                break;
            }
            quantity &= token.kind() == Token.Kind.NUMBER || Words.isNotAName(token.lower()) || partitive;
            if (token.isWord() && SpeakerNouns.isSpeaker(token.lower())) {
                head = k;
            }
        }
        return head;
    }

    /** "figures [published] by|from|of the ministry": the ministry. */
    private static Optional<Speaker> owner(SentenceView view, int after, int to) {
        int k = after;
        if (k < to && OWNER_VERBS.contains(view.token(k).lower())) {
            k++;
        }
        if (k >= to || !OWNER_PREPOSITIONS.contains(view.token(k).lower())) {
            return Optional.empty();
        }
        int end = k + 1;
        while (end < to && !(TIME_STARTS.contains(view.token(end).lower()) && end > k + 1)) {
            end++;
        }
        for (int j = k + 1; j < end; j++) {
            if (view.speakerEntity(j) != null) {
                return Optional.of(of(view.speakerEntity(j)));
            }
        }
        int start = skipDeterminers(view, k + 1, end);
        return start < end ? Optional.of(new Speaker(Descriptions.describe(view, start, end), Speaker.Kind.DESCRIBED_GROUP))
                : Optional.empty();
    }

    private static Speaker.Kind kindOfDescription(SentenceView view, int start, int head) {
        String lower = view.token(head).lower();
        boolean newsReport = (lower.equals("report") || lower.equals("reports")) && head > start
                && SpeakerNouns.makesNewsReport(view.token(head - 1).lower());
        if (SpeakerNouns.isOutlet(lower) || newsReport) {
            return Speaker.Kind.DESCRIBED_OUTLET;
        }
        return SpeakerNouns.isPerson(lower) ? Speaker.Kind.DESCRIBED_PERSON : Speaker.Kind.DESCRIBED_GROUP;
    }

    static int skipDeterminers(SentenceView view, int from, int to) {
        int start = from;
        while (start < to && (Words.isDeterminer(view.token(start).lower()) || view.isConjunction(start))) {
            start++;
        }
        return start;
    }

}
