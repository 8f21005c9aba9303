package claimwatch.ingest.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small facts about the shape of a line of text: its words, whether it ends like a sentence, its comparable form. */
final class TextShape {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$|[\"”»]$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    private TextShape() {
    }

    static int words(String text) {
        int count = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text.strip()).find();
    }

    /** A body paragraph: long enough and finished like prose, unlike labels, menus and headlines. */
    static boolean isProse(String text) {
        return words(text) >= 8 && endsSentence(text);
    }

    static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Lower-case words joined by single spaces, punctuation dropped: the form used to compare two texts. */
    static String comparable(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static String collapseSpaces(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
