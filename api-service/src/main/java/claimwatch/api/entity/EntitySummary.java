package claimwatch.api.entity;

import java.time.Instant;

/** An entity with how often it is mentioned. */
public record EntitySummary(String id, String canonical, String type, int articleCount, int claimCount, Instant firstSeen,
        Instant lastSeen) {

    public static EntitySummary of(EntityEntity entity) {
        return new EntitySummary(entity.id, entity.canonical, entity.type, entity.articleCount, entity.claimCount,
                entity.firstSeen, entity.lastSeen);
    }
}
