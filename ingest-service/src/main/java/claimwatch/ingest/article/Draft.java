package claimwatch.ingest.article;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import claimwatch.ingest.dedupe.UrlCanonicalizer;
import claimwatch.ingest.metadata.PageMetadata;

/** Cleaned text and what is known about it, before it gets its identity. */
record Draft(String text, PageMetadata metadata) {

    /** The given non-null values replace what the page said about itself. */
    Draft override(String outlet, String title, String author, OffsetDateTime publishedAt, String language) {
        PageMetadata page = metadata;
        return new Draft(text, new PageMetadata(
                title != null ? Optional.of(title) : page.title(),
                author != null ? Optional.of(author) : page.author(),
                publishedAt != null ? Optional.of(publishedAt) : page.publishedAt(),
                publishedAt != null ? Optional.of("client") : page.publishedAtSource(),
                language != null ? Optional.of(language) : page.language(),
                page.canonicalUrl(),
                outlet != null ? Optional.of(outlet) : page.outlet()));
    }

    IntakeResult toResult(String pageUrl, Instant ingestedAt, UrlCanonicalizer canonicalizer) {
        String body = text.strip();
        ArticleIdentity identity = ArticleIdentity.of(body);
        ArticleMessage article = new ArticleMessage(identity.id(), pageUrl,
                metadata.outlet().or(() -> host(pageUrl)).orElse(null),
                metadata.title().orElse(null),
                metadata.author().orElse(null),
                metadata.publishedAt().orElse(null),
                ingestedAt,
                metadata.language().orElse(null),
                body,
                identity.contentHash(),
                null);
        return new IntakeResult(article, identityUrl(pageUrl, canonicalizer));
    }

    /**
     * The URL that identifies the article: where it was found, canonicalised; the page's own rel=canonical is
     * preferred only on the same host, because a syndicated copy points at the original elsewhere and must not be
     * taken for it.
     */
    private Optional<String> identityUrl(String pageUrl, UrlCanonicalizer canonicalizer) {
        Optional<String> found = pageUrl == null ? Optional.empty() : canonicalizer.canonicalize(pageUrl);
        Optional<String> declared = metadata.canonicalUrl().flatMap(canonicalizer::canonicalize);
        if (found.isEmpty() || declared.isPresent() && host(found.get()).equals(host(declared.get()))) {
            return declared;
        }
        return found;
    }

    static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return Optional.empty();
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return Optional.of(lower.startsWith("www.") ? lower.substring(4) : lower);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
