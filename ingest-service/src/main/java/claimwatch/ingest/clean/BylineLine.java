package claimwatch.ingest.clean;


/** Bylines: "By Jane Doe, Trade Correspondent", "by Tom Whitcombe and Sofia Reyes", "Priya Natarajan, Industry Correspondent". */
final class BylineLine implements LineRule {

    @Override
    public boolean matches(String line) {
        return Byline.name(line).isPresent();
    }
}
