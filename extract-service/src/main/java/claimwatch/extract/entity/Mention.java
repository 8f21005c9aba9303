package claimwatch.extract.entity;

/**
 * A name found in a sentence, as tokens [from, to): its type when the sentence alone shows it (null when only the
 * article's registry can tell), whether that evidence is strong, and an acronym the sentence defines for it.
 */
record Mention(int from, int to, EntityType type, boolean strong, String acronym) {

    static Mention unknown(int from, int to) {
        return new Mention(from, to, null, false, null);
    }
}
