package claimwatch.ingest.article;

import java.util.Optional;

/** A checked, cleaned article ready for admission, with the canonical form of its URL when it has one. */
public record IntakeResult(ArticleMessage article, Optional<String> canonicalUrl) {
}
