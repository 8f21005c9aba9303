package claimwatch.extract.entity;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of thing a named entity is. */
public enum EntityType {
    PERSON("person"),
    ORGANISATION("organisation"),
    PLACE("place"),
    PRODUCT("product");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
