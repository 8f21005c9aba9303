package claimwatch.ingest.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article pushed through the API: its text or its HTML page, with whatever metadata the sender knows. */
@Schema(description = "An article pushed as plain text or as an HTML page, or only its URL for ingest to fetch.", example = """
        {"text": "The port authority signed a contract worth 430 million euros on Tuesday.",
         "url": "https://www.harbortimes.example/business/ferry-deal", "outlet": "Harbor Times",
         "title": "Port authority signs ferry refit contract", "author": "Jane Doe",
         "publishedAt": "2024-03-12T08:30:00+01:00"}""")
public record ArticleSubmission(
        @Schema(description = "Plain text of the article; give this or html.") String text,
        @Schema(description = "The HTML page; give this or text.") String html,
        @Schema(description = "Where the article was published (http or https); alone, ingest fetches it.") String url,
        String outlet,
        String title,
        String author,
        @Schema(description = "ISO-8601 date-time with offset, e.g. 2024-03-12T08:30:00+01:00.") String publishedAt,
        @Schema(description = "ISO 639-1 language code, e.g. en.") String language) {

    /** Only a URL: ingest fetches the page itself. */
    public boolean isLinkOnly() {
        return text == null && html == null && url != null && !url.isBlank();
    }

    public ArticleSubmission withPage(String pageHtml, String pageUrl) {
        return new ArticleSubmission(null, pageHtml, pageUrl, outlet, title, author, publishedAt, language);
    }
}
