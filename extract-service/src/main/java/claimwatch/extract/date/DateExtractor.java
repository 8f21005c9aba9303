package claimwatch.extract.date;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import claimwatch.extract.number.Numerals;
import claimwatch.extract.number.Tokens;
import claimwatch.extract.number.WordSet;
import claimwatch.extract.sentence.Span;

/**
 * Finds the dates of a sentence: calendar dates in English, Spanish, French and German, years, and dates relative to
 * the publication date, each resolved to a day, month or year and given a role (event, deadline, since, period).
 */
public final class DateExtractor {

    // Every word that can begin a date; anything else is rejected with one lookup.
    private static final WordSet TRIGGERS = new WordSet(triggers());

    public List<DateMention> extract(String sentence, OffsetDateTime publishedAt) {
        return extract(Tokens.of(sentence), publishedAt);
    }

    public List<DateMention> extract(Tokens tokens, OffsetDateTime publishedAt) {
        List<DateCandidate> found = NonDates.remove(tokens, candidates(tokens));
        if (found.isEmpty()) {
            return List.of();
        }
        DateRole[] roles = DateRoles.assign(tokens, found);
        String[] values = new String[found.size()];
        for (int k = 0; k < found.size(); k++) {
            DateCandidate date = found.get(k);
            Tense tense = date.dependsOnTense() ? tense(tokens, date) : Tense.NONE;
            values[k] = DateResolver.value(date, roles[k], tense, publishedAt);
        }
        PeriodOrder.keepEndsInOrder(found, roles, values);
        List<DateMention> mentions = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Span span = DateSpans.of(tokens, found.get(k), roles[k]);
            mentions.add(new DateMention(span.of(tokens.text()), span, values[k], found.get(k).granularity(), roles[k]));
        }
        return mentions;
    }

    /** The spans of the dates alone, for extractors that must leave them out; no resolution work. */
    public List<Span> spans(Tokens tokens) {
        List<DateCandidate> found = candidates(tokens);
        List<Span> spans = new ArrayList<>(found.size());
        for (DateCandidate date : found) {
            spans.add(DateSpans.bare(tokens, date));
        }
        return spans;
    }

    // "offer catch-up doses from Monday": a weekday that starts something lies ahead.
    private static Tense tense(Tokens tokens, DateCandidate date) {
        boolean from = date.kind() == DateCandidate.Kind.WEEKDAY && tokens.is(date.start() - 1, "from");
        return from ? Tense.FUTURE : Tense.around(tokens, date.start(), date.end());
    }

    // The candidates do not depend on the publication date, so other extractors can share them.
    private static List<DateCandidate> candidates(Tokens tokens) {
        return tokens.shared(DateCandidate.class, DateExtractor::scan);
    }

    private static List<DateCandidate> scan(Tokens tokens) {
        List<DateCandidate> found = new ArrayList<>(2);
        int i = 0;
        while (i < tokens.size()) {
            i = candidateAt(tokens, i, found);
        }
        return List.copyOf(found);
    }

    private static int candidateAt(Tokens tokens, int i, List<DateCandidate> found) {
        if (!mayStart(tokens, i)) {
            return i + 1;
        }
        Optional<DateCandidate> date = AbsoluteDates.at(tokens, i);
        if (date.isEmpty()) {
            date = weekdayBeforeDate(tokens, i);
        }
        if (date.isEmpty()) {
            date = RelativeDates.at(tokens, i);
        }
        if (date.isPresent()) {
            DateCandidate anchored = ThatYear.anchor(tokens, date.get(), found);
            found.add(anchored);
            return anchored.end();
        }
        return YearMentions.at(tokens, i, found);
    }

    // One cheap test per token before any reading: most words cannot begin a date.
    private static boolean mayStart(Tokens tokens, int i) {
        if (tokens.isNumber(i)) {
            return true;
        }
        return TRIGGERS.contains(tokens, i);
    }

    private static Set<String> triggers() {
        Set<String> words = new HashSet<>(CalendarWords.wordsWithPossessives());
        words.addAll(RelativeDates.cues());
        words.addAll(Numerals.startWords());
        return words;
    }

    // "Tuesday 12 March 2024", "Monday, March 11": one date, written with its weekday.
    private static Optional<DateCandidate> weekdayBeforeDate(Tokens tokens, int i) {
        DayOfWeek weekday = CalendarWords.weekday(tokens, i);
        if (weekday == null) {
            return Optional.empty();
        }
        int next = tokens.isSymbol(i + 1, ',') ? i + 2 : i + 1;
        Optional<DateCandidate> date = AbsoluteDates.at(tokens, next);
        if (date.isEmpty() || date.get().day() == 0 || date.get().kind() == DateCandidate.Kind.AMBIGUOUS_NUMERIC) {
            return Optional.empty();
        }
        return Optional.of(date.get().startingAt(i));
    }
}
