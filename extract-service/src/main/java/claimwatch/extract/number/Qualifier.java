package claimwatch.extract.number;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a number is qualified in the text: "about 600", "more than €300 million", "five to seven years". */
public enum Qualifier {
    EXACT("exact"),
    APPROXIMATELY("approximately"),
    AT_LEAST("at-least"),
    MORE_THAN("more-than"),
    LESS_THAN("less-than"),
    UP_TO("up-to"),
    RANGE("range");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
