package claimwatch.extract.gold;

/** True positives, false positives and false negatives of one facet, and the figures they give. */
final class FacetScore {

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    void add(int tp, int fp, int fn) {
        truePositives += tp;
        falsePositives += fp;
        falseNegatives += fn;
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row(String facet) {
        return String.format("%-16s %5d %5d %5d   %.3f   %.3f   %.3f", facet, truePositives, falsePositives, falseNegatives, precision(), recall(), f1());
    }
}
