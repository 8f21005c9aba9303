package claimwatch.api.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a group into a fact: its supports with syndication and citation chains, the outlets it counts, its value and
 * who reported it first.
 *
 * <p>How claims count: a claim in the outlet's own voice counts for that outlet. A syndicated copy (a near-duplicate
 * of another article) is listed with {@code syndicatedFrom} and counts for the outlet it copies, so it never adds an
 * independent outlet. A claim reporting another outlet's figure ("The Daily Klaxon reported €520 million",
 * "according to Meridian Wire") counts for the end of its citation chain, never for the citing outlet: a fact check
 * quoting a figure to debunk it does not support it. A claim reporting an unnamed source's figure ("some reports")
 * counts for nobody; it is listed as support only beside a fact some outlet reports.
 */
final class FactBuilder {

    static final Comparator<Support> BY_TIME = Comparator
            .comparing(Support::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Support::articleId)
            .thenComparing(Support::claimId);

    /** A group with everything the fact and its conflicts need. */
    record Built(FactGroup group, String id, FactValue value, List<Support> support, List<String> outlets, int independentCount,
            FirstReport firstReport) {
    }

    private final String storyId;
    private final Map<String, String> outletOfArticle;

    FactBuilder(String storyId, Map<String, String> outletOfArticle) {
        this.storyId = storyId;
        this.outletOfArticle = outletOfArticle;
    }

    /** Null when no outlet stands behind the group. */
    Built build(FactGroup group) {
        CitationChains chains = new CitationChains(group);
        Map<String, String> outlets = new TreeMap<>();
        TreeSet<String> independent = new TreeSet<>();
        List<Support> supports = new ArrayList<>();
        List<Support> ownVoice = new ArrayList<>();
        for (Observation member : group.members) {
            List<String> chain = chains.chain(member);
            String credited = member.citing() ? (chain.size() > 1 ? chain.get(chain.size() - 1) : member.creditedOutlet()) : member.outlet();
            Support support = support(member, chain);
            supports.add(support);
            if (!member.citing()) {
                ownVoice.add(support);
            }
            if (credited == null) {
                continue;
            }
            outlets.putIfAbsent(OutletNames.key(credited), credited);
            independent.add(independenceKey(member, credited));
        }
        if (outlets.isEmpty()) {
            return null;
        }
        supports.sort(BY_TIME);
        FactValue value = representative(group);
        String id = FactIds.of(storyId, group.slot.slot(), FactIds.canonical(value));
        Support first = (ownVoice.isEmpty() ? supports : ownVoice).stream().min(BY_TIME).orElseThrow();
        FirstReport firstReport = new FirstReport(first.outlet(), first.articleId(), first.publishedAt(), first.citationChain());
        return new Built(group, id, value, List.copyOf(supports), List.copyOf(outlets.values()), independent.size(), firstReport);
    }

    private String independenceKey(Observation member, String credited) {
        if (member.citing() || member.syndicatedFrom() == null) {
            return OutletNames.key(credited);
        }
        String original = outletOfArticle.get(member.syndicatedFrom());
        return original != null ? OutletNames.key(original) : "copy of " + member.syndicatedFrom();
    }

    private static Support support(Observation member, List<String> chain) {
        StoryClaim source = member.source();
        String modality = source.claim().modality() == null ? "asserted" : source.claim().modality().value();
        return new Support(member.claimId(), member.articleId(), member.outlet(), member.reportedAt(), source.claim().text(),
                source.claim().attribution(), modality, member.syndicatedFrom(), chain);
    }

    /** The value most sources wrote (ties: the most precise, then the smaller); stable as similar reports arrive. */
    private static FactValue representative(FactGroup group) {
        Map<String, TreeSet<String>> sourcesByValue = new LinkedHashMap<>();
        Map<String, Observation> narrowestByValue = new LinkedHashMap<>();
        for (Observation member : group.members) {
            String key = FactIds.canonical(member.value());
            sourcesByValue.computeIfAbsent(key, k -> new TreeSet<>()).add(member.creditedOutlet() == null ? "" : OutletNames.key(member.creditedOutlet()));
            narrowestByValue.merge(key, member, (a, b) -> b.range().width() < a.range().width()
                    || b.range().width() == a.range().width() && b.claimId().compareTo(a.claimId()) < 0 ? b : a);
        }
        return narrowestByValue.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Observation>>comparingInt(e -> -sourcesByValue.get(e.getKey()).size())
                        .thenComparingDouble(e -> e.getValue().range().width())
                        .thenComparingDouble(e -> e.getValue().range().point())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getValue().value();
    }
}
