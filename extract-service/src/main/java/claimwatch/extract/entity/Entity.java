package claimwatch.extract.entity;

import java.util.Objects;

import claimwatch.extract.sentence.Span;

/** A mention of a named entity: its text as written, its span in the sentence, and the article's name for it. */
public record Entity(String text, Span span, String canonical, EntityType type) {

    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
    }
}
