package claimwatch.api.claim;

import java.util.regex.Pattern;

/** Whether a web-search query holds a phrase: quoted words, or words joined by a hyphen, which PostgreSQL reads as one. */
final class Phrases {

    private static final Pattern JOINED = Pattern.compile("[\\p{L}\\p{N}][-/.@_][\\p{L}\\p{N}]");

    private Phrases() {
    }

    static boolean present(String q) {
        return q.indexOf('"') >= 0 || JOINED.matcher(q).find();
    }
}
