package claimwatch.extract.date;

import java.util.Set;

import claimwatch.extract.number.Tokens;
import claimwatch.extract.sentence.Span;

/**
 * The text of a date mention: the date with the words that narrow it ("the beginning of 2025", "early next year",
 * "Monday evening"), and for deadlines and since-dates the marker next to it ("by the end of 2026", "since 2011");
 * never a plain preposition ("in 2027") and never a possessive ending ("Tuesday's").
 */
final class DateSpans {

    private static final Set<String> NARROWING = Set.of("early", "late", "mid", "earlier", "later", "least");
    // These narrow a date only as "the end of", "the spring of", "the month of".
    private static final Set<String> NARROWING_WITH_OF = Set.of("end", "start", "beginning", "middle", "close", "turn",
            "half", "spring", "summer", "autumn", "fall", "winter", "month");
    private static final Set<String> LINKING = Set.of("the", "of", "first", "second", "at");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> MARKERS = Set.of("by", "before", "until", "till", "since", "after", "desde", "hasta",
            "depuis", "seit", "bis");

    private DateSpans() {
    }

    static Span of(Tokens tokens, DateCandidate date, DateRole role) {
        int start = narrowedStart(tokens, date.start());
        if ((role == DateRole.DEADLINE || role == DateRole.SINCE) && isMarker(tokens, start - 1)) {
            start--;
            if (tokens.is(start, "than")) {
                start -= tokens.is(start - 2, "no") ? 2 : 1;
            }
        }
        int last = date.end() - 1;
        if (dayLike(date) && tokens.isWord(date.end()) && PARTS_OF_DAY.contains(tokens.lower(date.end()))
                && !possessive(tokens, last)) {
            last = date.end();
        }
        int end = tokens.end(last);
        return new Span(tokens.start(start), possessive(tokens, last) ? end - 2 : end);
    }

    /** The spans of the dates alone, as their extractors' rivals need them. */
    static Span bare(Tokens tokens, DateCandidate date) {
        return new Span(tokens.start(date.start()), tokens.end(date.end() - 1));
    }

    private static int narrowedStart(Tokens tokens, int start) {
        int j = start;
        boolean narrowed = false;
        int best = start;
        while (j > 0) {
            int before = j - 1;
            boolean dash = tokens.isDash(before) && tokens.attached(start);
            String word = tokens.isWord(before) ? tokens.lower(before) : "";
            boolean narrowing = NARROWING.contains(word) || NARROWING_WITH_OF.contains(word) && tokens.is(j, "of");
            if (!dash && !narrowing && !LINKING.contains(word)) {
                break;
            }
            j = before;
            narrowed |= narrowing;
            // A phrase may not begin with a linking word other than "the": "of early March" is "early March".
            if (narrowed && (narrowing || word.equals("the"))) {
                best = j;
            }
        }
        if (best < start && tokens.is(best, "least") && tokens.is(best - 1, "at")) {
            best--;
        }
        return best;
    }

    private static boolean isMarker(Tokens tokens, int i) {
        return tokens.isWord(i) && (MARKERS.contains(tokens.lower(i)) || tokens.is(i, "than") && tokens.is(i - 1, "later"));
    }

    private static boolean dayLike(DateCandidate date) {
        return date.kind() == DateCandidate.Kind.WEEKDAY || date.kind() == DateCandidate.Kind.DAYS_FROM_PUBLISHED;
    }

    private static boolean possessive(Tokens tokens, int i) {
        String lower = tokens.lower(i);
        return tokens.isWord(i) && (lower.endsWith("'s") || lower.endsWith("\u2019s"));
    }
}
