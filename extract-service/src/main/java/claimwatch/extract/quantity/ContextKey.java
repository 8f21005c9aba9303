package claimwatch.extract.quantity;

import java.util.Optional;
import java.util.Set;

import claimwatch.extract.number.FunctionWords;
import claimwatch.extract.number.Numerals;
import claimwatch.extract.number.Tokens;

/**
 * Finds what a percentage, measure or multiple is of, as a key, from the words after it ("23% of voters", "a 23% rise
 * in costs", "40% less fuel", "doubled its capacity"), else from the noun before it (SubjectKey).
 */
final class ContextKey {

    private static final Set<String> CHANGE_NOUNS = Set.of("rise", "increase", "jump", "drop", "fall", "decline",
            "cut", "reduction", "gain", "growth", "share", "stake", "hike", "surge", "slump", "boost", "decrease",
            "loss", "discount", "premium", "return", "raise", "rises", "increases", "cuts", "drops");
    private static final Set<String> COMPARATIVES = Set.of("less", "more", "fewer");
    // "1,200 km long", "150 m tall", "11 billion light-years away": what the measure says, not what it measures.
    private static final Set<String> DIMENSIONS = Set.of("long", "high", "wide", "tall", "deep", "thick", "old",
            "away", "offshore", "inland", "ahead", "behind", "apart", "across", "long-term", "below", "above", "north",
            "south", "east", "west", "late", "early");
    private static final Set<String> OBJECT_DETERMINERS = Set.of("its", "the", "their", "his", "her", "our");
    private static final int MAX_SKIPPED = 5;

    private ContextKey() {
    }

    static String forPercent(Tokens tokens, int start, int unitEnd) {
        String key = after(tokens, unitEnd, true);
        if (key == null && tokens.isWord(unitEnd) && COMPARATIVES.contains(tokens.lower(unitEnd))) {
            key = nounPhraseKey(tokens, unitEnd + 1);
        }
        if (key == null) {
            key = SubjectKey.before(tokens, start);
        }
        return key != null ? key : SubjectKey.nounBefore(tokens, start);
    }

    static String forMeasure(Tokens tokens, int start, int unitEnd) {
        String key = after(tokens, unitEnd, false);
        if (key == null && tokens.isWord(unitEnd) && !FunctionWords.isStop(tokens.lower(unitEnd))
                && !DIMENSIONS.contains(tokens.lower(unitEnd))) {
            key = modifiedNoun(tokens, unitEnd);
        }
        return key != null ? key : SubjectKey.nounBefore(tokens, start);
    }

    /**
     * The noun that a measure or hyphenated compound describes: "a 96-metre double-ended ro-pax" is "ro-pax", "a
     * ten-year service agreement" is "agreement"; a verb after a singular noun ends it ("the 40-year-old bridge needs").
     */
    static String modifiedNoun(Tokens tokens, int i) {
        return ItemReader.read(tokens, i, true).map(Item::key).orElse(null);
    }

    /** The object of "doubled its exhibition surface", or else the subject of "Cases have roughly doubled". */
    static String forMultiplyingVerb(Tokens tokens, int start, int end) {
        if (tokens.isWord(end) && OBJECT_DETERMINERS.contains(tokens.lower(end))) {
            return nounPhraseKey(tokens, end);
        }
        return SubjectKey.subject(tokens, start);
    }

    /** The key from the words after the unit: "of the workforce", "rise in costs". */
    static String after(Tokens tokens, int unitEnd, boolean percent) {
        if (tokens.is(unitEnd, "of")) {
            return nounPhraseKey(tokens, unitEnd + 1);
        }
        if (percent && tokens.isWord(unitEnd) && CHANGE_NOUNS.contains(tokens.lower(unitEnd))
                && (tokens.is(unitEnd + 1, "in") || tokens.is(unitEnd + 1, "of"))) {
            return nounPhraseKey(tokens, unitEnd + 2);
        }
        return null;
    }

    /** The head of the noun phrase that starts at token i, past determiners, possessives and an amount. */
    static String nounPhraseKey(Tokens tokens, int i) {
        int j = i;
        int limit = i + MAX_SKIPPED;
        while (j < limit && (tokens.isWord(j) && (FunctionWords.isDeterminer(tokens.lower(j))
                || Numerals.isScaleWord(tokens.lower(j))) || tokens.isNumber(j) || isCurrencySign(tokens, j))) {
            j++;
        }
        Optional<Item> item = ItemReader.read(tokens, j, false);
        return item.map(Item::key).orElse(null);
    }

    // "occupancy close to 95%", "a range of about 40 km": the noun right before the figure, or before its "of".

    private static boolean isCurrencySign(Tokens tokens, int i) {
        return i < tokens.size() && tokens.kind(i) == Tokens.Kind.SYMBOL
                && Character.getType(tokens.text().charAt(tokens.start(i))) == Character.CURRENCY_SYMBOL;
    }
}
