package claimwatch.ingest.feed;

/** How one poll of a feed went: the outcome shown in GET /feeds/{id} and what it added to the counts. */
record PollReport(String outcome, String error, String etag, String lastModified, int entriesSeen, int published, int duplicates,
        int pageFailures) {

    static PollReport problem(String outcome, String error) {
        return new PollReport(outcome, error, null, null, 0, 0, 0, 0);
    }

    boolean failed() {
        return outcome.equals("failed") || outcome.equals("refused") || outcome.equals("unparseable");
    }
}
