package claimwatch.api.entity;

import java.time.Instant;
import java.util.List;

import claimwatch.api.claim.ClaimItem;

/** An entity with the stories it appears in (most of its articles first) and its most recent claims. */
public record EntityDetail(String id, String canonical, String type, int articleCount, int claimCount, Instant firstSeen,
        Instant lastSeen, List<StoryMention> stories, List<ClaimItem> recentClaims, String moreClaims) {

    /** A story and how many of its articles mention the entity. */
    public record StoryMention(String id, String title, long articleCount) {
    }

    public static EntityDetail of(EntityEntity entity, List<StoryMention> stories, List<ClaimItem> recentClaims) {
        return new EntityDetail(entity.id, entity.canonical, entity.type, entity.articleCount, entity.claimCount,
                entity.firstSeen, entity.lastSeen, stories, recentClaims, "/api/claims?entity=" + entity.id);
    }
}
