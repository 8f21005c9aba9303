package claimwatch.extract.attribution;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a sentence is attributed: quoted words, reported speech, "according to", or an outlet as the source. */
public enum AttributionKind {
    DIRECT_QUOTE("direct-quote"),
    INDIRECT("indirect"),
    ACCORDING_TO("according-to"),
    OUTLET_CITATION("outlet-citation");

    private final String label;

    AttributionKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
