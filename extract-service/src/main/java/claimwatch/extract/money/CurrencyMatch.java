package claimwatch.extract.money;

/** A currency written before or after an amount, as an ISO 4217 code and the tokens [start, end) that say it. */
record CurrencyMatch(String code, int start, int end) {
}
