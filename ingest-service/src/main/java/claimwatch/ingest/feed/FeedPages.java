package claimwatch.ingest.feed;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The pages feeds have pointed at, by canonical URL. */
@ApplicationScoped
public class FeedPages implements PanacheRepositoryBase<FeedPageEntity, String> {

    public Optional<FeedPageEntity> find(String canonicalUrl) {
        return findByIdOptional(canonicalUrl);
    }
}
