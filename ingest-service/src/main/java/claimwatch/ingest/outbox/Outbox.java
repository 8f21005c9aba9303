package claimwatch.ingest.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The outbox table: messages are added inside the caller's transaction and taken out by the relay. */
@ApplicationScoped
public class Outbox implements PanacheRepositoryBase<OutboxEntity, Long> {

    private final ObjectMapper json;
    private final Clock clock;

    public Outbox(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Must run inside a transaction, so the message exists exactly when the caller's writes do. */
    public void add(String topic, String key, Object message) {
        OutboxEntity entry = new OutboxEntity();
        entry.topic = topic;
        entry.messageKey = key;
        entry.createdAt = Instant.now(clock);
        try {
            entry.payload = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + message.getClass().getSimpleName(), e);
        }
        persist(entry);
    }

    /** The oldest pending messages, locked so that another replica's relay skips them. */
    @SuppressWarnings("unchecked")
    List<OutboxEntity> lockOldest(int limit) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM outbox ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED", OutboxEntity.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    void remove(List<OutboxEntity> relayed) {
        delete("id in ?1", relayed.stream().map(entry -> entry.id).toList());
    }
}
