package claimwatch.extract.claim;

import com.fasterxml.jackson.annotation.JsonValue;

/** The main facet of a claim, for filtering: money first, then quantity, then date; else a statement. */
public enum ClaimKind {
    MONEY, QUANTITY, DATE, STATEMENT;

    @JsonValue
    public String label() {
        return name().toLowerCase();
    }
}
