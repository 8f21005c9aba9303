package claimwatch.api.fact;

import java.util.List;
import java.util.Set;

/** Prints the sample story's facts and conflicts, for a person reviewing the analysis (not a test). */
public final class AnalysisDump {

    public static void main(String[] args) {
        var messages = SampleStory.messages();
        StoryAnalysis analysis = new FactAnalyzer().analyze("story", SampleStory.claims(messages, SampleStory.FERRY),
                Set.of("Meridian Wire", "The Daily Klaxon", "The Mercantile Journal", "El Faro de Valderra", "The Alba Coast Courier"));
        for (Fact fact : analysis.facts()) {
            System.out.printf("%-13s %2d/%2d %-28s %s  first=%s chain=%s%n", fact.status(), fact.outletCount(), fact.independentOutletCount(),
                    fact.slot(), fact.statement(), fact.firstReportedBy().outlet(), fact.firstReportedBy().citationChain());
            if (args.length > 0) {
                fact.support().forEach(s -> System.out.printf("      %s %s synd=%s chain=%s | %s%n", s.outlet(), s.modality(), s.syndicatedFrom(),
                        s.citationChain(), s.text().substring(0, Math.min(90, s.text().length()))));
            }
        }
        for (Conflict conflict : analysis.conflicts()) {
            System.out.println("CONFLICT " + conflict.slot() + " " + conflict.label());
            for (Conflict.Value value : conflict.values()) {
                System.out.println("   " + value.value().display() + " " + value.outlets() + " " + value.claims().size());
            }
        }
    }

    static List<String> unused() {
        return List.of();
    }
}
