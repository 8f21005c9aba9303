package claimwatch.extract.number;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the words that qualify a number: "about", "more than", "at least", "up to" before it; "or more" after it. */
public final class Qualifiers {

    private record Phrase(String[] words, Qualifier qualifier) {
        static Phrase of(String words, Qualifier qualifier) {
            return new Phrase(words.split(" "), qualifier);
        }
    }

    private static final List<Phrase> BEFORE = Stream.of(
            Phrase.of("about", Qualifier.APPROXIMATELY), Phrase.of("around", Qualifier.APPROXIMATELY),
            Phrase.of("roughly", Qualifier.APPROXIMATELY), Phrase.of("some", Qualifier.APPROXIMATELY),
            Phrase.of("approximately", Qualifier.APPROXIMATELY), Phrase.of("nearly", Qualifier.APPROXIMATELY),
            Phrase.of("almost", Qualifier.APPROXIMATELY), Phrase.of("close to", Qualifier.APPROXIMATELY),
            Phrase.of("an estimated", Qualifier.APPROXIMATELY), Phrase.of("estimated", Qualifier.APPROXIMATELY),
            Phrase.of("circa", Qualifier.APPROXIMATELY), Phrase.of("approx", Qualifier.APPROXIMATELY),
            Phrase.of("at least", Qualifier.AT_LEAST), Phrase.of("no fewer than", Qualifier.AT_LEAST),
            Phrase.of("no less than", Qualifier.AT_LEAST), Phrase.of("not less than", Qualifier.AT_LEAST),
            Phrase.of("a minimum of", Qualifier.AT_LEAST),
            Phrase.of("more than", Qualifier.MORE_THAN), Phrase.of("over", Qualifier.MORE_THAN),
            Phrase.of("above", Qualifier.MORE_THAN), Phrase.of("upwards of", Qualifier.MORE_THAN),
            Phrase.of("upward of", Qualifier.MORE_THAN), Phrase.of("in excess of", Qualifier.MORE_THAN),
            Phrase.of("greater than", Qualifier.MORE_THAN), Phrase.of("north of", Qualifier.MORE_THAN),
            Phrase.of("less than", Qualifier.LESS_THAN), Phrase.of("under", Qualifier.LESS_THAN),
            Phrase.of("fewer than", Qualifier.LESS_THAN), Phrase.of("below", Qualifier.LESS_THAN),
            Phrase.of("up to", Qualifier.UP_TO), Phrase.of("as many as", Qualifier.UP_TO),
            Phrase.of("as much as", Qualifier.UP_TO), Phrase.of("no more than", Qualifier.UP_TO),
            Phrase.of("not more than", Qualifier.UP_TO), Phrase.of("at most", Qualifier.UP_TO),
            Phrase.of("a maximum of", Qualifier.UP_TO), Phrase.of("within", Qualifier.UP_TO))
            .sorted(Comparator.comparingInt((Phrase phrase) -> -phrase.words().length))
            .toList();

    private static final List<Phrase> AFTER = List.of(Phrase.of("or more", Qualifier.AT_LEAST),
            Phrase.of("or so", Qualifier.APPROXIMATELY), Phrase.of("or fewer", Qualifier.UP_TO),
            Phrase.of("or less", Qualifier.UP_TO));

    // "just over", "well above", "slightly less than": the intensifier belongs to the qualifier's text.
    private static final Set<String> INTENSIFIERS = Set.of("just", "well", "slightly", "far", "much", "significantly",
            "substantially", "considerably");

    private static final Set<String> ABBREVIATIONS = Set.of("approx", "ca", "c");
    private static final Set<String> COMPARATIVE_PREPOSITIONS = Set.of("over", "under", "above", "below");
    private static final Map<String, List<Phrase>> BEFORE_BY_LAST_WORD = BEFORE.stream()
            .collect(Collectors.groupingBy(phrase -> phrase.words()[phrase.words().length - 1]));
    private static final WordSet LAST_WORDS = new WordSet(BEFORE_BY_LAST_WORD.keySet());

    private Qualifiers() {
    }

    /** The qualifier that ends right before token i, if any. */
    public static Optional<QualifierPhrase> before(Tokens tokens, int i) {
        int end = i;
        if (tokens.isSymbol(i - 1, '.') && tokens.attached(i - 1) && tokens.isWord(i - 2)
                && ABBREVIATIONS.contains(tokens.lower(i - 2))) {
            return Optional.of(new QualifierPhrase(Qualifier.APPROXIMATELY, i - 2, i));
        }
        if (!LAST_WORDS.contains(tokens, i - 1)) {
            return Optional.empty();
        }
        // Longest first within the group too, as in BEFORE: "no more than" before "more than".
        for (Phrase phrase : BEFORE_BY_LAST_WORD.get(tokens.lower(i - 1))) {
            int start = end - phrase.words().length;
            if (matches(tokens, start, phrase) && !isPreposition(tokens, start, phrase)) {
                if (phrase.qualifier() != Qualifier.APPROXIMATELY && tokens.isWord(start - 1)
                        && INTENSIFIERS.contains(tokens.lower(start - 1))) {
                    start--;
                }
                return Optional.of(new QualifierPhrase(phrase.qualifier(), start, end));
            }
        }
        return Optional.empty();
    }

    /** The qualifier that starts at token i, after a number: "600 or more". */
    public static Optional<QualifierPhrase> after(Tokens tokens, int i) {
        for (Phrase phrase : AFTER) {
            if (matches(tokens, i, phrase)) {
                return Optional.of(new QualifierPhrase(phrase.qualifier(), i, i + phrase.words().length));
            }
        }
        return Optional.empty();
    }

    // "3,400 km over 21 stages", "23% over five years": right after a figure, "over" is a preposition.
    private static boolean isPreposition(Tokens tokens, int start, Phrase phrase) {
        if (phrase.words().length != 1 || !COMPARATIVE_PREPOSITIONS.contains(phrase.words()[0])) {
            return false;
        }
        int before = start - 1;
        return tokens.isNumber(before) || tokens.isSymbol(before, '%')
                || tokens.isWord(before) && Units.at(tokens, before).map(unit -> unit.end() == start).orElse(false);
    }

    private static boolean matches(Tokens tokens, int start, Phrase phrase) {
        if (start < 0) {
            return false;
        }
        String[] words = phrase.words();
        for (int k = 0; k < words.length; k++) {
            if (!tokens.is(start + k, words[k])) {
                return false;
            }
        }
        return true;
    }
}
