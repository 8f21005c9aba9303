package claimwatch.extract.attribution;

import claimwatch.extract.entity.CommonWords;
import claimwatch.extract.entity.Entity;
import claimwatch.extract.entity.PlaceNames;
import claimwatch.extract.entity.Token;

/** Writes a described speaker or a role as the sentence has it: names canonical, capitals where they mean something. */
final class Descriptions {

    private Descriptions() {
    }

    /** "two of its deputies from Corva" is described as "deputies from Corva": where the description starts. */
    static int skipPartitive(SentenceView view, int start, int head) {
        boolean quantity = view.token(start).kind() == Token.Kind.NUMBER || Words.isNotAName(view.token(start).lower());
        int after = start + 2;
        boolean partitive = quantity && view.is(start + 1, "of") && after < head
                && (Words.isDeterminer(view.token(after).lower()) || view.is(after, "the"));
        return partitive ? after + 1 : start;
    }

    /** "Valderra's audit chamber": a name, a capitalised word with a possessive, or an acronym. */
    static boolean startsWithName(SentenceView view, int from) {
        boolean possessive = from + 1 < view.size() && view.token(from + 1).kind() == Token.Kind.POSSESSIVE
                && view.token(from).capitalised();
        return view.entity(from) != null || view.token(from).allCaps() || possessive;
    }

    /** The phrase as written, names made canonical, first letter lower-cased unless it starts a name. */
    static String describe(SentenceView view, int from, int to) {
        StringBuilder text = new StringBuilder();
        int k = from;
        while (k < to) {
            Entity entity = view.entity(k);
            int end = entity != null ? Math.min(view.entityEnd(k), to) : k + 1;
            if (k > from) {
                text.append(view.sentence().text(), view.token(k - 1).end(), view.token(k).start());
            }
            text.append(entity != null && view.entityStart(k) == k && end == view.entityEnd(k)
                    ? entity.canonical() : view.text(k, end));
            k = end;
        }
        return text.length() == 0 || keepsCapital(view, from) ? text.toString()
                : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * A description keeps its first capital where the capital means something: mid-sentence ("the Belgian
     * government"), on a name, a nationality or a known place, or on a word the article never writes in lower
     * case ("Nordvik officials"). A capital that merely opens the sentence goes ("Two people familiar with the
     * talks" is "two people ...", "Race organisers" is "race organisers" where the article speaks of "the race").
     */
    static boolean keepsCapital(SentenceView view, int from) {
        Token token = view.token(from);
        boolean opensSentence = true;
        for (int k = from - 1; k >= 0 && opensSentence; k--) {
            opensSentence = view.token(k).kind() == Token.Kind.PUNCT || view.isConjunction(k)
                    || Words.isDeterminer(view.token(k).lower());
        }
        if (!opensSentence || startsWithName(view, from) || CommonWords.isNationality(token.lower())
                || PlaceNames.isKnown(token.text())) {
            return true;
        }
        String lower = token.lower();
        boolean common = view.writtenInLowerCase(lower) || SpeakerNouns.isSpeaker(lower) || Words.isNotAName(lower)
                || Words.isDeterminer(lower) || Words.isCommonModifier(lower);
        return !common;
    }
}
