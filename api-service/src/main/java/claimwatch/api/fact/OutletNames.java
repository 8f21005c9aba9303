package claimwatch.api.fact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds known outlets in attribution speakers and claim text, matching names loosely: case, accents, punctuation and a
 * leading "The" do not matter and "&" reads "and", so "Daily Klaxon", "the Daily Klaxon" and "The Daily Klaxon" are one
 * outlet.
 */
public final class OutletNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Outlet names recur in every claim of every story; their keys are remembered, up to a bound. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_KEYS = 50_000;

    private final Map<String, String> byKey = new TreeMap<>();
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    private int longestName;

    private record Name(String[] words, String outlet) {
    }

    public OutletNames(Collection<String> outlets) {
        for (String outlet : outlets) {
            if (outlet == null) {
                continue;
            }
            String key = key(outlet);
            if (key.isEmpty() || byKey.putIfAbsent(key, outlet) != null) {
                continue;
            }
            String[] words = key.split(" ");
            if (words.length > 1 || key.length() >= 6) {
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Name(words, outlet));
                longestName = Math.max(longestName, outlet.length());
            }
        }
    }

    /** Lower case, no accents, "&" as "and", words separated by one space, no leading "the". */
    public static String key(String name) {
        String key = KEYS.get(name);
        if (key == null) {
            if (KEYS.size() > MAX_CACHED_KEYS) {
                KEYS.clear();
            }
            key = textKey(name);
            KEYS.put(name, key);
        }
        return key;
    }

    /** The key of any text, not remembered. */
    static String textKey(String name) {
        String plain = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder words = new StringBuilder(plain.length());
        boolean space = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && words.length() > 0) {
                    words.append(' ');
                }
                words.append(c);
                space = false;
            } else if (c == '&') {
                words.append(words.length() > 0 ? " and" : "and");
                space = true;
            } else {
                space = true;
            }
        }
        return words.length() > 4 && words.indexOf("the ") == 0 ? words.substring(4) : words.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    /** The known outlet a speaker names, as the outlet spells itself, or null. */
    public String outlet(String speaker) {
        return speaker == null ? null : byKey.get(key(speaker));
    }

    /**
     * Known outlets named in the text, in order of appearance, each once. A name is looked for where a capitalised word
     * starts, as names are written in running text; only there is the text's key computed.
     */
    public List<String> mentionedIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null || byFirstWord.isEmpty()) {
            return found;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!Character.isUpperCase(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int end = i;
            while (end < length && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            List<Name> candidates = byFirstWord.get(isAscii(word) ? word.toLowerCase(Locale.ROOT) : textKey(word));
            if (candidates == null) {
                continue;
            }
            String[] words = textKey(text.substring(i, Math.min(length, i + longestName + 16))).split(" ");
            for (Name name : candidates) {
                if (matchesAt(words, 0, name.words()) && !found.contains(name.outlet())) {
                    found.add(name.outlet());
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(String[] words, int start, String[] name) {
        if (start + name.length > words.length) {
            return false;
        }
        for (int j = 0; j < name.length; j++) {
            if (!words[start + j].equals(name[j])) {
                return false;
            }
        }
        return true;
    }
}
