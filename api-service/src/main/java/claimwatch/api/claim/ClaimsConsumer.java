package claimwatch.api.claim;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Stores each {@code claims} record, one at a time in partition order. The offset is acknowledged only after the
 * database transaction commits. A record that can never be stored goes to {@code claims-dlq} at once; any other
 * failure (the database restarting, a lock conflict) is retried with back-off first, holding the partition meanwhile.
 */
@ApplicationScoped
public class ClaimsConsumer {

    public static final String CLAIMS = "claims";

    // quarkus-smallrye-fault-tolerance is not available for this platform version, so the retry is Mutiny's.
    private static final int RETRIES = 8;
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(500);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(10);

    private final ClaimsMessageReader reader;
    private final ArticleClaimsStore store;
    private final MeterRegistry metrics;

    public ClaimsConsumer(ClaimsMessageReader reader, ArticleClaimsStore store, MeterRegistry metrics) {
        this.reader = reader;
        this.store = store;
        this.metrics = metrics;
    }

    @Incoming(CLAIMS)
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> store.upsertArticleClaims(reader.read(record)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(failure -> !(failure instanceof InvalidClaimsMessageException))
                .retry().withBackOff(FIRST_BACK_OFF, MAX_BACK_OFF).atMost(RETRIES)
                .invoke(outcome -> metrics.counter("claimwatch.claims.messages", "outcome", outcome.name().toLowerCase()).increment())
                .replaceWithVoid();
    }
}
