package claimwatch.api.fact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds known outlets in attribution speakers and claim text, matching names loosely: case, accents, punctuation and a
 * leading "The" do not matter and "&" reads "and", so "Daily Klaxon", "the Daily Klaxon" and "The Daily Klaxon" are one
 * outlet.
 */
public final class OutletNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private final Map<String, String> byKey = new TreeMap<>();
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

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
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
            }
        }
    }

    /** Lower case, no accents, "&" as "and", words separated by one space, no leading "the". */
    public static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        String words = NON_WORD.matcher(plain.replace("&", " and ")).replaceAll(" ").trim();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    /** The known outlet a speaker names, as the outlet spells itself, or null. */
    public String outlet(String speaker) {
        return speaker == null ? null : byKey.get(key(speaker));
    }

    /** Known outlets named in the text, in order of appearance, each once. */
    public List<String> mentionedIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null || byFirstWord.isEmpty()) {
            return found;
        }
        String[] words = key(text).split(" ");
        for (int i = 0; i < words.length; i++) {
            List<String[]> candidates = byFirstWord.get(words[i]);
            if (candidates == null) {
                continue;
            }
            for (String[] name : candidates) {
                if (matchesAt(words, i, name)) {
                    String outlet = byKey.get(String.join(" ", name));
                    if (!found.contains(outlet)) {
                        found.add(outlet);
                    }
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
