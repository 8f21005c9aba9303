package claimwatch.ingest.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the author out of a byline: "By Jane Doe, Trade Correspondent", "por Álvaro Medina", "Priya Natarajan, Industry Correspondent". */
public final class Byline {

    // Bylines often share a line with the timestamp: "By Lucia Mendaro March 11, 2024 2:10 PM GMT+1 Updated 2 hours ago".
    private static final int MAX_BYLINE_WORDS = 20;
    private static final int MAX_NAME_TOKENS = 8;
    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MARKER = Pattern.compile(
            "^(?:by|written by|words by|text by|story by|por|par|von|di|door|av|text:|texto:|autora?:|author:|auteure?\\s?:)\\s+(.+)$", CASE);
    private static final Pattern NAME_END = Pattern.compile("[,·|(–—;/]|\\s-\\s|\\s(?:for|para|pour|für|in|en|at)\\s");
    private static final Pattern JOB_TITLE = Pattern.compile(
            "(?<!\\p{L})(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|staff|desk|producer|analyst"
                    + "|redactora?|corresponsal|periodista|enviad[oa] especial|journaliste|rédact(?:eur|rice)|envoyée? spéciale?"
                    + "|korrespondent(?:in)?|redakteur(?:in)?|reporterin|autorin)(?!\\p{L})", CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)]*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> CONNECTORS = Set.of("and", "&", "y", "e", "et", "und", "de", "del", "da", "di", "van",
            "von", "der", "den", "le", "la", "du", "des", "bin", "al", "el", "dos", "das", "ten", "ter");

    private Byline() {
    }

    /** The name a byline line gives, without "By" and without the job title; empty when the line is not a byline. */
    public static Optional<String> name(String line) {
        String text = line == null ? "" : line.strip();
        if (words(text) > MAX_BYLINE_WORDS || SENTENCE_END.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher marker = MARKER.matcher(text);
        if (marker.find()) {
            return leadingName(nameBefore(marker.group(1)));
        }
        int comma = text.indexOf(',');
        if (comma > 0 && isName(text.substring(0, comma)) && JOB_TITLE.matcher(text.substring(comma)).find()) {
            return Optional.of(text.substring(0, comma).strip());
        }
        return Optional.empty();
    }

    /** One to eight capitalised words, with particles such as "de", "van" or "and" between them; no month or weekday. */
    public static boolean isName(String candidate) {
        List<String> tokens = Arrays.stream(candidate.strip().split("\\s+")).filter(token -> !token.isEmpty()).toList();
        List<String> words = tokens.stream().filter(token -> !isConnector(token)).toList();
        // "Jan de Vries" and "May Smith" are names; "Monday" or "March" alone is a date.
        boolean lonelyCalendarWord = words.size() == 1 && isCalendarWord(words.get(0));
        return !tokens.isEmpty() && tokens.size() <= MAX_NAME_TOKENS && tokens.stream().allMatch(Byline::isNameToken)
                && !words.isEmpty() && !lonelyCalendarWord;
    }

    private static boolean isNameToken(String token) {
        return isConnector(token) || Character.isUpperCase(token.codePointAt(0));
    }

    private static boolean isCalendarWord(String token) {
        return CalendarWords.isWeekday(token) || CalendarWords.month(token).isPresent();
    }

    /** A month or weekday followed by a number starts the timestamp printed after the name: "Lucia Mendaro March 11". */
    private static boolean startsDate(List<String> tokens, int index) {
        return isCalendarWord(tokens.get(index)) && index + 1 < tokens.size() && Character.isDigit(tokens.get(index + 1).charAt(0));
    }

    private static boolean isConnector(String token) {
        return CONNECTORS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** The capitalised words at the start, up to the first word that cannot be part of a name ("Lucia Mendaro March 11"). */
    private static Optional<String> leadingName(String text) {
        List<String> tokens = Arrays.stream(text.split("\\s+")).filter(token -> !token.isEmpty()).toList();
        int end = 0;
        while (end < Math.min(tokens.size(), MAX_NAME_TOKENS) && isNameToken(tokens.get(end)) && !startsDate(tokens, end)) {
            end++;
        }
        while (end > 0 && isConnector(tokens.get(end - 1))) {
            end--;
        }
        String name = String.join(" ", tokens.subList(0, end));
        return isName(name) ? Optional.of(name) : Optional.empty();
    }

    private static String nameBefore(String rest) {
        Matcher end = NAME_END.matcher(rest);
        return (end.find() ? rest.substring(0, end.start()) : rest).strip();
    }

    private static int words(String text) {
        int count = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
