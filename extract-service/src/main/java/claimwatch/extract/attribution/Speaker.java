package claimwatch.extract.attribution;

/** A speaker as the sentence gives it: a canonical name, a description ("two officials"), or a pronoun to resolve. */
record Speaker(String name, Kind kind) {

    /** What kind of speaker, which decides the attribution kind and what a pronoun may refer to. */
    enum Kind { PERSON, ORGANISATION, OUTLET, DESCRIBED_PERSON, DESCRIBED_GROUP, DESCRIBED_OUTLET, PRONOUN }

    boolean isPerson() {
        return kind == Kind.PERSON || kind == Kind.DESCRIBED_PERSON;
    }

    boolean isOutlet() {
        return kind == Kind.OUTLET || kind == Kind.DESCRIBED_OUTLET;
    }

    /** "auditors", "two people familiar with the talks": what "they" can refer to. */
    boolean isPlural() {
        if (kind != Kind.DESCRIBED_GROUP && kind != Kind.DESCRIBED_OUTLET) {
            return false;
        }
        int space = name.indexOf(' ');
        String head = space < 0 ? name : name.substring(0, space);
        return name.endsWith("s") || head.endsWith("s") || name.startsWith("people") || name.contains(" people");
    }
}
