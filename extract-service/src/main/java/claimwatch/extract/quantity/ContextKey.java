package claimwatch.extract.quantity;

import java.util.Optional;
import java.util.Set;

import claimwatch.extract.number.FunctionWords;
import claimwatch.extract.number.Inflection;
import claimwatch.extract.number.NumberParser;
import claimwatch.extract.number.Numerals;
import claimwatch.extract.number.QualifierPhrase;
import claimwatch.extract.number.Qualifiers;
import claimwatch.extract.number.Tokens;

/**
 * Finds what a percentage, measure or multiple is of, as a key: "23% of voters", "a 23% rise in costs", "40% less
 * fuel", "costs rose 23%", "occupancy close to 95%", "a range of about 40 km", "doubled its capacity".
 */
final class ContextKey {

    private static final Set<String> CHANGE_NOUNS = Set.of("rise", "increase", "jump", "drop", "fall", "decline",
            "cut", "reduction", "gain", "growth", "share", "stake", "hike", "surge", "slump", "boost", "decrease",
            "loss", "discount", "premium", "return", "raise", "rises", "increases", "cuts", "drops");
    // Words between a noun and the change it reports: "costs had risen", "prices have gone up", "cases have roughly".
    private static final Set<String> BETWEEN_NOUN_AND_CHANGE = Set.of("had", "has", "have", "is", "are", "was",
            "were", "been", "be", "would", "could", "will", "may", "might", "also", "already", "now", "gone", "went",
            "shot", "moved", "further");
    private static final Set<String> COMPARATIVES = Set.of("less", "more", "fewer");
    // "an average of 17%": these say how the figure was taken, not what it measures.
    private static final Set<String> NOT_A_SUBJECT = Set.of("average", "total", "maximum", "minimum", "figure",
            "estimate", "rate", "level", "sum", "amount", "number");
    // "took 43 seconds", "face up to 15 years": a verb before the figure is not what it measures.
    private static final Set<String> VERBS_BEFORE_FIGURES = Set.of("take", "takes", "took", "taking", "face", "faces",
            "faced", "need", "needs", "cost", "costs", "lost", "lose", "saw", "see", "sees", "reach", "reached", "hit",
            "won", "spend", "spent", "pay", "paid", "earn", "earned", "last", "lasted", "get", "got", "gave", "give");
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
            key = before(tokens, start);
        }
        return key != null ? key : nounBefore(tokens, start);
    }

    static String forMeasure(Tokens tokens, int start, int unitEnd) {
        String key = after(tokens, unitEnd, false);
        if (key == null && tokens.isWord(unitEnd) && !FunctionWords.isStop(tokens.lower(unitEnd))
                && !DIMENSIONS.contains(tokens.lower(unitEnd))) {
            key = modifiedNoun(tokens, unitEnd);
        }
        return key != null ? key : nounBefore(tokens, start);
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
        return subject(tokens, start);
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

    /** The key from the noun before or after a change verb: "costs rose 23%", "cut deaths by 30 per cent". */
    static String before(Tokens tokens, int start) {
        int j = start - 1;
        if (tokens.is(j, "by")) {
            j--;
            boolean object = tokens.isWord(j) && NumberParser.isChange(tokens, j - 1) && !FunctionWords.isStop(tokens.lower(j));
            if (object) {
                return Inflection.singular(tokens.lower(j));
            }
        }
        if (!NumberParser.isChange(tokens, j)) {
            return null;
        }
        return subject(tokens, j);
    }

    /** The noun before token end, past auxiliaries: "Cases have [roughly doubled]". */
    static String subject(Tokens tokens, int end) {
        int j = end - 1;
        while (tokens.isWord(j) && (BETWEEN_NOUN_AND_CHANGE.contains(tokens.lower(j)) || tokens.lower(j).endsWith("ly"))) {
            j--;
        }
        // "Shares in Brunnmatt rose": the head is before the company's name.
        if (tokens.isCapitalised(j) && (tokens.is(j - 1, "in") || tokens.is(j - 1, "of")) && tokens.isWord(j - 2)) {
            j -= 2;
        }
        if (!tokens.isWord(j) || FunctionWords.isStop(tokens.lower(j))) {
            return null;
        }
        return Inflection.singular(tokens.lower(j));
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
    // A bare figure right after a word is usually that verb's object ("crossed the line 38 seconds ahead"), so the
    // noun counts only across "of" or a qualifier.
    private static String nounBefore(Tokens tokens, int start) {
        boolean of = tokens.is(start - 1, "of");
        boolean qualified = isQualifierStart(tokens, start);
        if (!of && !qualified) {
            return null;
        }
        int j = of ? start - 2 : start - 1;
        if (!tokens.isWord(j) || tokens.isCapitalised(j)) {
            return null;
        }
        String lower = tokens.lower(j);
        if (FunctionWords.isStop(lower) || NOT_A_SUBJECT.contains(lower) || VERBS_BEFORE_FIGURES.contains(lower)
                || lower.endsWith("ed") && !lower.endsWith("eed") || lower.endsWith("ing") || NumberParser.isChange(tokens, j)
                || Numerals.isScaleWord(lower)) {
            return null;
        }
        return Inflection.singular(lower);
    }

    private static boolean isQualifierStart(Tokens tokens, int start) {
        for (int end = start + 1; end <= start + 3; end++) {
            Optional<QualifierPhrase> phrase = Qualifiers.before(tokens, end);
            if (phrase.isPresent() && phrase.get().start() == start) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCurrencySign(Tokens tokens, int i) {
        return i < tokens.size() && tokens.kind(i) == Tokens.Kind.SYMBOL
                && Character.getType(tokens.text().charAt(tokens.start(i))) == Character.CURRENCY_SYMBOL;
    }
}
