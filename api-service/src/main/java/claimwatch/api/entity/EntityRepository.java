package claimwatch.api.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import claimwatch.api.page.Cursor;
import claimwatch.api.page.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads entities by rank (claim count) or by a prefix of the words of their canonical name. */
@ApplicationScoped
public class EntityRepository implements PanacheRepositoryBase<EntityEntity, String> {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Most claims first; with words, only entities whose name has a word starting with each of them. */
    @SuppressWarnings("unchecked")
    public List<EntityEntity> list(List<String> words, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT e.id, e.canonical, e.type, e.article_count, e.claim_count, e.first_seen, e.last_seen FROM entity e WHERE true");
        if (!words.isEmpty()) {
            sql.append(" AND e.search @@ to_tsquery('simple', :prefix)");
        }
        if (page.after().isPresent()) {
            sql.append(" AND (e.claim_count < :count OR (e.claim_count = :count AND e.id > :id))");
        }
        sql.append(" ORDER BY e.claim_count DESC, e.id LIMIT :limit");
        var query = getEntityManager().createNativeQuery(sql.toString(), EntityEntity.class).setParameter("limit", page.fetch());
        if (!words.isEmpty()) {
            // Only letters and digits reach the tsquery, so no operator in the input can change its meaning.
            query.setParameter("prefix", words.stream().map(word -> word + ":*").collect(Collectors.joining(" & ")));
        }
        if (page.after().isPresent()) {
            Cursor after = page.after().get();
            query.setParameter("count", (int) after.integer(0)).setParameter("id", after.text(1));
        }
        return query.getResultList();
    }

    /** The lower-cased words of a search text, at most {@code max}. */
    public static List<String> words(String text, int max) {
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (matcher.find() && words.size() < max) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The stories an entity appears in, most of its articles first: (story id, article count). */
    @SuppressWarnings("unchecked")
    public List<Object[]> topStories(String entityId, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT a.story_id, count(*) AS articles
                FROM (SELECT DISTINCT article_id FROM claim_entity WHERE entity_id = :entity) e
                JOIN article a ON a.id = e.article_id
                WHERE a.story_id IS NOT NULL
                GROUP BY a.story_id ORDER BY articles DESC, a.story_id LIMIT :limit""")
                .setParameter("entity", entityId).setParameter("limit", limit).getResultList();
    }
}
