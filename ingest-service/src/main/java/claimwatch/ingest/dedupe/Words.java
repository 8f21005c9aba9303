package claimwatch.ingest.dedupe;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into comparable words and hashes word shingles: lower case, accents folded ("Joaquín" = "Joaquin"),
 * apostrophes dropped inside words ("region's" = "regions"), anything else that is not a letter or digit separates.
 */
final class Words {

    private Words() {
    }

    static List<String> of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * Hashes of every run of {@code size} consecutive words; a text shorter than that yields one shingle of all its
     * words, and an empty text none.
     */
    static long[] shingleHashes(List<String> words, int size) {
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = words.stream().mapToLong(Hash64::word).toArray();
        int width = Math.min(size, wordHashes.length);
        long[] shingles = new long[wordHashes.length - width + 1];
        for (int start = 0; start < shingles.length; start++) {
            long hash = Hash64.GOLDEN;
            for (int i = start; i < start + width; i++) {
                hash = Hash64.combine(hash, wordHashes[i]);
            }
            shingles[start] = hash;
        }
        return shingles;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
