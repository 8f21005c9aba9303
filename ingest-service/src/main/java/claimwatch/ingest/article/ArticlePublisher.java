package claimwatch.ingest.article;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;

import claimwatch.ingest.IngestConfig;
import claimwatch.ingest.problem.PublishFailedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/** Publishes accepted articles to the {@code articles} topic, keyed by article id, and waits for the broker's ack. */
@ApplicationScoped
public class ArticlePublisher {

    public static final String CHANNEL = "articles";

    private final MutinyEmitter<Record<String, ArticleMessage>> emitter;
    private final IngestConfig config;

    public ArticlePublisher(@Channel(CHANNEL) MutinyEmitter<Record<String, ArticleMessage>> emitter, IngestConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    public Uni<Void> publish(ArticleMessage article) {
        return emitter.send(Record.of(article.id(), article))
                .ifNoItem().after(config.publishTimeout()).fail()
                .onFailure().transform(e -> new PublishFailedException(
                        "Kafka did not acknowledge article " + article.id() + " (" + e.getMessage() + "); retry later, the id is stable", e));
    }
}
