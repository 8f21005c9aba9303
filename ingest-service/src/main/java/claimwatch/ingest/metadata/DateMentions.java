package claimwatch.ingest.metadata;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the publication date a page prints in its text, in English, Spanish, French or German, absolute or relative. */
public final class DateMentions {

    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SEGMENT_BREAK = Pattern.compile("[|·•]|\\s{2,}");
    private static final Pattern PUBLISHED = Pattern.compile("(?<!\\p{L})(?:published|posted|first published|publication|date"
            + "|publicado|publicada|publicación|publié|publiée|publication|veröffentlicht|erschienen|pubblicato)(?!\\p{L})", CASE);
    private static final Pattern UPDATED = Pattern.compile("(?<!\\p{L})(?:updated|last updated|modified|edited|actualizado|actualizada"
            + "|actualización|mis à jour|mise à jour|modifié|aktualisiert|geändert|aggiornato)(?!\\p{L})", CASE);
    private static final Pattern DATELINE_PLACE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{L} .'’()-]{1,40},\\s*$");
    private static final int SHORT_LINE_WORDS = 12;

    private DateMentions() {
    }

    public static Optional<OffsetDateTime> firstPublicationDate(String text, Instant reference) {
        return firstPublicationMention(text, reference).map(DateMention::dateTime);
    }

    /**
     * A date counts only where a page prints its own date: after a label ("Published", "Publicado", "Publié",
     * "Veröffentlicht"), at the head of a dateline ("BRUXELLES, 14 mars 2024 –") or on a short line of its own; dates
     * inside sentences are about events, and dates next to "Updated" are skipped. A labelled date beats an unlabelled
     * one, an absolute date a relative one, and otherwise the first wins.
     */
    public static Optional<DateMention> firstPublicationMention(String text, Instant reference) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String line : text.split("\\R")) {
            boolean shortLine = line.strip().split("\\s+").length <= SHORT_LINE_WORDS;
            for (DatePatterns.Found found : DatePatterns.find(line)) {
                rank(line, found, shortLine, false).ifPresent(rank -> candidates.add(new Candidate(found, false, rank)));
            }
            for (DatePatterns.Found found : RelativeDates.find(line, reference)) {
                rank(line, found, shortLine, true).ifPresent(rank -> candidates.add(new Candidate(found, true, rank)));
            }
        }
        return candidates.stream()
                .min(Comparator.comparingInt(Candidate::rank))
                .map(best -> new DateMention(best.found().dateTime(), best.relative(), best.found().text()));
    }

    /** Lower is better: labelled absolute 0, dateline or short-line absolute 1, labelled relative 2, short-line relative 3. */
    private static Optional<Integer> rank(String line, DatePatterns.Found found, boolean shortLine, boolean relative) {
        String before = segmentBefore(line, found.start());
        if (UPDATED.matcher(before).find()) {
            return Optional.empty();
        }
        boolean labelled = PUBLISHED.matcher(before).find();
        boolean dateline = before.isBlank() || DATELINE_PLACE.matcher(before).matches();
        if (labelled) {
            return Optional.of(relative ? 2 : 0);
        }
        if (shortLine || !relative && dateline) {
            return Optional.of(relative ? 3 : 1);
        }
        return Optional.empty();
    }

    /** The text between the last separator before the date and the date itself. */
    private static String segmentBefore(String line, int start) {
        String before = line.substring(0, start);
        var breaks = SEGMENT_BREAK.matcher(before);
        int from = 0;
        while (breaks.find()) {
            from = breaks.end();
        }
        return before.substring(from);
    }

    private record Candidate(DatePatterns.Found found, boolean relative, int rank) {
    }
}
