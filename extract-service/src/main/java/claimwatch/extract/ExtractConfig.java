package claimwatch.extract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** extract-service settings, keys under {@code extract.}. */
@ConfigMapping(prefix = "extract")
public interface ExtractConfig {

    /** Articles with more characters than this go to the dead-letter topic instead of being extracted ({@code extract.max-text-chars}). */
    @WithDefault("1000000")
    int maxTextChars();
}
