package claimwatch.extract.number;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads definite numbers spelled out in English: "six", "twenty-one", "two hundred and fifty", "a dozen", "twice". */
final class WordNumerals {

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12);

    private static final Map<String, Double> MULTIPLES = Map.of("twice", 2.0, "thrice", 3.0);
    // "doubled", "nearly double": multiples too, but not "a double blow" or "double-ended".
    private static final Map<String, Double> MULTIPLYING_WORDS = Map.ofEntries(Map.entry("double", 2.0),
            Map.entry("doubled", 2.0), Map.entry("doubles", 2.0), Map.entry("doubling", 2.0),
            Map.entry("triple", 3.0), Map.entry("tripled", 3.0), Map.entry("triples", 3.0),
            Map.entry("tripling", 3.0), Map.entry("quadrupled", 4.0));
    private static final Set<String> BEFORE_ADJECTIVE = Set.of("a", "an", "the");

    // "the one", "no one", "every one of them": a pronoun, not a count.
    private static final Set<String> BEFORE_PRONOUN_ONE = Set.of("the", "no", "not", "any", "every", "each", "this",
            "that", "which", "someone", "anyone", "little", "last", "first", "other");

    // Every word that can begin a spelled-out number; anything else is rejected with one lookup.
    private static final WordSet STARTS = new WordSet(startWords());

    private WordNumerals() {
    }

    private static Set<String> startWords() {
        Set<String> starts = new java.util.HashSet<>(SMALL.keySet());
        starts.addAll(MULTIPLES.keySet());
        starts.addAll(MULTIPLYING_WORDS.keySet());
        starts.addAll(Set.of("a", "an", "half", "dozen"));
        return starts;
    }

    static boolean mayStart(Tokens tokens, int i) {
        return STARTS.contains(tokens, i);
    }

    static Set<String> starts() {
        return STARTS.words();
    }

    static Optional<Numeral> read(Tokens tokens, int i) {
        if (!STARTS.contains(tokens, i)) {
            return Optional.empty();
        }
        String word = tokens.lower(i);
        Double multiple = MULTIPLES.get(word);
        if (multiple != null) {
            return Optional.of(new Numeral(i, i + 1, multiple, 1, true));
        }
        Double multiplying = MULTIPLYING_WORDS.get(word);
        if (multiplying != null) {
            boolean adjective = tokens.isWord(i - 1) && BEFORE_ADJECTIVE.contains(tokens.lower(i - 1))
                    || tokens.isDash(i + 1) && tokens.attached(i + 1);
            return adjective ? Optional.empty() : Optional.of(new Numeral(i, i + 1, multiplying, 1, true));
        }
        if (word.equals("dozen") && tokens.isWord(i - 1) && FunctionWords.isDeterminer(tokens.lower(i - 1))
                && !tokens.is(i - 1, "a")) {
            return Optional.of(new Numeral(i, i + 1, 12, 1, true));
        }
        if ((word.equals("a") || word.equals("an")) && isMultiplier(tokens, i + 1)) {
            return accumulate(tokens, i, i + 1, 1);
        }
        if (word.equals("half") && tokens.is(i + 1, "a") && isMultiplier(tokens, i + 2)) {
            return accumulate(tokens, i, i + 2, 0.5);
        }
        if (!SMALL.containsKey(word)) {
            return Optional.empty();
        }
        if (word.equals("one") && isPronoun(tokens, i)) {
            return Optional.empty();
        }
        return accumulate(tokens, i, i, 0);
    }

    private static boolean isMultiplier(Tokens tokens, int i) {
        return tokens.is(i, "hundred") || tokens.is(i, "dozen") || (tokens.isWord(i)
                && SCALES.containsKey(tokens.lower(i)));
    }

    private static boolean isPronoun(Tokens tokens, int i) {
        return (tokens.isWord(i - 1) && BEFORE_PRONOUN_ONE.contains(tokens.lower(i - 1)))
                || tokens.is(i + 1, "another") || tokens.is(i + 1, "anyone");
    }

    private static Optional<Numeral> accumulate(Tokens tokens, int start, int from, double seed) {
        double total = 0;
        double current = seed;
        int previousSmall = -1;
        int j = from;
        int end = -1;
        while (tokens.isWord(j)) {
            String word = tokens.lower(j);
            Integer small = SMALL.get(word);
            if (small != null) {
                boolean joinsTens = previousSmall >= 20 && previousSmall % 10 == 0 && small < 10;
                if (previousSmall >= 0 && !joinsTens) {
                    break;
                }
                current += small;
                previousSmall = small;
                j++;
                if (small >= 20 && tokens.isDash(j) && tokens.attached(j) && tokens.attached(j + 1)
                        && tokens.isWord(j + 1) && SMALL.getOrDefault(tokens.lower(j + 1), 10) < 10) {
                    current += SMALL.get(tokens.lower(j + 1));
                    previousSmall = 1;
                    j += 2;
                }
                end = j;
            } else if (word.equals("hundred") || word.equals("dozen")) {
                if (current == 0) {
                    break;
                }
                current *= word.equals("hundred") ? 100 : 12;
                previousSmall = -1;
                j++;
                end = j;
                if (tokens.is(j, "and") && tokens.isWord(j + 1) && SMALL.containsKey(tokens.lower(j + 1))) {
                    j++;
                }
            } else if (SCALES.containsKey(word)) {
                if (current == 0) {
                    break;
                }
                total += current * SCALES.get(word);
                current = 0;
                previousSmall = -1;
                j++;
                end = j;
            } else {
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        return Optional.of(new Numeral(start, end, total + current, 1, true));
    }
}
