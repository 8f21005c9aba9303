import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads a synthetic read model into the api-service database with COPY: 20,000 stories, 50,000 articles from 40
 * outlets, 1,000,000 claims with facets and entities, the facts and conflicts of each story as the JSON bodies the API
 * serves (shaped like claimwatch.api.fact.Fact and Conflict), outlet and entity counts, and the event log.
 *
 * <p>Usage (the api-service must have migrated the database once):
 * {@code java -cp ".state/cache/lib/*" bench/ReadModelGenerator.java jdbc:postgresql://127.0.0.1:5432/claimwatch_api [--reset] [stories]}.
 * Only loopback databases; refuses a database that already holds articles unless --reset (which empties the read model).
 * Deterministic: every table is written in its own pass over the same seeded stories, so no pass keeps more than one
 * story in memory. Secondary indexes are dropped during the load and rebuilt after it.
 */
public class ReadModelGenerator {

    private static final long SEED = 5150;
    private static final int OUTLETS = 40;
    private static final int ENTITIES = 20_000;
    private static final int DEFAULT_STORIES = 20_000;
    private static final double ARTICLES_PER_STORY = 2.5;
    private static final int CLAIMS_PER_ARTICLE = 20;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant START = NOW.minus(Duration.ofDays(60));
    private static final Duration EVENT_SPAN = Duration.ofDays(6);
    private static final List<String> TABLES = List.of("claim_entity", "claim", "fact", "conflict", "event", "article", "story_feature", "story", "entity", "outlet");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        boolean reset = List.of(args).contains("--reset");
        int stories = args.length > 1 && args[args.length - 1].matches("\\d+") ? Integer.parseInt(args[args.length - 1]) : DEFAULT_STORIES;
        requireLoopback(url);
        String user = System.getProperty("user", "claimwatch");
        String password = System.getProperty("password", "claimwatch");
        long started = System.nanoTime();
        Model model = new Model(stories);
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement sql = admin.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM article")) {
                rows.next();
                if (rows.getLong(1) > 0 && !reset) {
                    throw new IllegalStateException("the database already holds articles; pass --reset to empty the read model first");
                }
            }
            sql.execute("TRUNCATE " + String.join(", ", TABLES) + " RESTART IDENTITY CASCADE");
            sql.execute("UPDATE event_retention SET pruned_through = 0");
            List<String> indexes = secondaryIndexes(sql);
            for (String index : indexes) {
                sql.execute("DROP INDEX " + index.substring(index.indexOf("INDEX ") + 6, index.indexOf(" ON ")));
            }
            System.out.printf("emptied the read model, dropped %d secondary indexes for the load%n", indexes.size());

            Totals totals = model.count();
            System.out.printf("model: %,d stories, %,d articles, %,d claims, %,d facts, %,d conflicts, %,d events (%.1f s)%n",
                    stories, totals.articles, totals.claims, totals.facts, totals.conflicts, totals.events, seconds(started));

            pass(url, user, password, model, started, Map.of(
                    "outlet", "outlet (name, article_count, claim_count, story_count, first_count, alone_count, first_seen, last_seen)",
                    "entity", "entity (id, canonical, type, article_count, claim_count, first_seen, last_seen)",
                    "story", "story (id, title, article_count, outlet_count, fact_count, conflict_count, first_seen, last_seen, last_activity, top_entities, updated_at)"),
                    (story, out) -> story.writeStory(out.get("story")), copies -> model.writeOutletsAndEntities(copies.get("outlet"), copies.get("entity")));
            pass(url, user, password, model, started, Map.of(
                    "article", "article (id, url, outlet, title, author, published_at, ingested_at, language, text, duplicate_of, extractor, extractor_version, extracted_at, claim_count, updated_at, story_id, story_score, story_reason, cited_outlets)",
                    "fact", "fact (id, story_id, position, slot, status, outlet_count, first_outlet, first_article_id, first_reported_at, body)",
                    "conflict", "conflict (id, story_id, position, slot, body)",
                    "event", "event (type, story_id, payload, created_at)"),
                    (story, out) -> {
                        story.writeArticlesFactsConflicts(out.get("article"), out.get("fact"), out.get("conflict"));
                        story.writeEvents(out.get("event"));
                    }, copies -> { });
            pass(url, user, password, model, started, Map.of(
                    "claim", "claim (id, article_id, sentence_index, span_start, span_end, text, kind, modality, modality_cue, checkworthiness, attribution, facets, outlet, reported_at)"),
                    (story, out) -> story.writeClaims(out.get("claim")), copies -> { });
            pass(url, user, password, model, started, Map.of(
                    "claim_entity", "claim_entity (claim_id, entity_id, article_id)"),
                    (story, out) -> story.writeClaimEntities(out.get("claim_entity")), copies -> { });

            sql.execute("SET maintenance_work_mem = '256MB'");
            for (String index : indexes) {
                long t = System.nanoTime();
                sql.execute(index);
                System.out.printf("rebuilt %s (%.1f s)%n", index.substring(0, Math.min(90, index.length())), seconds(t));
            }
            for (String table : TABLES) {
                sql.execute("VACUUM ANALYZE " + table);
            }
            System.out.printf("done: indexes rebuilt, tables vacuumed and analysed (%.1f s in all)%n", seconds(started));
        }
    }

    interface StoryWriter {
        void write(Story story, Map<String, Copy> copies) throws IOException;
    }

    interface ExtraWriter {
        void write(Map<String, Copy> copies) throws IOException;
    }

    /** One pass: a COPY per table on its own connection (so tables without keys between them load together). */
    private static void pass(String url, String user, String password, Model model, long started, Map<String, String> targets,
            StoryWriter perStory, ExtraWriter extra) throws Exception {
        Map<String, Connection> connections = new LinkedHashMap<>();
        Map<String, Copy> copies = new LinkedHashMap<>();
        long t = System.nanoTime();
        try {
            for (Map.Entry<String, String> target : targets.entrySet()) {
                Connection connection = DriverManager.getConnection(url, user, password);
                connections.put(target.getKey(), connection);
                try (Statement sql = connection.createStatement()) {
                    sql.execute("SET synchronous_commit = off");
                }
                copies.put(target.getKey(), new Copy(connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + target.getValue() + " FROM STDIN")));
            }
            for (int s = 0; s < model.stories; s++) {
                perStory.write(model.story(s), copies);
                if ((s + 1) % 5_000 == 0) {
                    System.out.printf("  %s: %,d of %,d stories (%.1f s)%n", String.join("+", targets.keySet()), s + 1, model.stories, seconds(t));
                }
            }
            extra.write(copies);
            for (Map.Entry<String, Copy> copy : copies.entrySet()) {
                long rows = copy.getValue().end();
                System.out.printf("loaded %-12s %,11d rows (pass %.1f s, total %.1f s)%n", copy.getKey(), rows, seconds(t), seconds(started));
            }
        } finally {
            for (Connection connection : connections.values()) {
                connection.close();
            }
        }
    }

    private static List<String> secondaryIndexes(Statement sql) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("""
                SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                WHERE t.relname = ANY (ARRAY['article','claim','claim_entity','entity','story','story_feature','fact','conflict','outlet','event'])
                  AND t.relnamespace = 'public'::regnamespace
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""")) {
            while (rows.next()) {
                definitions.add(rows.getString(1));
            }
        }
        return definitions;
    }

    static void requireLoopback(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("expected jdbc:postgresql://127.0.0.1:PORT/DATABASE, got " + jdbcUrl);
        }
        String host = URI.create(jdbcUrl.substring(5)).getHost();
        if (host == null || !(host.startsWith("127.") || host.equals("localhost") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("the generator only writes to a database on loopback, not " + host);
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Row counts of the whole model. */
    static final class Totals {
        long articles;
        long claims;
        long facts;
        long conflicts;
        long events;
    }

    /** Names, entities and the per-story seeds; outlet and entity figures are summed in a counting pass. */
    static final class Model {

        final int stories;
        final String[] outlets = new String[OUTLETS];
        final String[] entityNames = new String[ENTITIES];
        final String[] entityTypes = new String[ENTITIES];
        final String[] entityIds = new String[ENTITIES];
        final long[][] entityFigures = new long[ENTITIES][4];
        final long[][] outletFigures = new long[OUTLETS][7];
        final int[] articlesPerStory;
        long eventCount;
        long eventsWritten;

        Model(int stories) throws NoSuchAlgorithmException {
            this.stories = stories;
            Random random = new Random(SEED);
            for (int i = 0; i < OUTLETS; i++) {
                outlets[i] = Words.OUTLET_PLACES[i % Words.OUTLET_PLACES.length] + " " + Words.OUTLET_KINDS[i / Words.OUTLET_PLACES.length % Words.OUTLET_KINDS.length];
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < ENTITIES; i++) {
                String type;
                String name;
                do {
                    int kind = random.nextInt(10);
                    if (kind < 5) {
                        type = "person";
                        name = pick(random, Words.FIRST_NAMES) + " " + (char) ('A' + random.nextInt(26)) + ". " + pick(random, Words.LAST_NAMES);
                    } else if (kind < 8) {
                        type = "organisation";
                        name = cap(pick(random, Words.ORG_WORDS)) + " " + cap(pick(random, Words.ORG_WORDS)) + " " + pick(random, Words.ORG_SUFFIXES);
                    } else {
                        type = "place";
                        name = pick(random, Words.PLACE_PREFIXES) + cap(pick(random, Words.PLACE_STEMS)) + pick(random, Words.PLACE_ENDINGS);
                    }
                } while (seen.putIfAbsent(type + "|" + name, i) != null); // about 63,000 distinct names to draw 20,000 from
                entityNames[i] = name;
                entityTypes[i] = type;
                byte[] digest = sha.digest((type + "|" + name.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
                entityIds[i] = hex(digest).substring(0, 16);
                entityFigures[i][2] = Long.MAX_VALUE;
            }
            // The first article of each story starts it; the others join stories at random, favouring some (big stories).
            articlesPerStory = new int[stories];
            java.util.Arrays.fill(articlesPerStory, 1);
            int extra = (int) Math.round(stories * (ARTICLES_PER_STORY - 1));
            for (int i = 0; i < extra; i++) {
                double r = random.nextDouble();
                articlesPerStory[(int) (stories * r * r)]++;
            }
            for (long[] figures : outletFigures) {
                figures[5] = Long.MAX_VALUE;
            }
            Story.MODEL = this;
            Story.OUTLET_NAMES = outlets;
        }

        Story story(int index) {
            return new Story(this, index);
        }

        Totals count() {
            Totals totals = new Totals();
            for (int s = 0; s < stories; s++) {
                Story story = story(s);
                totals.articles += story.articles.size();
                totals.facts += story.facts.size();
                totals.conflicts += story.conflicts.size();
                story.count(this);
                for (Story.Article article : story.articles) {
                    totals.claims += article.claims.size();
                }
            }
            totals.events = eventCount;
            return totals;
        }

        void writeOutletsAndEntities(Copy outlet, Copy entity) throws IOException {
            for (int i = 0; i < OUTLETS; i++) {
                long[] f = outletFigures[i];
                if (f[0] > 0) {
                    outlet.row(outlets[i], f[0], f[1], f[2], f[3], f[4], Instant.ofEpochSecond(f[5]), Instant.ofEpochSecond(f[6]));
                }
            }
            for (int i = 0; i < ENTITIES; i++) {
                long[] f = entityFigures[i];
                if (f[0] > 0) {
                    entity.row(entityIds[i], entityNames[i], entityTypes[i], f[0], f[1], Instant.ofEpochSecond(f[2]), Instant.ofEpochSecond(f[3]));
                }
            }
        }

        /** Event times spread evenly over the last six days in id order, so pruning during a benchmark finds nothing. */
        Instant nextEventTime() {
            return NOW.minus(EVENT_SPAN).plusMillis(EVENT_SPAN.toMillis() * eventsWritten++ / Math.max(1, eventCount));
        }
    }

    /** One story, regenerated identically from its seed on every pass. */
    static final class Story {

        record Claim(String id, int sentence, int start, int end, String text, String kind, String modality, String cue,
                double checkworthiness, String attribution, String facets, int[] entities, int slot, int valueIndex) {
        }

        record Article(String id, int outlet, Instant published, Instant ingested, String title, String author, String text,
                List<Claim> claims, String duplicateOf, String decision) {

            Instant reported() {
                return published != null ? published : ingested;
            }
        }

        record Fact(String id, int slot, int valueIndex, String status, List<Claim> support, List<Article> supportArticles, String body) {
        }

        record Conflict(String id, int slot, String body) {
        }

        final int index;
        final String id;
        final String title;
        final int[] entities;
        final List<Article> articles = new ArrayList<>();
        final List<Fact> facts = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();
        final String topic;

        Story(Model model, int index) {
            this.index = index;
            Random random = new Random(SEED * 1_000_003L + index);
            topic = pick(random, Words.TOPICS);
            entities = new int[4];
            for (int i = 0; i < entities.length; i++) {
                double r = random.nextDouble();
                entities[i] = (int) (ENTITIES * r * r * r);
            }
            Instant begins = START.plusSeconds((long) (random.nextDouble() * Duration.ofDays(58).toSeconds()));
            int count = model.articlesPerStory[index];
            int slots = 3 + random.nextInt(5);
            int[] slotKeys = new int[slots];
            double[] truth = new double[slots];
            double[] alternative = new double[slots];
            boolean disputed = random.nextInt(10) < 4;
            for (int k = 0; k < slots; k++) {
                slotKeys[k] = random.nextInt(Words.SLOTS.length);
                truth[k] = 5 + random.nextInt(995);
                alternative[k] = truth[k] * (random.nextBoolean() ? 1.5 : 0.6);
            }
            List<Map<Integer, List<Claim>>> bySlotValue = new ArrayList<>();
            for (int k = 0; k < slots; k++) {
                bySlotValue.add(new LinkedHashMap<>());
            }
            Map<Claim, Article> articleOf = new HashMap<>();
            for (int a = 0; a < count; a++) {
                String articleId = hex(random.nextLong(), random.nextLong());
                int outlet = random.nextInt(OUTLETS);
                Instant ingested = begins.plusSeconds(a == 0 ? 60 : random.nextInt(2 * 86_400));
                Instant published = random.nextInt(10) == 0 ? null : ingested.minusSeconds(300 + random.nextInt(3_000));
                String headline = cap(topic) + ": " + model.entityNames[entities[0]] + " " + pick(random, Words.HEADLINE_VERBS) + " " + pick(random, Words.NOUNS);
                int claimCount = CLAIMS_PER_ARTICLE + (a % 2 == 0 ? 1 : -1) * random.nextInt(9);
                List<Claim> claims = new ArrayList<>();
                StringBuilder text = new StringBuilder(headline).append("\n\n");
                for (int c = 0; c < claimCount; c++) {
                    int slot = c < slots && random.nextInt(10) < 7 ? c : -1;
                    int valueIndex = slot >= 0 && disputed && slot == 0 && a % 2 == 1 ? 1 : 0;
                    Claim claim = claim(model, random, c, text.length(), slot >= 0 ? slotKeys[slot] : -1, slot,
                            slot < 0 ? 0 : valueIndex == 0 ? truth[slot] : alternative[slot], valueIndex);
                    text.append(claim.text).append(' ');
                    if (random.nextInt(3) == 0) {
                        text.append(pick(random, Words.FILLER)).append(' ');
                    }
                    claims.add(claim);
                    if (slot >= 0) {
                        bySlotValue.get(slot).computeIfAbsent(valueIndex, v -> new ArrayList<>()).add(claim);
                    }
                }
                String duplicateOf = a > 0 && random.nextInt(20) == 0 ? articles.get(0).id : null;
                Article article = new Article(articleId, outlet, published, ingested, headline,
                        pick(random, Words.FIRST_NAMES) + " " + pick(random, Words.LAST_NAMES), text.toString().strip(), claims, duplicateOf,
                        a == 0 ? "started" : "joined");
                articles.add(article);
                claims.forEach(claim -> articleOf.put(claim, article));
            }
            id = articles.get(0).id;
            title = articles.get(0).title;
            for (int k = 0; k < slots; k++) {
                Map<Integer, List<Claim>> values = bySlotValue.get(k);
                List<String> factIds = new ArrayList<>();
                for (Map.Entry<Integer, List<Claim>> value : values.entrySet()) {
                    List<Article> supportArticles = value.getValue().stream().map(articleOf::get).toList();
                    long outlets = supportArticles.stream().mapToInt(Article::outlet).distinct().count();
                    String status = values.size() > 1 ? "disputed" : outlets >= 2 ? "corroborated" : "single-source";
                    String factId = hex(random.nextLong()).substring(0, 8) + hex(random.nextLong());
                    factIds.add(factId);
                    facts.add(new Fact(factId, slotKeys[k], value.getKey(), status, value.getValue(), supportArticles,
                            factBody(model, factId, slotKeys[k], status, value.getValue(), supportArticles)));
                }
                if (values.size() > 1) {
                    String conflictId = hex(random.nextLong()).substring(0, 8) + hex(random.nextLong());
                    conflicts.add(new Conflict(conflictId, slotKeys[k], conflictBody(model, conflictId, slotKeys[k], values, articleOf, factIds)));
                }
            }
        }

        private static Claim claim(Model model, Random random, int sentence, int start, int slotKey, int slot, double value, int valueIndex) {
            String speaker = model.entityNames[(int) (ENTITIES * Math.pow(random.nextDouble(), 3))];
            String kind;
            String text;
            String facets;
            if (slotKey >= 0) {
                String[] s = Words.SLOTS[slotKey];
                boolean money = s[2].equals("EUR");
                String display = money ? "€" + fmt(value) + " million" : fmt(value) + " " + s[2];
                kind = money ? "money" : "quantity";
                text = speaker + " said the " + s[1] + " was " + display + ", " + pick(random, Words.CLOSERS) + ".";
                facets = money
                        ? "{\"money\":[{\"text\":\"" + display + "\",\"amount\":" + fmt(value * 1e6) + ",\"currency\":\"EUR\"}],\"slots\":[{\"key\":\"" + s[0] + "\",\"facet\":\"money\",\"index\":0}]}"
                        : "{\"quantities\":[{\"text\":\"" + display + "\",\"value\":" + fmt(value) + ",\"unit\":\"" + s[2] + "\",\"key\":\"" + s[2] + "\"}],\"slots\":[{\"key\":\"" + s[0] + "\",\"facet\":\"quantity\",\"index\":0}]}";
            } else {
                int n = random.nextInt(2_000);
                kind = random.nextInt(4) == 0 ? "date" : "quantity";
                text = cap(pick(random, Words.NOUNS)) + " " + pick(random, Words.VERBS) + " " + n + " " + pick(random, Words.NOUNS) + " "
                        + pick(random, Words.PREPOSITIONS) + " " + pick(random, Words.NOUNS) + (kind.equals("date") ? " in " + (2015 + random.nextInt(12)) : "") + ".";
                facets = kind.equals("date")
                        ? "{\"dates\":[{\"text\":\"" + text.substring(text.length() - 5, text.length() - 1) + "\",\"value\":\"" + text.substring(text.length() - 5, text.length() - 1) + "\",\"granularity\":\"year\"}]}"
                        : "{\"quantities\":[{\"text\":\"" + n + "\",\"value\":" + n + "}]}";
            }
            boolean attributed = slotKey >= 0 || random.nextInt(10) < 3;
            String attribution = attributed ? "{\"speakers\":[\"" + speaker + "\"],\"role\":null,\"cue\":\"said\",\"kind\":\"indirect\"}" : null;
            String[] modality = random.nextInt(10) < 8 ? new String[] { "asserted", null } : random.nextBoolean() ? new String[] { "hedged", "may" } : new String[] { "conditional", "if" };
            int[] entities = slotKey >= 0 || random.nextBoolean() ? new int[] { (int) (ENTITIES * Math.pow(random.nextDouble(), 3)) } : new int[0];
            String id = hex(random.nextLong()).substring(0, 8) + hex(random.nextLong());
            return new Claim(id, sentence, start, start + text.length(), text, kind, modality[0], modality[1],
                    Math.round(random.nextDouble() * 100) / 100.0, attribution, facets, entities, slot, valueIndex);
        }

        private String factBody(Model model, String factId, int slotKey, String status, List<Claim> support, List<Article> articles) {
            String[] s = Words.SLOTS[slotKey];
            Article first = articles.get(0);
            for (Article article : articles) {
                if (article.reported().isBefore(first.reported())) {
                    first = article;
                }
            }
            StringBuilder body = new StringBuilder("{\"id\":\"").append(factId).append("\",\"statement\":").append(json(support.get(0).text))
                    .append(",\"slot\":\"").append(s[0]).append("\",\"label\":\"").append(s[1]).append("\",\"value\":")
                    .append(valueJson(support.get(0), s)).append(",\"status\":\"").append(status)
                    .append("\",\"outletCount\":").append(articles.stream().mapToInt(Article::outlet).distinct().count())
                    .append(",\"independentOutletCount\":").append(articles.stream().filter(a -> a.duplicateOf == null).mapToInt(Article::outlet).distinct().count())
                    .append(",\"firstReportedBy\":{\"outlet\":").append(json(model.outlets[first.outlet])).append(",\"articleId\":\"").append(first.id)
                    .append("\",\"publishedAt\":\"").append(first.reported()).append("\",\"citationChain\":[]},\"support\":[");
            for (int i = 0; i < support.size(); i++) {
                Claim claim = support.get(i);
                Article article = articles.get(i);
                body.append(i == 0 ? "" : ",").append("{\"claimId\":\"").append(claim.id).append("\",\"articleId\":\"").append(article.id)
                        .append("\",\"outlet\":").append(json(model.outlets[article.outlet])).append(",\"publishedAt\":\"").append(article.reported())
                        .append("\",\"text\":").append(json(claim.text)).append(",\"attribution\":").append(claim.attribution)
                        .append(",\"modality\":\"").append(claim.modality).append("\",\"syndicatedFrom\":")
                        .append(article.duplicateOf == null ? "null" : "\"" + article.duplicateOf + "\"").append(",\"citationChain\":[]}");
            }
            return body.append("]}").toString();
        }

        private String conflictBody(Model model, String conflictId, int slotKey, Map<Integer, List<Claim>> values, Map<Claim, Article> articleOf,
                List<String> factIds) {
            String[] s = Words.SLOTS[slotKey];
            StringBuilder body = new StringBuilder("{\"id\":\"").append(conflictId).append("\",\"slot\":\"").append(s[0])
                    .append("\",\"label\":\"").append(s[1]).append("\",\"values\":[");
            int i = 0;
            for (List<Claim> claims : values.values()) {
                body.append(i == 0 ? "" : ",").append("{\"value\":").append(valueJson(claims.get(0), s)).append(",\"qualifier\":null,\"outlets\":[");
                List<String> outlets = claims.stream().map(c -> model.outlets[articleOf.get(c).outlet]).distinct().toList();
                for (int o = 0; o < outlets.size(); o++) {
                    body.append(o == 0 ? "" : ",").append(json(outlets.get(o)));
                }
                body.append("],\"claims\":[");
                for (int c = 0; c < claims.size(); c++) {
                    body.append(c == 0 ? "" : ",").append('"').append(claims.get(c).id).append('"');
                }
                body.append("],\"factId\":\"").append(factIds.get(i)).append("\"}");
                i++;
            }
            return body.append("]}").toString();
        }

        private static String valueJson(Claim claim, String[] slot) {
            String display = claim.text.substring(claim.text.indexOf(" was ") + 5, claim.text.lastIndexOf(", "));
            String amount = display.replaceAll("[^0-9.]", "");
            return slot[2].equals("EUR")
                    ? "{\"kind\":\"money\",\"amount\":" + fmt(Double.parseDouble(amount) * 1e6) + ",\"unit\":\"EUR\",\"display\":" + json(display) + "}"
                    : "{\"kind\":\"number\",\"amount\":" + amount + ",\"unit\":\"" + slot[2] + "\",\"display\":" + json(display) + "}";
        }

        void count(Model model) {
            java.util.Set<Integer> outletsSeen = new java.util.HashSet<>();
            for (int a = 0; a < articles.size(); a++) {
                Article article = articles.get(a);
                long at = article.reported().getEpochSecond();
                long[] o = model.outletFigures[article.outlet];
                o[0]++;
                o[1] += article.claims.size();
                if (outletsSeen.add(article.outlet)) {
                    o[2]++;
                }
                o[5] = Math.min(o[5], at);
                o[6] = Math.max(o[6], at);
                java.util.Set<Integer> mentioned = new java.util.HashSet<>();
                for (Claim claim : article.claims) {
                    for (int e : claim.entities) {
                        long[] f = model.entityFigures[e];
                        f[1]++;
                        f[2] = Math.min(f[2], at);
                        f[3] = Math.max(f[3], at);
                        if (mentioned.add(e)) {
                            f[0]++;
                        }
                    }
                }
                model.eventCount += 2;
            }
            for (int f = 0; f < facts.size(); f++) {
                Fact fact = facts.get(f);
                Article first = fact.supportArticles.stream().min((x, y) -> x.reported().compareTo(y.reported())).orElseThrow();
                model.outletFigures[first.outlet][3]++;
                if (fact.status.equals("single-source")) {
                    model.outletFigures[first.outlet][4]++;
                }

            }
            model.eventCount += facts.size() + conflicts.size();
        }

        String eventPayload(int type, int item) {
            switch (type) {
                case 0: {
                    Article a = articles.get(item);
                    return "{\"articleId\":\"" + a.id + "\",\"storyId\":\"" + id + "\",\"outlet\":" + json(OUTLET_NAMES[a.outlet]) + ",\"title\":" + json(a.title)
                            + ",\"reportedAt\":\"" + a.reported() + "\",\"decision\":\"" + a.decision + "\"}";
                }
                case 1: {
                    Article a = articles.get(item);
                    return "{\"articleId\":\"" + a.id + "\",\"storyId\":\"" + id + "\",\"claimCount\":" + a.claims.size() + ",\"extractorVersion\":2}";
                }
                case 2:
                    return "{\"storyId\":\"" + id + "\",\"fact\":" + facts.get(item).body + "}";
                default:
                    return "{\"storyId\":\"" + id + "\",\"conflict\":" + conflicts.get(item).body + "}";
            }
        }

        static String[] OUTLET_NAMES;

        void writeStory(Copy story) throws IOException {
            Instant first = articles.get(0).reported();
            Instant last = first;
            Instant activity = articles.get(0).ingested;
            for (Article article : articles) {
                first = article.reported().isBefore(first) ? article.reported() : first;
                last = article.reported().isAfter(last) ? article.reported() : last;
                activity = article.ingested.isAfter(activity) ? article.ingested : activity;
            }
            StringBuilder top = new StringBuilder("[");
            for (int i = 0; i < 3; i++) {
                int e = entities[i];
                top.append(i == 0 ? "" : ",").append("{\"id\":\"").append(MODEL.entityIds[e]).append("\",\"name\":").append(json(MODEL.entityNames[e]))
                        .append(",\"type\":\"").append(MODEL.entityTypes[e]).append("\"}");
            }
            top.append(']');
            story.row(id, title, articles.size(), articles.stream().mapToInt(Article::outlet).distinct().count(), facts.size(), conflicts.size(),
                    first, last, activity, top.toString(), activity);
        }

        /** The events the write path would have logged for this story: each article and its claims, then facts and conflicts. */
        void writeEvents(Copy event) throws IOException {
            for (int a = 0; a < articles.size(); a++) {
                event.row("article", id, eventPayload(0, a), MODEL.nextEventTime());
                event.row("claims", id, eventPayload(1, a), MODEL.nextEventTime());
            }
            for (int f = 0; f < facts.size(); f++) {
                event.row("fact", id, eventPayload(2, f), MODEL.nextEventTime());
            }
            for (int c = 0; c < conflicts.size(); c++) {
                event.row("conflict", id, eventPayload(3, c), MODEL.nextEventTime());
            }
        }

        void writeArticlesFactsConflicts(Copy article, Copy fact, Copy conflict) throws IOException {
            for (Article a : articles) {
                String reason = "{\"decision\":\"" + a.decision + "\",\"score\":0.72,\"sharedEntities\":[" + json(MODEL.entityNames[entities[0]]) + "]}";
                article.row(a.id, "https://www." + OUTLET_NAMES[a.outlet].toLowerCase(Locale.ROOT).replace(" ", "") + ".example/" + topic.replace(' ', '-') + "/" + a.id.substring(0, 8),
                        OUTLET_NAMES[a.outlet], a.title, a.author, a.published, a.ingested, "en", a.text, a.duplicateOf, "structured", 2,
                        a.ingested.plusSeconds(2), a.claims.size(), a.ingested.plusSeconds(2), id, a.decision.equals("started") ? 1.0 : 0.72, reason, "{}");
            }
            for (int i = 0; i < facts.size(); i++) {
                Fact f = facts.get(i);
                Article first = f.supportArticles.stream().min((x, y) -> x.reported().compareTo(y.reported())).orElseThrow();
                fact.row(f.id, id, i, Words.SLOTS[f.slot][0], f.status, f.supportArticles.stream().mapToInt(Article::outlet).distinct().count(),
                        OUTLET_NAMES[first.outlet], first.id, first.reported(), f.body);
            }
            for (int i = 0; i < conflicts.size(); i++) {
                Conflict c = conflicts.get(i);
                conflict.row(c.id, id, i, Words.SLOTS[c.slot][0], c.body);
            }
        }

        void writeClaims(Copy claim) throws IOException {
            for (Article a : articles) {
                for (Claim c : a.claims) {
                    claim.row(c.id, a.id, c.sentence, c.start, c.end, c.text, c.kind, c.modality, c.cue, c.checkworthiness, c.attribution, c.facets,
                            OUTLET_NAMES[a.outlet], a.reported());
                }
            }
        }

        void writeClaimEntities(Copy claimEntity) throws IOException {
            for (Article a : articles) {
                for (Claim c : a.claims) {
                    for (int e : c.entities) {
                        claimEntity.row(c.id, MODEL.entityIds[e], a.id);
                    }
                }
            }
        }

        static Model MODEL;
    }

    /** A COPY in text format, buffered. */
    static final class Copy {

        private final CopyIn copy;
        private final StringBuilder line = new StringBuilder(4096);
        private byte[] buffer = new byte[1 << 20];
        private int used;
        private long rows;

        Copy(CopyIn copy) {
            this.copy = copy;
        }

        void row(Object... fields) throws IOException {
            line.setLength(0);
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                Object field = fields[i];
                if (field == null) {
                    line.append("\\N");
                } else {
                    String text = field.toString();
                    for (int c = 0; c < text.length(); c++) {
                        char ch = text.charAt(c);
                        switch (ch) {
                            case '\\' -> line.append("\\\\");
                            case '\t' -> line.append("\\t");
                            case '\n' -> line.append("\\n");
                            case '\r' -> line.append("\\r");
                            default -> line.append(ch);
                        }
                    }
                }
            }
            line.append('\n');
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            if (used + bytes.length > buffer.length) {
                flush();
                if (bytes.length > buffer.length) {
                    buffer = new byte[bytes.length];
                }
            }
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
            rows++;
        }

        private void flush() throws IOException {
            try {
                copy.writeToCopy(buffer, 0, used);
            } catch (SQLException e) {
                throw new IOException(e);
            }
            used = 0;
        }

        long end() throws IOException {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IOException(e);
            }
            return rows;
        }
    }

    static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String hex(long... values) {
        StringBuilder text = new StringBuilder();
        for (long value : values) {
            text.append(String.format("%016x", value));
        }
        return text.toString();
    }

    static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02x", b));
        }
        return text.toString();
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Vocabulary for names, headlines and claims. */
    static final class Words {
        static final String[] OUTLET_PLACES = { "Harbor", "Coastal", "Northern", "Capital", "Valley", "Metro", "Island", "Lakeside", "Mercantile", "Evening",
                "Morning", "Western", "Eastern", "Southern", "Highland", "River", "Central", "Union", "Summit", "Bay" };
        static final String[] OUTLET_KINDS = { "Times", "Courier" };
        static final String[] FIRST_NAMES = { "Fiona", "Priya", "Jane", "Marco", "Lena", "Tomas", "Aisha", "Daniel", "Ingrid", "Kofi", "Mei", "Rafael",
                "Sofia", "Omar", "Helen", "Lars", "Nadia", "Pedro", "Yuki", "Grace", "Ivan", "Amara", "Luca", "Zara", "Felix", "Rosa", "Erik", "Leila",
                "Hugo", "Anya", "Samuel", "Clara", "Mateo", "Elif", "Noah", "Ines", "Oscar", "Maya", "Victor", "Hana" };
        static final String[] LAST_NAMES = { "Hale", "Natarajan", "Doe", "Rossi", "Berg", "Novak", "Khan", "Okafor", "Lindqvist", "Mensah", "Chen",
                "Alvarez", "Petrov", "Haddad", "Murphy", "Larsen", "Farouk", "Silva", "Tanaka", "Osei", "Kowalski", "Diallo", "Bianchi", "Ahmed",
                "Weber", "Moreno", "Nilsson", "Karimi", "Dubois", "Ivanova", "Baptiste", "Fischer", "Herrera", "Yilmaz", "Walsh", "Costa", "Eriksen",
                "Patel", "Laurent", "Sato", "Brennan", "Gomez", "Schmidt", "Rahman", "Moretti", "Jensen", "Obi", "Park", "Novotny", "Quinn" };
        static final String[] ORG_WORDS = { "aldermoor", "marine", "engineering", "valderra", "harbour", "transit", "energy", "capital", "northwind",
                "atlas", "meridian", "crescent", "pioneer", "summit", "granite", "silverline", "bluewater", "ironbridge", "redwood", "solaris",
                "vanguard", "keystone", "horizon", "orchard", "beacon", "cobalt", "falcon", "harbourside", "lighthouse", "tidewater" };
        static final String[] ORG_SUFFIXES = { "Holdings", "Group", "Authority", "Ministry", "Council", "Bank", "Union", "Partners", "Institute", "Agency" };
        static final String[] PLACE_STEMS = { "puerto", "alder", "brook", "castle", "dun", "elm", "fair", "glen", "haver", "king", "lang", "mill",
                "new", "oak", "port", "ral", "stan", "thorn", "val", "west", "ash", "bel", "cor", "dray", "ever" };
        static final String[] PLACE_PREFIXES = { "", "North ", "South ", "East ", "West ", "Upper ", "Lower ", "Old " };
        static final String[] PLACE_ENDINGS = { "ton", "ford", "mouth", "ville", "bury", "haven", "field", "dale", "wick", "stead", "moor", "gate" };
        static final String[] TOPICS = { "ferry contract", "port expansion", "rail strike", "budget vote", "hospital funding", "wind farm",
                "bridge repairs", "school closures", "water tariffs", "airport runway", "mining licence", "housing plan", "fishing quotas",
                "tram line", "flood defences", "bank merger", "steel plant", "election recount", "tax reform", "drought measures" };
        static final String[] HEADLINE_VERBS = { "signs", "rejects", "delays", "approves", "defends", "questions", "announces", "cuts", "expands", "reviews" };
        static final String[] NOUNS = { "ferries", "vessels", "workers", "passengers", "contracts", "routes", "jobs", "homes", "patients", "schools",
                "turbines", "households", "trains", "bridges", "permits", "shares", "votes", "tonnes", "kilometres", "beds", "teachers", "nurses",
                "engineers", "suppliers", "tenants", "farmers", "drivers", "students", "inspectors", "containers", "berths", "cranes", "buses",
                "pensions", "subsidies", "loans", "bonds", "claims", "complaints", "delays" };
        static final String[] VERBS = { "added", "cut", "hired", "lost", "built", "ordered", "moved", "carried", "replaced", "inspected", "approved",
                "rejected", "funded", "delayed", "closed", "opened", "repaired", "counted", "reported", "expected" };
        static final String[] PREPOSITIONS = { "across", "for", "near", "beyond", "within", "after", "before", "under" };
        static final String[] CLOSERS = { "according to the annual report", "officials confirmed", "up from last year", "the highest on record",
                "below earlier estimates", "analysts noted", "in line with the tender", "the union said", "auditors found", "the minister added" };
        static final String[] FILLER = { "The talks continue.", "Critics were not convinced.", "Shares rose in early trading.", "Opposition leaders called for an inquiry.",
                "The details were not disclosed.", "Residents welcomed the news.", "A spokesperson declined to comment." };
        static final String[][] SLOTS = {
                { "contract.value", "contract value", "EUR" }, { "vessel.count", "number of vessels", "vessels" }, { "worker.count", "number of workers", "workers" },
                { "budget.total", "total budget", "EUR" }, { "job.count", "number of jobs", "jobs" }, { "passenger.count", "passengers a year", "passengers" },
                { "home.count", "number of homes", "homes" }, { "cost.overrun", "cost overrun", "EUR" }, { "route.count", "number of routes", "routes" },
                { "bed.count", "hospital beds", "beds" }, { "turbine.count", "number of turbines", "turbines" }, { "fine.amount", "fine", "EUR" },
                { "loan.amount", "loan", "EUR" }, { "vote.count", "votes cast", "votes" }, { "tonne.count", "tonnes shipped", "tonnes" },
                { "school.count", "schools affected", "schools" }, { "household.count", "households affected", "households" },
                { "subsidy.amount", "subsidy", "EUR" }, { "train.count", "trains cancelled", "trains" }, { "teacher.count", "teachers hired", "teachers" } };
    }

}
