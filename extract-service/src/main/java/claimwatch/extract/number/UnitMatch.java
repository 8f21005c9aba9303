package claimwatch.extract.number;

/** A unit read after a number: its canonical singular name and the token after it; hyphenated as in "10-year". */
public record UnitMatch(String unit, int end, boolean hyphenated) {
}
