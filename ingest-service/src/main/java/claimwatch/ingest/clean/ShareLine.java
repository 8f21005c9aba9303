package claimwatch.ingest.clean;

import java.util.regex.Pattern;

/** Share bars that start with a share label: "Share: LinkedIn X Email | Print this page", "Compartir / Share: Facebook X". */
final class ShareLine implements LineRule {

    private static final int MAX_SHARE_WORDS = 16;
    private static final Pattern LABEL = Pattern.compile(
            "^(?:share(?: this(?: article| story| page)?| on| via)?|compartir(?: en)?|partager(?: sur)?|teilen(?: auf)?|condividi|compartilhar)"
                    + "(?![\\p{L}])(\\s*[:/|]|.*(?:facebook|twitter|whatsapp|linkedin|e-?mail|telegram|reddit|pinterest|mastodon|bluesky"
                    + "|threads|flipboard|pocket|xing|messenger|\\bsms\\b|\\bx\\b))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public boolean matches(String line) {
        String text = line.strip();
        return TextShape.words(text) <= MAX_SHARE_WORDS && !TextShape.endsSentence(text) && LABEL.matcher(text).find();
    }
}
