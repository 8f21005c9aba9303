package claimwatch.extract.article;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses an {@code articles} record and refuses what cannot be extracted, with a reason fit for the dead-letter topic. */
public final class ArticleReader {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final ObjectMapper json;
    private final int maxTextChars;

    public ArticleReader(ObjectMapper json, int maxTextChars) {
        this.json = json;
        this.maxTextChars = maxTextChars;
    }

    public ArticleMessage read(String record) {
        if (record == null || record.isBlank()) {
            throw new UnreadableArticleException("empty record");
        }
        ArticleMessage article;
        try {
            article = json.readValue(record, ArticleMessage.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableArticleException("not an article message: " + e.getOriginalMessage(), e);
        }
        if (article.id() == null || !ID.matcher(article.id()).matches()) {
            throw new UnreadableArticleException("id must be 32 lower-case hex digits, was " + article.id());
        }
        if (article.ingestedAt() == null) {
            throw new UnreadableArticleException("ingestedAt is missing");
        }
        if (article.text() == null || article.text().isBlank()) {
            throw new UnreadableArticleException("text is empty");
        }
        if (article.text().length() > maxTextChars) {
            throw new UnreadableArticleException("text has " + article.text().length() + " characters, more than extract.max-text-chars=" + maxTextChars);
        }
        if (!LETTER.matcher(article.text()).find()) {
            throw new UnreadableArticleException("text has no sentences: no letters in " + article.text().length() + " characters");
        }
        return article;
    }
}
