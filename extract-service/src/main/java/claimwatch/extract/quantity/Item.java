package claimwatch.extract.quantity;

/** The counted noun phrase after a number, as tokens [start, end), and its key: the head noun, singular. */
record Item(int start, int end, String text, String key, boolean plural) {
}
