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

import claimwatch.ingest.clean.CleanedPage;
import claimwatch.ingest.clean.ArticleCleaner;
import claimwatch.ingest.problem.FieldError;
import claimwatch.ingest.problem.InvalidRequestException;

/** Checks a pushed article field by field and turns it into the message ingest publishes. */
public final class ArticleIntake {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final ArticleCleaner cleaner;
    private final Clock clock;
    private final int maxTextChars;

    public ArticleIntake(ArticleCleaner cleaner, Clock clock, int maxTextChars) {
        this.cleaner = cleaner;
        this.clock = clock;
        this.maxTextChars = maxTextChars;
    }

    public ArticleMessage accept(ArticleSubmission submission) {
        if (submission == null) {
            throw new InvalidRequestException(List.of(new FieldError("text", "the body must be a JSON object with text or html")));
        }
        List<FieldError> errors = new ArrayList<>();
        String text = text(submission, errors);
        Optional<String> pageTitle = Optional.empty();
        if (submission.html() != null && text == null && errors.isEmpty()) {
            CleanedPage page = cleaner.clean(submission.html(), submission.url());
            text = page.text();
            pageTitle = page.title();
            if (text.isBlank()) {
                errors.add(new FieldError("html", "the page has no readable text"));
            }
        }
        URI url = url(submission.url(), errors);
        OffsetDateTime publishedAt = publishedAt(submission.publishedAt(), errors);
        String language = language(submission.language(), errors);
        String outlet = bounded("outlet", submission.outlet(), 200, errors);
        String title = bounded("title", submission.title(), 1000, errors);
        String author = bounded("author", submission.author(), 500, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ArticleIdentity identity = ArticleIdentity.of(text);
        return new ArticleMessage(
                identity.id(),
                url == null ? null : url.toString(),
                outlet != null ? outlet : outletFromHost(url),
                title != null ? title : pageTitle.orElse(null),
                author,
                publishedAt,
                Instant.now(clock),
                language,
                text.strip(),
                identity.contentHash(),
                null);
    }

    private String text(ArticleSubmission submission, List<FieldError> errors) {
        boolean hasText = submission.text() != null;
        boolean hasHtml = submission.html() != null;
        if (hasText == hasHtml) {
            errors.add(new FieldError(hasText ? "html" : "text", hasText ? "give text or html, not both" : "give the article as text or as html"));
            return null;
        }
        String body = hasText ? submission.text() : submission.html();
        String field = hasText ? "text" : "html";
        if (body.length() > maxTextChars) {
            errors.add(new FieldError(field, "is longer than " + maxTextChars + " characters"));
            return null;
        }
        if (hasText && body.isBlank()) {
            errors.add(new FieldError("text", "must not be blank"));
            return null;
        }
        return hasText ? body : null;
    }

    private static URI url(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add(new FieldError("url", "must be an absolute http or https URL"));
                return null;
            }
            if (value.length() > 4096) {
                errors.add(new FieldError("url", "is longer than 4096 characters"));
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            errors.add(new FieldError("url", "is not a valid URL: " + e.getReason()));
            return null;
        }
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

    private static String outletFromHost(URI url) {
        if (url == null) {
            return null;
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
