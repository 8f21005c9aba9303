package claimwatch.ingest.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word-level agreement of a cleaned text with its gold text, over multisets of lower-cased words with punctuation
 * stripped: precision = shared / cleaned words, recall = shared / gold words.
 */
record WordOverlap(int shared, int cleaned, int gold) {

    static final WordOverlap NONE = new WordOverlap(0, 0, 0);

    static WordOverlap of(String cleanedText, String goldText) {
        Map<String, Integer> cleaned = bag(cleanedText);
        Map<String, Integer> gold = bag(goldText);
        int shared = 0;
        for (Map.Entry<String, Integer> entry : cleaned.entrySet()) {
            shared += Math.min(entry.getValue(), gold.getOrDefault(entry.getKey(), 0));
        }
        return new WordOverlap(shared, size(cleaned), size(gold));
    }

    WordOverlap plus(WordOverlap other) {
        return new WordOverlap(shared + other.shared, cleaned + other.cleaned, gold + other.gold);
    }

    double precision() {
        return cleaned == 0 ? 0 : (double) shared / cleaned;
    }

    double recall() {
        return gold == 0 ? 0 : (double) shared / gold;
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> words = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.merge(word, 1, Integer::sum);
            }
        }
        return words;
    }

    private static int size(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }
}
