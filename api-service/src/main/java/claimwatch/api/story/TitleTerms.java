package claimwatch.api.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import claimwatch.api.text.Folding;

/**
 * The content words of a title and lead: lower case, accents removed, stop words and reporting filler dropped, light
 * suffix stemming ("ferries" and "ferry", "contracts" and "contract" meet).
 */
public final class TitleTerms {

    private static final Pattern NON_LETTER = Pattern.compile("[^a-z]+");
    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
            "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
            "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
            "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my",
            "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same",
            "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
            "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "may", "might", "must",
            "shall", "upon", "via", "yet", "per", "cent", "percent", "said", "says", "say", "told", "according", "reported",
            "report", "reports", "new", "first", "last", "next", "year", "years", "month", "months", "week", "weeks", "day", "days",
            "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "million", "billion", "thousand", "hundred", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "dozen", "many", "much", "several", "since", "still", "even", "like", "get", "got", "make", "made", "takes",
            "take", "set", "opinion", "analysis", "exclusive", "update", "updated", "live", "watch", "read", "breaking",
            "el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "le", "les", "des", "du", "et");

    private TitleTerms() {
    }

    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        String plain = Folding.fold(text);
        for (String word : NON_LETTER.split(plain)) {
            if (word.length() < 3 || STOP.contains(word)) {
                continue;
            }
            String stem = stem(word);
            if (stem.length() >= 3 && !STOP.contains(stem)) {
                terms.add(stem);
            }
        }
        return terms;
    }

    static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && word.length() > 3 && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("ing") && word.length() > 5) {
            return word.substring(0, word.length() - 3);
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}
