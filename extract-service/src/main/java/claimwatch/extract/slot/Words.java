package claimwatch.extract.slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lower-cased words of a sentence with their offsets, for the proximity rules of slot keys. */
final class Words {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    /** One word and where it stands. */
    record Word(String text, int start, int end, int position) {
    }

    private Words() {
    }

    static List<Word> of(String sentence) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence);
        while (matcher.find()) {
            words.add(new Word(matcher.group().toLowerCase(Locale.ROOT), matcher.start(), matcher.end(), words.size()));
        }
        return words;
    }

    /** Index of the first word that starts at or after {@code offset}; the word count when there is none. */
    static int positionAt(List<Word> words, int offset) {
        for (Word word : words) {
            if (word.end() > offset) {
                return word.position();
            }
        }
        return words.size();
    }

    static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey") && !noun.endsWith("oy")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("ch") || noun.endsWith("sh") || noun.endsWith("x")) {
            return noun + "es";
        }
        return noun + "s";
    }

}
