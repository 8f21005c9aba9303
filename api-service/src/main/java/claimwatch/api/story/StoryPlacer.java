package claimwatch.api.story;

import java.sql.SQLException;

import claimwatch.api.claim.WriteBatch;

/** Decides where an arriving article goes, given the stories as they stand; {@link StoryAssigner#decide} in production. */
@FunctionalInterface
public interface StoryPlacer {

    StoryDecision place(WriteBatch batch, ArticleFingerprint article) throws SQLException;
}
