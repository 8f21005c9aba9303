package claimwatch.extract.number;

/** The words that qualify a number, as tokens [start, end): "more than", "at least", "or so". */
public record QualifierPhrase(Qualifier qualifier, int start, int end) {
}
