package claimwatch.extract.attribution;

/** Where clauses open in a sentence, and which of them are subordinate. */
final class Clauses {

    private static final int REPORTED_THAT_WINDOW = 6;

    private Clauses() {
    }

    /** Token k ends what came before a clause: a break, a conjunction, a subordinator or "that". */
    static boolean opensAt(SentenceView view, int k) {
        return k < 0 || view.isBreak(k) || view.isConjunction(k) || view.token(k).isWord()
                && (Words.isSubordinator(view.token(k).lower()) || view.token(k).is("that"));
    }

    /**
     * Whether the clause after token k is subordinate: after "where", "when", "as" or a relative "that". A "that"
     * right after a reporting verb opens the reported clause, whose speakers join the chain of citation.
     */
    static boolean subordinateAt(SentenceView view, int k) {
        if (k < 0 || !view.token(k).isWord()) {
            return false;
        }
        if (view.token(k).is("that")) {
            for (int j = k - 1; j >= 0 && j >= k - REPORTED_THAT_WINDOW; j--) {
                String lower = view.token(j).lower();
                if (ReportingVerbs.isCue(lower) && !SpeakerNouns.isDocument(lower)) {
                    return false;
                }
            }
            return true;
        }
        return Words.isSubordinator(view.token(k).lower());
    }
}
