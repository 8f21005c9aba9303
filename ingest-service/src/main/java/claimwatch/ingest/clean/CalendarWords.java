package claimwatch.ingest.clean;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Month, weekday and relative-time words in English, Spanish, French and German, shared by date parsing and line cleaning. */
public final class CalendarWords {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
            Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11),
            Map.entry("diciembre", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8), Map.entry("dic", 12),
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12),
            Map.entry("janv", 1), Map.entry("fevr", 2), Map.entry("avr", 4), Map.entry("juil", 7),
            Map.entry("januar", 1), Map.entry("janner", 1), Map.entry("februar", 2), Map.entry("marz", 3),
            Map.entry("maerz", 3), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("oktober", 10),
            Map.entry("dezember", 12), Map.entry("mrz", 3), Map.entry("okt", 10), Map.entry("dez", 12));

    private static final Set<String> WEEKDAYS = words(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag");

    /** Words that label a timestamp as the publication or as a later update. */
    private static final Set<String> LABELS = words(
            "published", "posted", "updated", "modified", "first", "last", "created", "date", "on", "at", "the", "of",
            "publicado", "publicada", "actualizado", "actualizada", "el", "de", "del", "a", "las", "fecha",
            "publie", "publiee", "mis", "jour", "le", "mise", "modifie", "a", "par",
            "veroffentlicht", "aktualisiert", "stand", "am", "um", "uhr", "zuletzt",
            "am", "pm", "h", "hrs", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "z");

    private static final Set<String> RELATIVE = words(
            "ago", "hace", "il", "y", "vor", "just", "now", "today", "yesterday", "hoy", "ayer", "aujourd'hui",
            "aujourd", "hui", "hier", "heute", "gestern", "a", "an", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "un", "una", "une", "dos", "tres", "deux", "trois",
            "einem", "einer", "zwei", "drei",
            "minute", "minutes", "min", "mins", "hour", "hours", "hr", "day", "days", "week", "weeks", "month", "months",
            "year", "years", "minuto", "minutos", "hora", "horas", "dia", "dias", "semana", "semanas", "mes", "meses",
            "ano", "anos", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee",
            "annees", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "monat", "monaten", "jahr",
            "jahren");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private CalendarWords() {
    }

    /** The month number for a month name or abbreviation in any of the four languages, accents and case ignored. */
    public static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(fold(word).replace(".", "")));
    }

    public static boolean isWeekday(String word) {
        return WEEKDAYS.contains(fold(word).replace(".", ""));
    }

    /** True for words that only label, qualify or count a timestamp ("Published", "at", "GMT", "hace", "months"). */
    public static boolean isTimestampWord(String word) {
        String folded = fold(word).replace(".", "");
        return LABELS.contains(folded) || RELATIVE.contains(folded) || MONTHS.containsKey(folded) || WEEKDAYS.contains(folded);
    }

    // Set.copyOf rather than Set.of: the language lists overlap ("a", "an", "am") and Set.of rejects duplicates.
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Lower-cases and strips accents, so "Março", "MÄRZ" and "marz" compare equal to their plain forms. */
    public static String fold(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }
}
