package claimwatch.extract.date;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How precisely a date mention pins down a time: a day, a month or a year. */
public enum Granularity {
    DAY, MONTH, YEAR;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
