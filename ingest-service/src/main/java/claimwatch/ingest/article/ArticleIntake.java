package claimwatch.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import claimwatch.ingest.clean.ArticleCleaner;
import claimwatch.ingest.clean.CleanedPage;
import claimwatch.ingest.clean.TextCleaner;
import claimwatch.ingest.dedupe.UrlCanonicalizer;
import claimwatch.ingest.metadata.MetadataExtractor;
import claimwatch.ingest.metadata.PageMetadata;
import claimwatch.ingest.problem.FieldError;
import claimwatch.ingest.problem.InvalidRequestException;

/**
 * Turns a pushed or fetched article into the message ingest publishes: checks the fields a client sent, cleans the
 * text, and fills what the client did not say from the page's own metadata (the client's values win).
 */
public final class ArticleIntake {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final ArticleCleaner cleaner;
    private final TextCleaner textCleaner;
    private final MetadataExtractor metadata;
    private final UrlCanonicalizer canonicalizer;
    private final Clock clock;
    private final int maxTextChars;

    public ArticleIntake(ArticleCleaner cleaner, TextCleaner textCleaner, MetadataExtractor metadata, UrlCanonicalizer canonicalizer,
            Clock clock, int maxTextChars) {
        this.cleaner = cleaner;
        this.textCleaner = textCleaner;
        this.metadata = metadata;
        this.canonicalizer = canonicalizer;
        this.clock = clock;
        this.maxTextChars = maxTextChars;
    }

    /** An article pushed through the API; every field at fault is reported at once. */
    public IntakeResult accept(ArticleSubmission submission) {
        if (submission == null) {
            throw new InvalidRequestException(List.of(new FieldError("text", "the body must be a JSON object with text or html")));
        }
        List<FieldError> errors = new ArrayList<>();
        checkBody(submission, errors);
        URI url = url(submission.url(), errors);
        OffsetDateTime publishedAt = publishedAt(submission.publishedAt(), errors);
        String language = language(submission.language(), errors);
        String outlet = bounded("outlet", submission.outlet(), 200, errors);
        String title = bounded("title", submission.title(), 1000, errors);
        String author = bounded("author", submission.author(), 500, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Instant now = Instant.now(clock);
        String pageUrl = url == null ? null : url.toString();
        Draft draft = submission.html() != null ? fromHtml(submission.html(), pageUrl, now) : fromText(submission.text(), now);
        if (draft.text().isBlank()) {
            String field = submission.html() != null ? "html" : "text";
            throw new InvalidRequestException(List.of(new FieldError(field, "has no readable article text")));
        }
        return draft.override(outlet, title, author, publishedAt, language).toResult(pageUrl, now, canonicalizer);
    }

    /** A page the fetcher brought back, found at {@code pageUrl}; {@code outletHint} is the feed's outlet, if any. */
    public Optional<IntakeResult> acceptPage(String html, String pageUrl, String outletHint, Instant fetchedAt) {
        if (html.length() > maxTextChars) {
            return Optional.empty();
        }
        Draft draft = fromHtml(html, pageUrl, fetchedAt);
        if (draft.text().isBlank()) {
            return Optional.empty();
        }
        // The metadata falls back to the host name; a feed's own outlet name is better than that.
        boolean namedByPage = draft.metadata().outlet().filter(outlet -> !outlet.equals(Draft.host(pageUrl).orElse(null))).isPresent();
        Draft withOutlet = namedByPage || outletHint == null ? draft : draft.override(outletHint, null, null, null, null);
        return Optional.of(withOutlet.toResult(pageUrl, fetchedAt, canonicalizer));
    }

    private Draft fromHtml(String html, String pageUrl, Instant fetchedAt) {
        CleanedPage page = cleaner.clean(html, pageUrl);
        Draft draft = new Draft(page.text(), metadata.fromHtml(html, pageUrl, page.text(), fetchedAt));
        return draft.metadata().title().isPresent() ? draft : draft.override(null, page.title().orElse(null), null, null, null);
    }

    private Draft fromText(String text, Instant receivedAt) {
        String cleaned = textCleaner.clean(text);
        return new Draft(cleaned, metadata.fromText(cleaned, receivedAt));
    }

    private void checkBody(ArticleSubmission submission, List<FieldError> errors) {
        boolean hasText = submission.text() != null;
        boolean hasHtml = submission.html() != null;
        if (hasText == hasHtml) {
            errors.add(hasText ? new FieldError("html", "give text or html, not both") : new FieldError("text", "give the article as text or as html"));
            return;
        }
        String field = hasText ? "text" : "html";
        String body = hasText ? submission.text() : submission.html();
        if (body.length() > maxTextChars) {
            errors.add(new FieldError(field, "is longer than " + maxTextChars + " characters"));
        } else if (body.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        }
    }

    private static URI url(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 4096) {
            errors.add(new FieldError("url", "is longer than 4096 characters"));
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
            errors.add(new FieldError("url", "must be an absolute http or https URL"));
        } catch (URISyntaxException e) {
            errors.add(new FieldError("url", "is not a valid URL: " + e.getReason()));
        }
        return null;
    }

    private static OffsetDateTime publishedAt(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("publishedAt", "must be an ISO-8601 date-time with offset, e.g. 2024-03-12T08:30:00+01:00"));
            return null;
        }
    }

    private static String language(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches()) {
            errors.add(new FieldError("language", "must be an ISO 639 code such as en"));
            return null;
        }
        return code;
    }

    private static String bounded(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(new FieldError(field, "is longer than " + max + " characters"));
            return null;
        }
        return stripped;
    }
}
