package claimwatch.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

import claimwatch.extract.date.DateExtractor;
import claimwatch.extract.money.MoneyExtractor;
import claimwatch.extract.number.NumberParser;
import claimwatch.extract.number.Tokens;

/**
 * Times the four numeric extractors together on a synthetic 650-word news article and prints the cost per article.
 * It checks what they find, not how fast they are: timings on a shared machine vary too much to assert.
 */
class NumericExtractorsBenchmarkTest {

    private static final int ARTICLE_WORDS = 650;
    private static final int WARM_UP_ARTICLES = 400;
    private static final int MEASURED_ARTICLES = 400;
    private static final int ROUNDS = 5;
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-03-12T09:00:00+01:00");

    // About one sentence in two carries a number, as in the sample coverage.
    private static final List<String> SENTENCES = List.of(
            "The regional government signed a \u20ac430 million contract with the shipbuilder on Monday.",
            "Officials said the deal would secure work at the yard for years to come.",
            "It covers six new hybrid-electric ferries and the refit of nine older vessels.",
            "The opposition said the price had not been explained to parliament.",
            "Each vessel will carry up to 600 passengers and twice as many cars as the ship it replaces.",
            "The audit chamber published a 600-page report last week that found costs had risen 23% since 2021.",
            "Critics say the tender attracted only two bids when it closed on Oct. 3 last year.",
            "The minister told reporters that the islands had waited long enough.",
            "About \u20ac120 million is expected to come from EU recovery funds, with the rest from a loan.",
            "The first ferry will enter service in 2027 and the last by 2030, the ministry said.",
            "Analysts warned that fixed-price contracts tend to shift risk on to the builder.",
            "Aldermoor shares rose 4.1% in London, taking their gain since the start of the year to 19%.",
            "A separate ten-year service agreement worth about $98m is still being negotiated.",
            "Islanders interviewed by the paper were split on whether the plan would work.",
            "The operator carries about 4.5 million passengers a year on a dozen routes.",
            "Union representatives say at least 300 jobs depend on the work at the yard.",
            "The vote is set for 18 April 2024, the speaker announced on Friday.",
            "The company said it had not received any advance payment.",
            "The new designs are expected to burn around 40 per cent less fuel than the current ships.",
            "It could take five to seven years to renew the whole fleet, an economist said.");

    private final NumberParser numbers = new NumberParser();
    private final MoneyExtractor money = new MoneyExtractor();
    private final DateExtractor dates = new DateExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();

    private static List<String> article() {
        List<String> article = new ArrayList<>();
        int words = 0;
        for (int k = 0; words < ARTICLE_WORDS; k++) {
            String sentence = SENTENCES.get(k % SENTENCES.size());
            article.add(sentence);
            words += sentence.split("\\s+").length;
        }
        return article;
    }

    private int withStrings(List<String> article) {
        int found = 0;
        for (String sentence : article) {
            found += numbers.find(sentence).size() + money.extract(sentence).size()
                    + dates.extract(sentence, PUBLISHED).size() + quantities.extract(sentence).size();
        }
        return found;
    }

    private int withSharedTokens(List<String> article) {
        int found = 0;
        for (String sentence : article) {
            Tokens tokens = Tokens.of(sentence);
            found += numbers.find(tokens).size() + money.extract(tokens).size()
                    + dates.extract(tokens, PUBLISHED).size() + quantities.extract(tokens).size();
        }
        return found;
    }

    @Test
    void printsTheCostPerArticle() {
        List<String> article = article();
        int expected = withStrings(article);
        assertEquals(expected, withSharedTokens(article));
        assertTrue(expected > article.size(), "found " + expected);
        assertTrue(quantities.extract(article.get(2)).size() == 2 && money.extract(article.get(0)).size() == 1);

        double strings = perArticle(article, this::withStrings);
        double shared = perArticle(article, this::withSharedTokens);
        System.out.printf("numeric extractors, %d-word article of %d sentences: %.0f us with String calls, %.0f us with one"
                + " Tokens per sentence (CPU time, best of %d rounds of %d articles)%n", ARTICLE_WORDS, article.size(), strings,
                shared, ROUNDS, MEASURED_ARTICLES);
    }

    /** Microseconds of CPU time per article, best of several rounds after a warm-up. */
    private static double perArticle(List<String> article, ToIntFunction<List<String>> run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int k = 0; k < WARM_UP_ARTICLES; k++) {
            sink += run.applyAsInt(article);
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int k = 0; k < MEASURED_ARTICLES; k++) {
                sink += run.applyAsInt(article);
            }
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        assertTrue(sink > 0);
        return best / 1e3 / MEASURED_ARTICLES;
    }
}
