package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import claimwatch.extract.entity.ArticleEntities;
import claimwatch.extract.entity.EntityExtractor;
import claimwatch.extract.modality.ModalityClassifier;
import claimwatch.extract.sentence.Sentence;
import claimwatch.extract.sentence.SentenceSplitter;

/**
 * Prints how long entities, attribution and modality take together for one 650-word article, in CPU time of the
 * measuring thread (wall time on a shared machine measures the neighbours). Every round gets fresh sentence strings,
 * as a new article would, so the tokenizer's memory of recent sentences does not flatter the figure. It measures,
 * it does not judge: the figure depends on the machine; only the shape of the output is checked.
 */
class ClaimFacetsBenchmarkTest {

    private static final int TARGET_WORDS = 650;
    private static final int WARM_UP = 2_000;
    private static final int ROUNDS = 7;
    private static final int PER_ROUND = 500;

    private final EntityExtractor entities = new EntityExtractor();
    private final AttributionExtractor attributions = new AttributionExtractor();
    private final ModalityClassifier modality = new ModalityClassifier();

    @Test
    void timePerArticle() {
        List<Sentence> sentences = new SentenceSplitter().split(article());
        long words = sentences.stream().mapToLong(s -> s.text().split("\\s+").length).sum();
        int checksum = 0;
        for (int i = 0; i < WARM_UP; i++) {
            checksum += run(fresh(sentences));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] rounds = new double[ROUNDS][];
        for (int round = 0; round < ROUNDS; round++) {
            List<List<Sentence>> articles = new ArrayList<>(PER_ROUND);
            for (int i = 0; i < PER_ROUND; i++) {
                articles.add(fresh(sentences));
            }
            long[] nanos = new long[3];
            for (List<Sentence> article : articles) {
                long start = threads.getCurrentThreadCpuTime();
                ArticleEntities found = entities.extract(article);
                long afterEntities = threads.getCurrentThreadCpuTime();
                List<Optional<Attribution>> said = attributions.attribute(article, found);
                long afterAttribution = threads.getCurrentThreadCpuTime();
                for (Sentence sentence : article) {
                    checksum += modality.classify(sentence.text()).value().ordinal();
                }
                long end = threads.getCurrentThreadCpuTime();
                nanos[0] += afterEntities - start;
                nanos[1] += afterAttribution - afterEntities;
                nanos[2] += end - afterAttribution;
                checksum += said.size();
            }
            rounds[round] = new double[] {micros(nanos[0]), micros(nanos[1]), micros(nanos[2]),
                micros(nanos[0] + nanos[1] + nanos[2])};
        }
        Arrays.sort(rounds, Comparator.comparingDouble(round -> round[3]));
        double[] best = rounds[0];
        double[] median = rounds[ROUNDS / 2];
        System.out.printf("claim facets, %d words, %d sentences, CPU µs per article, best of %d rounds of %d: "
                + "entities %.1f, attribution %.1f, modality %.1f, total %.1f; median round total %.1f "
                + "(checksum %d)%n", words, sentences.size(), ROUNDS, PER_ROUND, best[0], best[1], best[2], best[3],
                median[3], checksum);
        assertEquals(sentences.size(), attributions.attribute(sentences, entities.extract(sentences)).size());
    }

    private int run(List<Sentence> sentences) {
        ArticleEntities found = entities.extract(sentences);
        int total = attributions.attribute(sentences, found).size();
        for (Sentence sentence : sentences) {
            total += modality.classify(sentence.text()).value().ordinal();
        }
        return total;
    }

    /** The same sentences in new strings, as the next article would bring. */
    private static List<Sentence> fresh(List<Sentence> sentences) {
        List<Sentence> copy = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            copy.add(new Sentence(sentence.index(), new String(sentence.text()), sentence.start(), sentence.end()));
        }
        return copy;
    }

    private static double micros(long nanos) {
        return nanos / 1_000.0 / PER_ROUND;
    }

    /** A news article of about 650 words with the constructions the rules look for. */
    static String article() {
        String[] paragraphs = {
            "Harbour authority signs €310 million dredging deal with Nordvik Marine Group",
            "PORT SELVA, Valmora (Harbor Times) — The Port Selva Harbour Authority on Tuesday signed a €310 million "
                    + "contract with Nordvik Marine Group to deepen the main channel and rebuild four berths, the "
                    + "largest works at the port since 1998.",
            "\"This is the investment the port has waited twenty years for. The ships are bigger and we must keep up,\" "
                    + "said Elsa Marquez, the authority's chief executive, at the signing ceremony.",
            "The work will start in June and should be finished by 2028, Marquez said in an interview after the "
                    + "signing. Each berth will take ships of up to 14,000 containers, according to figures published "
                    + "by the authority.",
            "The city's audit office warned last month that the cost had risen 18% since a 2021 estimate of €262 "
                    + "million and that only two firms had bid. The auditors found that the tender had been rushed.",
            "Tomas Varga, senior fellow for port economics at the Institute for Maritime Studies (IMS), said the price "
                    + "was high but not unusual. \"Dredging is always a gamble. Nobody knows what is under the silt "
                    + "until the barges arrive,\" Varga said. \"The contract has no cap on extra work.\"",
            "Varga and his colleague Ana Ruiz wrote in an IMS paper in January that European port projects had "
                    + "overrun by an average of 21% over the past decade.",
            "Nordvik chief executive Lars Holm said the company would hire at least 250 people locally. He said "
                    + "the order lifts Nordvik's order book to about €1.9bn.",
            "According to Harbor Times, the authority may still renegotiate the penalty clauses. The Selva Courier "
                    + "reported, citing two officials familiar with the talks, that the vote could slip to October.",
            "If the city council does not approve the loan, the works would be delayed by at least a year, "
                    + "officials in the region said. Opposition councillor Rita Oms called the deal \"reckless\" and "
                    + "said her party would demand every page of the bid documents.",
            "A spokeswoman for Elsa Marquez said no payment had been made to Nordvik before the signing. "
                    + "\"Nothing has been paid, and nothing will be paid until the council votes,\" she said.",
            "Fishermen from the old harbour were split. Pere Sola, 61, a trawler skipper, said: \"The channel silts "
                    + "up every winter. I don't care who digs it, as long as it stays open.\"",
            "The council is expected to vote on the loan next month. Residents shared an online report claiming the "
                    + "deal was worth €400 million, a figure the authority says is wrong.",
            "Shares in Nordvik rose 3.2% in Oslo on Tuesday, taking their gain this year to 11%. Analysts at "
                    + "Fjord Securities said the margin on the contract was thin and could shrink if fuel prices rose."
        };
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (int round = 0; words < TARGET_WORDS; round++) {
            for (String paragraph : paragraphs) {
                if (words >= TARGET_WORDS) {
                    break;
                }
                text.append(round == 0 ? paragraph : paragraph.replace("Marquez", "Marquez" + round)).append("\n\n");
                words += paragraph.split("\\s+").length;
            }
        }
        return text.toString();
    }
}
