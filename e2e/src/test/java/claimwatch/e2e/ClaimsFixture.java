package claimwatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import claimwatch.testing.SeededIds;

/**
 * Realistic {@code claims} records in any number, made from the real extractor output of the 15 sample articles
 * (api-service/src/test/resources/samples/claims.jsonl): fresh article and claim ids, outlets and times varied, a
 * coverage round of 15 articles every four years, farther apart than the clusterer's window (three years), so that a
 * round is its own stories and not part of one endless one; now and then a newer extractor version of an earlier
 * article (half its claims) and a stale redelivery. The same seed gives the same records in the same order.
 */
final class ClaimsFixture {

    /** One record for the topic. */
    record Record(String key, String value, int claims) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("..", "api-service", "src", "test", "resources", "samples", "claims.jsonl");
    private static final List<String> EXTRA_OUTLETS = List.of("Harbor Times", "Coastline Daily", "Valderra Today", "North Sea Shipping News",
            "The Ledger", "Puerto Alba Post", "Maritime Monitor", "Island Radio");

    private static final Duration ROUND_GAP = Duration.ofDays(4 * 366);

    private final List<ObjectNode> samples = new ArrayList<>();
    private final String seed;
    private final Instant start;

    ClaimsFixture(String seed, Instant start) {
        this.seed = seed;
        this.start = start;
        try {
            for (String line : Files.readAllLines(SAMPLES.toAbsolutePath().normalize(), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    samples.add((ObjectNode) JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} records: new articles, with a newer version of an earlier one every 40 and a stale repeat every 60. */
    List<Record> records(int count) {
        List<Record> records = new ArrayList<>();
        List<ObjectNode> articles = new ArrayList<>();
        for (int i = 0; records.size() < count; i++) {
            ObjectNode article = article(i);
            articles.add(article);
            records.add(record(article));
            if (i % 40 == 39 && records.size() < count) {
                records.add(record(newerVersion(articles.get(i - 17))));
            }
            if (i % 60 == 59 && records.size() < count) {
                records.add(record(articles.get(i - 31)));
            }
        }
        return records;
    }

    private ObjectNode article(int index) {
        ObjectNode message = samples.get(index % samples.size()).deepCopy();
        ObjectNode article = (ObjectNode) message.get("article");
        String id = SeededIds.hex(seed + "/" + index, 32);
        message.put("articleId", id);
        article.put("id", id);
        article.put("url", article.path("url").asText() + "?n=" + index);
        article.putNull("duplicateOf");
        if (index % 3 == 1) {
            List<String> outlets = new ArrayList<>(EXTRA_OUTLETS);
            samples.forEach(sample -> outlets.add(sample.get("article").get("outlet").asText()));
            article.put("outlet", outlets.get((index * 7) % outlets.size()));
        }
        Instant round = start.plus(ROUND_GAP.multipliedBy(index / samples.size()));
        Instant published = round.plus(Duration.ofMinutes(11L * (index % samples.size())));
        article.put("ingestedAt", published.plus(Duration.ofSeconds(90 + index % 50)).toString());
        if (index % 10 == 7) {
            article.putNull("publishedAt");
        } else {
            article.put("publishedAt", published.toString());
        }
        for (JsonNode claim : message.get("claims")) {
            ((ObjectNode) claim).put("id", SeededIds.hex(id + claim.get("id").asText(), 24));
        }
        return message;
    }

    private static ObjectNode newerVersion(ObjectNode message) {
        ObjectNode newer = message.deepCopy();
        newer.put("extractorVersion", message.get("extractorVersion").asInt() + 1);
        ArrayNode claims = (ArrayNode) newer.get("claims");
        while (claims.size() > Math.max(1, message.get("claims").size() / 2)) {
            claims.remove(claims.size() - 1);
        }
        return newer;
    }

    private static Record record(ObjectNode message) {
        try {
            return new Record(message.get("articleId").asText(), JSON.writeValueAsString(message), message.get("claims").size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
