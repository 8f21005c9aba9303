package claimwatch.api.story;

import java.sql.Connection;
import java.sql.SQLException;

/** Decides where an arriving article goes, given the stories as they stand; {@link StoryAssigner#decide} in production. */
@FunctionalInterface
public interface StoryPlacer {

    StoryDecision place(Connection connection, ArticleFingerprint article) throws SQLException;
}
