package claimwatch.extract.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import claimwatch.extract.claim.ArticleClaimsMessage;
import claimwatch.extract.claim.Claim;
import claimwatch.extract.claim.ClaimExtractor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
    private final Timer extraction;

    public ArticleProcessor(ArticleReader reader, ClaimExtractor extractor, Clock clock, MeterRegistry metrics) {
        this.reader = reader;
        this.extractor = extractor;
        this.clock = clock;
        // Set against the process CPU time, this gives the extractor's share of the service's work.
        this.extraction = Timer.builder("claimwatch.extract.extraction").description("Time spent in the claim extractor").register(metrics);
    }

    @Incoming(ARTICLES)
    @Outgoing(CLAIMS)
    @Blocking
    public Record<String, ArticleClaimsMessage> process(String record) {
        ArticleMessage article = reader.read(record);
        List<Claim> extracted = extraction.record(() -> extractor.extract(article.id(), article.text(), article.publishedAt()));
        return Record.of(article.id(), ArticleClaimsMessage.of(article, extractor, extracted, Instant.now(clock)));
    }
}
