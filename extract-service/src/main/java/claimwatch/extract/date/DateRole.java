package claimwatch.extract.date;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a date does in its sentence: when something happened, a deadline ("by 2030"), a start ("since 2011"), or one end of a period. */
public enum DateRole {
    EVENT, DEADLINE, SINCE, PERIOD;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
