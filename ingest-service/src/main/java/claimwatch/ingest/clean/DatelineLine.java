package claimwatch.ingest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Lines that only state when the page was published or updated: "Published 3 months ago", "Updated 2 hours ago",
 * "Published: 19:40, 11 Mar 2024 | Updated: 20:15, 11 Mar 2024", "12 de marzo de 2024 · 09:15 h", "Tuesday March 12 2024".
 */
final class DatelineLine implements LineRule {

    private static final int MAX_DATELINE_WORDS = 24;
    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TIME = Pattern.compile(
            "(?<!\\d)\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|h|hrs|uhr)?(?![\\p{L}\\d])|(?<!\\d)\\d{1,2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)(?!\\p{L})", CASE);
    private static final Pattern ZONE = Pattern.compile("(?<!\\p{L})(?:gmt|utc)\\s*(?:[+−-]\\s*\\d{1,2}(?::?\\d{2})?)?", CASE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})(?!\\d)");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<!\\p{L})(?:ago|hace|il y a|vor|yesterday|today|ayer|hoy|hier|aujourd'hui|gestern|heute)(?!\\p{L})", CASE);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}'’]+|\\d+(?:st|nd|rd|th|er|º|o)?");

    @Override
    public boolean matches(String line) {
        if (TextShape.words(line) > MAX_DATELINE_WORDS) {
            return false;
        }
        boolean timestamp = TIME.matcher(line).find() || NUMERIC_DATE.matcher(line).find() || RELATIVE.matcher(line).find();
        String rest = ZONE.matcher(TIME.matcher(NUMERIC_DATE.matcher(line).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        Matcher token = TOKEN.matcher(rest);
        while (token.find()) {
            String word = token.group();
            if (Character.isDigit(word.charAt(0))) {
                continue;
            }
            if (CalendarWords.month(word).isPresent() || CalendarWords.isWeekday(word)) {
                timestamp = true;
            } else if (!CalendarWords.isTimestampWord(word)) {
                return false;
            }
        }
        return timestamp;
    }
}
