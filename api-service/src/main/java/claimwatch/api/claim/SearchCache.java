package claimwatch.api.claim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.ApiConfig;
import claimwatch.api.page.PageRequest;

/**
 * Pages of text search results, each kept with the read model's generation it was read at (see
 * {@link ClaimRows#generation}) and answered again only while the generation is unchanged, so never stale. The
 * least recently used page goes first beyond {@code api.search.cache-size} pages; 0 keeps none.
 */
@ApplicationScoped
class SearchCache {

    private record Key(ClaimFilter filter, PageRequest page) {
    }

    private record Entry(long generation, List<ClaimItem> claims) {
    }

    private final int size;
    private final Map<Key, Entry> entries;

    SearchCache(ApiConfig config) {
        this.size = config.search().cacheSize();
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > size;
            }
        };
    }

    boolean enabled() {
        return size > 0;
    }

    synchronized Optional<List<ClaimItem>> find(ClaimFilter filter, PageRequest page, long generation) {
        Entry entry = entries.get(new Key(filter, page));
        return entry != null && entry.generation() == generation ? Optional.of(entry.claims()) : Optional.empty();
    }

    synchronized List<ClaimItem> keep(ClaimFilter filter, PageRequest page, long generation, List<ClaimItem> claims) {
        entries.put(new Key(filter, page), new Entry(generation, List.copyOf(claims)));
        return claims;
    }
}
