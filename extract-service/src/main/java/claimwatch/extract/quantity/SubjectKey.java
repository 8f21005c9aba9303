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
 * Finds the key of a figure in the noun before it: the subject of a change ("costs rose 23%"), the object of one
 * ("cut deaths by 30 per cent"), or a noun joined by "of" or a qualifier ("a range of about 40 km", "occupancy close
 * to 95%").
 */
final class SubjectKey {

    // Words between a noun and the change it reports: "costs had risen", "prices have gone up", "cases have roughly".
    private static final Set<String> BETWEEN_NOUN_AND_CHANGE = Set.of("had", "has", "have", "is", "are", "was",
            "were", "been", "be", "would", "could", "will", "may", "might", "also", "already", "now", "gone", "went",
            "shot", "moved", "further");
    // "an average of 17%": these say how the figure was taken, not what it measures.
    private static final Set<String> NOT_A_SUBJECT = Set.of("average", "total", "maximum", "minimum", "figure",
            "estimate", "rate", "level", "sum", "amount", "number");
    // "took 43 seconds", "face up to 15 years": a verb before the figure is not what it measures.
    private static final Set<String> VERBS_BEFORE_FIGURES = Set.of("take", "takes", "took", "taking", "face", "faces",
            "faced", "need", "needs", "cost", "costs", "lost", "lose", "saw", "see", "sees", "reach", "reached", "hit",
            "won", "spend", "spent", "pay", "paid", "earn", "earned", "last", "lasted", "get", "got", "gave", "give");

    private SubjectKey() {
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

    // A bare figure right after a word is usually that verb's object ("crossed the line 38 seconds ahead"), so the
    // noun counts only across "of" or a qualifier.
    static String nounBefore(Tokens tokens, int start) {
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
}
