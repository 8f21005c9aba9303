package claimwatch.ingest.clean;

/** A test that recognises one kind of page furniture from a single line or block of text. */
interface LineRule {

    /** Furniture is short; a rule never removes a block longer than this. */
    int MAX_WORDS = 60;

    boolean matches(String line);
}
