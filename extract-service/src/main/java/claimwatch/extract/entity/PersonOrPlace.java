package claimwatch.extract.entity;

import java.util.List;
import java.util.Set;

/**
 * Tells a person from a place by shape and context when no organisation word decides: a title or role before
 * the name makes a person, "the region of", "in", "from" or "at" before it a place, two to four capitalised words
 * alone most likely a person.
 */
final class PersonOrPlace {

    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.of("in", "from", "at", "near");
    private static final int LONGEST_NAME = 4;

    private PersonOrPlace() {
    }

    static Mention byShape(List<Token> tokens, int start, int to, String text, boolean titled,
            boolean prepositionContext) {
        int names = 0;
        for (int k = start; k < to; k++) {
            names += tokens.get(k).capitalised() ? 1 : 0;
        }
        boolean person = titled || start > 0 && !tokens.get(start - 1).capitalised()
                && PersonWords.isRole(tokens.get(start - 1).lower());
        if (names > LONGEST_NAME) {
            return Mention.unknown(start, to);
        }
        if (person) {
            return new Mention(start, to, EntityType.PERSON, true, null);
        }
        if (prepositionContext && !text.equals("May")) {
            return new Mention(start, to, EntityType.PLACE, false, null);
        }
        if (names == 1) {
            return OrganisationWords.isKnownOutlet(text) ? new Mention(start, to, EntityType.ORGANISATION, true, null)
                    : Mention.unknown(start, to);
        }
        return new Mention(start, to, EntityType.PERSON, false, null);
    }

    static boolean isPlace(List<Token> tokens, int start, int to, String text, boolean placeContext) {
        return placeContext || PlaceNames.isKnown(text)
                || to - start >= 2 && PlaceNames.isPrefix(tokens.get(start).lower());
    }

    /** "the region of Valderra", "the islands of Sereno", "mayor of Corva". */
    static boolean introducedAsPlace(List<Token> tokens, int start) {
        return start >= 2 && tokens.get(start - 1).is("of") && PlaceNames.introduces(tokens.get(start - 2).lower());
    }

    static boolean afterPlacePreposition(List<Token> tokens, int start) {
        return start >= 1 && !tokens.get(start - 1).capitalised()
                && PLACE_PREPOSITIONS.contains(tokens.get(start - 1).lower());
    }
}
