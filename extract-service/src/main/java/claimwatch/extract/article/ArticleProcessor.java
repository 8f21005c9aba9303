package claimwatch.extract.article;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import claimwatch.extract.claim.ArticleClaimsMessage;
import claimwatch.extract.claim.ClaimExtractor;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * Reads each article from {@code articles} and publishes all its claims as one message on {@code claims}, keyed by
 * article id. The article's offset is committed only once the claims are acknowledged; unreadable records go to
 * {@code articles-dlq}.
 */
@ApplicationScoped
public class ArticleProcessor {

    public static final String ARTICLES = "articles";
    public static final String CLAIMS = "claims";

    private final ArticleReader reader;
    private final ClaimExtractor extractor;
    private final Clock clock;

    public ArticleProcessor(ArticleReader reader, ClaimExtractor extractor, Clock clock) {
        this.reader = reader;
        this.extractor = extractor;
        this.clock = clock;
    }

    @Incoming(ARTICLES)
    @Outgoing(CLAIMS)
    @Blocking
    public Record<String, ArticleClaimsMessage> process(String record) {
        ArticleMessage article = reader.read(record);
        ArticleClaimsMessage claims = new ArticleClaimsMessage(article.id(), extractor.name(), extractor.version(),
                Instant.now(clock), ArticleClaimsMessage.Article.of(article), extractor.extract(article.id(), article.text(), article.publishedAt()));
        return Record.of(article.id(), claims);
    }
}
