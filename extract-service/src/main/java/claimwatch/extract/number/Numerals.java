package claimwatch.extract.number;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the number that starts at a token: "41", "1,200", "4.5 million", "2.5bn", "twenty-one", "a dozen". */
public final class Numerals {

    private static final double[] POWERS_OF_TEN = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15};
    private static final int MAX_DIGITS = 15;

    private static final Map<String, Double> ATTACHED_SCALES = Map.of("k", 1e3, "m", 1e6, "mn", 1e6, "mln", 1e6,
            "bn", 1e9, "b", 1e9, "tn", 1e12, "trn", 1e12);

    // Spaced "m" stays a metre; "millions", "millones", "milliards" only follow digits ("430 millions d'euros").
    private static final Map<String, Double> SPACED_SCALES = Map.ofEntries(Map.entry("hundred", 100.0),
            Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("billion", 1e9),
            Map.entry("trillion", 1e12), Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("bn", 1e9),
            Map.entry("tn", 1e12), Map.entry("trn", 1e12), Map.entry("millions", 1e6), Map.entry("millones", 1e6),
            Map.entry("milliards", 1e9), Map.entry("millionen", 1e6), Map.entry("milliarden", 1e9),
            Map.entry("mio", 1e6), Map.entry("mrd", 1e9));

    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private Numerals() {
    }

    public static Optional<Numeral> read(Tokens tokens, int i) {
        if (tokens.isNumber(i)) {
            return readDigits(tokens, i);
        }
        if (tokens.isWord(i)) {
            return WordNumerals.read(tokens, i);
        }
        return Optional.empty();
    }

    private static Optional<Numeral> readDigits(Tokens tokens, int i) {
        String text = tokens.text();
        int from = tokens.start(i);
        int to = tokens.end(i);
        if (text.charAt(from) == '0' && to - from > 1 && text.charAt(from + 1) != '.') {
            return Optional.empty();
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = 0;
        boolean afterPoint = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                if (afterPoint) {
                    return Optional.empty();
                }
                afterPoint = true;
            } else if (c != ',') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (afterPoint) {
                    decimals++;
                }
            }
        }
        if (digits > MAX_DIGITS) {
            return Optional.empty();
        }
        int end = i + 1;
        double scale = 1;
        if (tokens.attached(end)) {
            if (tokens.isCode(end) || isDecadeOrOrdinal(tokens, end)) {
                return Optional.empty();
            }
            Double attachedScale = tokens.isWord(end) ? ATTACHED_SCALES.get(tokens.lower(end)) : null;
            if (attachedScale != null) {
                scale = attachedScale;
                end++;
            }
        }
        if (scale == 1 && tokens.isWord(end) && !tokens.attached(end)) {
            Double spacedScale = SPACED_SCALES.get(tokens.lower(end));
            if (spacedScale != null) {
                scale = spacedScale;
                end++;
            }
        }
        // Scale before dividing keeps "1.2bn" exactly 1.2e9 instead of 1.2 * 1e9.
        double value = mantissa * scale / POWERS_OF_TEN[decimals];
        return Optional.of(new Numeral(i, end, value, scale, false));
    }

    private static boolean isDecadeOrOrdinal(Tokens tokens, int i) {
        if (tokens.isWord(i)) {
            String suffix = tokens.lower(i);
            return ORDINAL_SUFFIXES.contains(suffix) || suffix.equals("s");
        }
        // "the 1990's" is a decade; "2023's budget" is a possessive and stays a number.
        return (tokens.isSymbol(i, '\'') || tokens.isSymbol(i, '\u2019')) && tokens.is(i + 1, "s")
                && tokens.attached(i + 1) && tokens.text().charAt(tokens.start(i) - 1) == '0';
    }

    private static final WordSet STARTS_OR_RANGE_OPENERS = new WordSet(union(WordNumerals.starts(),
            Set.of("between", "from")));

    /** Whether a number may start at token i: a numeral, or a word that begins a spelled-out number. */
    public static boolean mayStartAt(Tokens tokens, int i) {
        return tokens.isNumber(i) || tokens.isWord(i) && WordNumerals.mayStart(tokens, i);
    }

    /** As mayStartAt, or "between" and "from", which open a range ("between 300 and 400"). */
    public static boolean mayStartOrOpenRangeAt(Tokens tokens, int i) {
        return tokens.isNumber(i) || tokens.isWord(i) && STARTS_OR_RANGE_OPENERS.contains(tokens, i);
    }

    /** The words that can begin a spelled-out number, for extractors that build their own trigger sets. */
    public static Set<String> startWords() {
        return WordNumerals.starts();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Scale words that may follow a number: "million", "bn", "thousand". */
    public static boolean isScaleWord(String lower) {
        return SPACED_SCALES.containsKey(lower) || ATTACHED_SCALES.containsKey(lower);
    }
}
