package claimwatch.extract.attribution;

/**
 * How quotation sits in one sentence: whether it quotes anyone's words (not just a title), whether every word is
 * quoted, and whether a quote runs in from the sentence before or on into the next one.
 */
record QuoteLayout(boolean speech, boolean pure, boolean startsOpen, boolean endsOpen) {

    static final QuoteLayout NONE = new QuoteLayout(false, false, false, false);
}
