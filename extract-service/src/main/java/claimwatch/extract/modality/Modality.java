package claimwatch.extract.modality;

import com.fasterxml.jackson.annotation.JsonValue;

/** How firmly a sentence states its claim. */
public enum Modality {
    ASSERTED("asserted"),
    HEDGED("hedged"),
    CONDITIONAL("conditional"),
    NEGATED("negated");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
