package claimwatch.extract.attribution;

import java.util.HashSet;
import java.util.Set;

import claimwatch.extract.entity.Lexicon;

/** The verbs that introduce what someone says, writes or finds. */
final class ReportingVerbs {

    /** Verbs of speech that take a quote, a that-clause or the information itself. */
    private static final Set<String> SPEECH = Lexicon.of("said", "says", "say", "told", "tells", "tell", "added", "adds",
            "warned", "warns", "warn", "claimed", "claims", "claim", "argued", "argues", "argue", "insisted",
            "insists", "insist", "estimated", "estimates", "estimate", "confirmed", "confirms", "confirm",
            "announced", "announces", "announce", "denied", "denies", "deny", "wrote", "writes", "write",
            "reported", "reports", "report", "explained", "explains", "declared", "declares", "stated",
            "replied", "recalled", "recalls", "admitted", "admits", "admit", "acknowledged", "acknowledges",
            "joked", "laughed", "fumed", "blasted", "urged", "predicted", "predicts", "promised", "promises",
            "alleged", "alleges", "allege", "disclosed", "discloses", "described", "describes", "stressed",
            "emphasised", "emphasized", "conceded", "concedes", "asked", "asks", "suggested", "suggests",
            "countered", "quipped", "continued", "cautioned", "saying", "telling", "claiming",
            "alleging", "warning", "arguing", "insisting", "reporting", "writing", "adding");

    /** Verbs that report only when a clause follows: "found that costs rose", not "found four pairs". */
    private static final Set<String> NEEDS_CLAUSE = Lexicon.of("found", "finds", "find", "calculated", "calculates",
            "considered", "considers", "concluded", "concludes", "believes", "believe", "thinks", "think",
            "noted", "notes");

    /** Participles that attach a report to the noun before them: "an online report claiming ...". */
    private static final Set<String> PARTICIPLES = Lexicon.of("saying", "claiming", "alleging", "warning", "arguing",
            "insisting", "reporting", "suggesting", "stating");

    /** Verbs that, after a comma or a closing quote, may come before their speaker: '," said Lopez'. */
    private static final Set<String> INVERTING = Lexicon.of("said", "says", "added", "adds", "explained", "declared",
            "warned", "wrote", "writes", "asked", "replied", "continued", "insisted", "admitted", "recalled",
            "noted", "joked", "laughed", "fumed", "stated", "argued", "claimed", "countered", "quipped");

    /** Verbs that report only for an outlet: "Some reports put the value at €520m". */
    private static final Set<String> OUTLET_ONLY = Lexicon.of("put", "puts", "valued", "values");

    /** Verbs that report only quoted words: 'called the signing "premature"'. */
    private static final Set<String> QUOTE_ONLY = Lexicon.of("called", "calls", "branded", "brands", "labelled",
            "labeled", "dubbed");

    private static final Set<String> ALL = union(SPEECH, NEEDS_CLAUSE, OUTLET_ONLY, QUOTE_ONLY);

    private ReportingVerbs() {
    }

    static boolean isCue(String lower) {
        return ALL.contains(lower);
    }

    static boolean isQuoteOnly(String lower) {
        return QUOTE_ONLY.contains(lower);
    }

    static boolean isOutletOnly(String lower) {
        return OUTLET_ONLY.contains(lower);
    }

    static boolean needsClause(String lower) {
        return NEEDS_CLAUSE.contains(lower);
    }

    static boolean isParticiple(String lower) {
        return PARTICIPLES.contains(lower);
    }

    static boolean inverts(String lower) {
        return INVERTING.contains(lower);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }
}
