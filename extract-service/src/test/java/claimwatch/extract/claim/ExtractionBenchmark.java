package claimwatch.extract.claim;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import claimwatch.extract.attribution.AttributionExtractor;
import claimwatch.extract.date.DateExtractor;
import claimwatch.extract.entity.ArticleEntities;
import claimwatch.extract.entity.EntityExtractor;
import claimwatch.extract.modality.ModalityClassifier;
import claimwatch.extract.money.MoneyExtractor;
import claimwatch.extract.quantity.QuantityExtractor;
import claimwatch.extract.sentence.Sentence;
import claimwatch.extract.sentence.SentenceSplitter;

/**
 * Articles per second of the claim extractor on one thread, over the sample and gold-set articles (300 to 700
 * words, joined two by two into 600 to 900 word articles unless the third argument is "single"), and the time of each
 * stage. A harness, not a test: run it as documented in BENCHMARKS.md. Arguments: rounds, passes, [single].
 */
public final class ExtractionBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-03-12T09:00:00+01:00");
    private static final String ID = "0".repeat(32);

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        // The gold articles run 300 to 700 words; joined two by two they make the 600 to 900 word articles of the target.
        List<String> articles = args.length > 2 && args[2].equals("single") ? articles() : joinedInPairs(articles());
        long words = articles.stream().mapToLong(text -> text.split("\\s+").length).sum();
        System.out.printf(Locale.ROOT, "%d articles, %.0f words on average, %d rounds of %d passes%n", articles.size(),
                (double) words / articles.size(), rounds, passes);
        StructuredClaimExtractor extractor = StructuredClaimExtractor.standard();
        measure("warm-up", articles, 3, passes, text -> extractor.extract(ID, text, PUBLISHED));
        measure("extractor", articles, rounds, passes, text -> extractor.extract(ID, text, PUBLISHED));

        SentenceSplitter splitter = new SentenceSplitter();
        List<List<Sentence>> split = articles.stream().map(splitter::split).toList();
        MoneyExtractor money = new MoneyExtractor();
        QuantityExtractor quantities = new QuantityExtractor();
        DateExtractor dates = new DateExtractor();
        EntityExtractor entities = new EntityExtractor();
        AttributionExtractor attributions = new AttributionExtractor();
        ModalityClassifier modality = new ModalityClassifier();
        List<ArticleEntities> named = split.stream().map(entities::extract).toList();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            indexes.add(i);
        }
        stage("sentence split", indexes, passes, i -> splitter.split(articles.get(i)));
        stage("money", indexes, passes, i -> split.get(i).forEach(s -> money.extract(s.text())));
        stage("quantities", indexes, passes, i -> split.get(i).forEach(s -> quantities.extract(s.text())));
        stage("dates", indexes, passes, i -> split.get(i).forEach(s -> dates.extract(s.text(), PUBLISHED)));
        stage("entities", indexes, passes, i -> entities.extract(split.get(i)));
        stage("attribution", indexes, passes, i -> attributions.attribute(split.get(i), named.get(i)));
        stage("modality", indexes, passes, i -> split.get(i).forEach(s -> modality.classify(s.text())));
    }

    private static void measure(String label, List<String> articles, int rounds, int passes, Consumer<String> work) {
        for (int round = 0; round < rounds; round++) {
            long cpu = CPU.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int pass = 0; pass < passes; pass++) {
                articles.forEach(work);
            }
            double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            long count = (long) articles.size() * passes;
            System.out.printf(Locale.ROOT, "%-10s round %d: %,.0f articles per CPU-second (%.3f ms/article), %,.0f per wall second%n",
                    label, round + 1, count / cpuSeconds, cpuSeconds * 1000 / count, count / wallSeconds);
        }
    }

    private static void stage(String label, List<Integer> articles, int passes, Consumer<Integer> work) {
        for (int warm = 0; warm < passes / 4; warm++) {
            articles.forEach(work);
        }
        long cpu = CPU.getCurrentThreadCpuTime();
        for (int pass = 0; pass < passes; pass++) {
            articles.forEach(work);
        }
        double perArticle = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6 / ((long) articles.size() * passes);
        System.out.printf(Locale.ROOT, "  stage %-15s %.4f ms/article%n", label, perArticle);
    }

    private static List<String> joinedInPairs(List<String> texts) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i + 1 < texts.size(); i += 2) {
            joined.add(texts.get(i) + "\n\n" + texts.get(i + 1));
        }
        return joined;
    }

    private static List<String> articles() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(Path.of("samples/articles"), Path.of("extract-service/src/test/resources/gold/texts"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        return texts;
    }
}
