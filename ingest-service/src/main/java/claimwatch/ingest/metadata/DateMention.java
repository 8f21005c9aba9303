package claimwatch.ingest.metadata;

import java.time.OffsetDateTime;

/**
 * A date found in text; one without a time of day, or relative and coarser than hours, is midnight UTC of its day.
 *
 * @param relative whether it was written relative to the reading ("3 months ago", "yesterday")
 * @param text the words it was read from
 */
public record DateMention(OffsetDateTime dateTime, boolean relative, String text) {
}
