package claimwatch.ingest.metadata;

import java.time.OffsetDateTime;

/**
 * A date found in text. A date without a time of day, and a relative date coarser than hours, is midnight UTC of that day.
 *
 * @param relative whether it was written relative to the reading ("3 months ago", "yesterday")
 * @param text the words it was read from
 */
public record DateMention(OffsetDateTime dateTime, boolean relative, String text) {
}
