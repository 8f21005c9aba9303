package claimwatch.extract.date;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import claimwatch.extract.number.Tokens;

/** Month names in English, Spanish, French and German, English abbreviations, and English weekday names. */
final class CalendarWords {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    // English and German names are capitalised; "may", "march" and "august" in lower case are other words.
    private static final Set<String> CAPITALISED_ONLY = new HashSet<>();
    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        months(true, "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december");
        months(true, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        months(true, "januar", "februar", "m\u00e4rz", "april", "mai", "juni", "juli", "august", "september",
                "oktober", "november", "dezember");
        months(false, "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                "octubre", "noviembre", "diciembre");
        months(false, "janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt", "septembre",
                "octobre", "novembre", "d\u00e9cembre");
        MONTHS.put("sept", 9);
        MONTHS.put("setiembre", 9);
        CAPITALISED_ONLY.add("sept");
        CAPITALISED_ONLY.remove("mai");
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAYS.put(day.name().toLowerCase(java.util.Locale.ROOT), day);
        }
    }

    private CalendarWords() {
    }

    private static void months(boolean capitalised, String... names) {
        for (int k = 0; k < names.length; k++) {
            MONTHS.put(names[k], k + 1);
            if (capitalised) {
                CAPITALISED_ONLY.add(names[k]);
            }
        }
    }

    /** Month and weekday names in lower case, and the possessives of weekdays ("tuesday's"). */
    static Set<String> wordsWithPossessives() {
        Set<String> words = new HashSet<>(MONTHS.keySet());
        for (String weekday : WEEKDAYS.keySet()) {
            words.add(weekday);
            words.add(weekday + "'s");
            words.add(weekday + "\u2019s");
        }
        return words;
    }

    /** The month (1-12) named by token i, or 0. */
    static int month(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return 0;
        }
        String lower = tokens.lower(i);
        Integer month = MONTHS.get(lower);
        if (month == null || CAPITALISED_ONLY.contains(lower) && !tokens.isCapitalised(i)) {
            return 0;
        }
        return month;
    }

    /** The token after a month name, past the full stop of an abbreviation ("Oct."). */
    static int monthEnd(Tokens tokens, int i) {
        boolean dotted = ABBREVIATIONS.contains(tokens.lower(i)) && tokens.isSymbol(i + 1, '.')
                && tokens.attached(i + 1);
        return dotted ? i + 2 : i + 1;
    }

    /** The weekday named by token i ("Tuesday", "Tuesday's"), or null. */
    static DayOfWeek weekday(Tokens tokens, int i) {
        if (!tokens.isWord(i) || !tokens.isCapitalised(i)) {
            return null;
        }
        String lower = tokens.lower(i);
        if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        return WEEKDAYS.get(lower);
    }
}
