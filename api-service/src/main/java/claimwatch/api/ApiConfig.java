package claimwatch.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** api-service settings, keys under {@code api.}. */
@ConfigMapping(prefix = "api")
public interface ApiConfig {

    /** Paging of every list endpoint. */
    PageConfig page();

    interface PageConfig {

        /** Items per page when no {@code limit} is given ({@code api.page.default-limit}). */
        @WithDefault("20")
        int defaultLimit();

        /** Largest {@code limit} accepted ({@code api.page.max-limit}). */
        @WithDefault("100")
        int maxLimit();
    }
}
