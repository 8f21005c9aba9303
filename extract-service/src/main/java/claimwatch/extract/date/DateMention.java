package claimwatch.extract.date;

import claimwatch.extract.sentence.Span;

/**
 * A date in a sentence: the words that say it, their span, the resolved value ("2024-03-12", "2023-03", "2022"; null
 * when it cannot be resolved, e.g. "3 months ago" without a publication date), its granularity and its role.
 */
public record DateMention(String text, Span span, String value, Granularity granularity, DateRole role) {
}
