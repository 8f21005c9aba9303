package claimwatch.ingest.metadata;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import claimwatch.ingest.clean.CalendarWords;

/** Dates written relative to the reading: "3 months ago", "hace 3 meses", "il y a 3 mois", "vor 3 Monaten", "yesterday". */
final class RelativeDates {

    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String UNITS = "(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
            + "|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?|anos?"
            + "|minutes?|heures?|jours?|semaines?|mois|ans?|années?"
            + "|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)";
    private static final String COUNT = "(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"
            + "|une?|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze"
            + "|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)";
    private static final List<Pattern> AGO = List.of(
            Pattern.compile("(?<!\\p{L})" + COUNT + "\\s+" + UNITS + "\\s+ago(?!\\p{L})", CASE),
            Pattern.compile("(?<!\\p{L})hace\\s+" + COUNT + "\\s+" + UNITS + "(?!\\p{L})", CASE),
            Pattern.compile("(?<!\\p{L})il y a\\s+" + COUNT + "\\s+" + UNITS + "(?!\\p{L})", CASE),
            Pattern.compile("(?<!\\p{L})vor\\s+" + COUNT + "\\s+" + UNITS + "(?!\\p{L})", CASE));
    // "hier" is also German for "here", so the French word counts only before a clock time ("hier à 10h40").
    private static final Pattern DAY_WORD = Pattern.compile("(?<!\\p{L})(?:(the day before yesterday|anteayer|avant-hier|vorgestern)"
            + "|(yesterday|ayer|gestern|hier(?=\\s+à\\s+\\d))|(today|hoy|aujourd'hui|heute))(?!\\p{L})", CASE);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("un", 1), Map.entry("una", 1), Map.entry("une", 1),
            Map.entry("einem", 1), Map.entry("einer", 1), Map.entry("two", 2), Map.entry("dos", 2), Map.entry("deux", 2),
            Map.entry("zwei", 2), Map.entry("three", 3), Map.entry("tres", 3), Map.entry("trois", 3), Map.entry("drei", 3),
            Map.entry("four", 4), Map.entry("cuatro", 4), Map.entry("quatre", 4), Map.entry("vier", 4), Map.entry("five", 5),
            Map.entry("cinco", 5), Map.entry("cinq", 5), Map.entry("fünf", 5), Map.entry("six", 6), Map.entry("seis", 6),
            Map.entry("sechs", 6), Map.entry("seven", 7), Map.entry("siete", 7), Map.entry("sept", 7), Map.entry("sieben", 7),
            Map.entry("eight", 8), Map.entry("ocho", 8), Map.entry("huit", 8), Map.entry("acht", 8), Map.entry("nine", 9),
            Map.entry("nueve", 9), Map.entry("neuf", 9), Map.entry("neun", 9), Map.entry("ten", 10), Map.entry("diez", 10),
            Map.entry("dix", 10), Map.entry("zehn", 10), Map.entry("eleven", 11), Map.entry("once", 11), Map.entry("onze", 11),
            Map.entry("elf", 11), Map.entry("twelve", 12), Map.entry("doce", 12), Map.entry("douze", 12), Map.entry("zwölf", 12));

    private RelativeDates() {
    }

    static List<DatePatterns.Found> find(String line, Instant reference) {
        List<DatePatterns.Found> found = new ArrayList<>();
        for (Pattern pattern : AGO) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                found.add(new DatePatterns.Found(minus(reference, count(m.group(1)), m.group(2)), m.start(), m.end(), m.group()));
            }
        }
        Matcher day = DAY_WORD.matcher(line);
        while (day.find()) {
            int daysBack = day.group(1) != null ? 2 : day.group(2) != null ? 1 : 0;
            found.add(new DatePatterns.Found(midnight(reference).minusDays(daysBack), day.start(), day.end(), day.group()));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static int count(String word) {
        return Character.isDigit(word.charAt(0)) ? Integer.parseInt(word) : NUMBER_WORDS.getOrDefault(word.toLowerCase(Locale.ROOT), 1);
    }

    /** Minutes and hours are exact; days and longer are only a calendar date. */
    private static OffsetDateTime minus(Instant reference, int count, String unit) {
        String u = CalendarWords.fold(unit);
        if (u.startsWith("min")) {
            return reference.minus(Duration.ofMinutes(count)).atOffset(ZoneOffset.UTC);
        }
        if (u.startsWith("h") || u.startsWith("stund")) {
            return reference.minus(Duration.ofHours(count)).atOffset(ZoneOffset.UTC);
        }
        LocalDate day = reference.atOffset(ZoneOffset.UTC).toLocalDate();
        Period period;
        if (u.startsWith("d") || u.startsWith("jour") || u.startsWith("tag")) {
            period = Period.ofDays(count);
        } else if (u.startsWith("w") || u.startsWith("sem")) {
            period = Period.ofWeeks(count);
        } else if (u.startsWith("mo") || u.startsWith("mes") || u.startsWith("mois")) {
            period = Period.ofMonths(count);
        } else {
            period = Period.ofYears(count);
        }
        return day.minus(period).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime midnight(Instant reference) {
        return reference.atOffset(ZoneOffset.UTC).toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
