package claimwatch.ingest.clean;

import java.util.regex.Pattern;

/**
 * Newsletter boxes and other calls to action addressed to the reader: "Sign up", "delivered to your inbox",
 * "Got a story? Email our newsdesk", "Premium subscribers can download our tracker". A news sentence that merely
 * mentions subscribers or a newsletter is not addressed to the reader and stays.
 */
final class NewsletterLine implements LineRule {

    private static final int MAX_CALL_WORDS = 40;
    private static final int SHORT_LABEL_WORDS = 5;
    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // Phrases that only ever address the reader, and words that do so only when the line also says "you", "our" and the like.
    private static final Pattern ADDRESSING = Pattern.compile("(?<!\\p{L})(?:sign me up|unsubscribe|subscribe now"
            + "|in(?:to)? your inbox|to your inbox|delivered to your|got a story|have a story|send us|tip us off|email (?:us|our|the) "
            + "|whatsapp us|contact (?:us|our newsroom)|follow us|download (?:our|the) app|go premium|become a (?:member|subscriber)"
            + "|support (?:our|independent) journalism|suscríbete|suscribite|abonnez-vous|jetzt abonnieren)(?!\\p{L})", CASE);
    private static final Pattern CALL = Pattern.compile("(?<!\\p{L})(?:newsletters?|boletín|boletin|infolettre|lettre d'information"
            + "|sign(?:-| )?up|subscribe|subscribers?|suscr[ií]b\\p{L}*|abonne\\p{L}*|abonnier\\p{L}*)(?!\\p{L})", CASE);
    // Case-sensitive on purpose: "US" the country is not "us" the newsroom.
    private static final Pattern VOICE = Pattern.compile("(?<!\\p{L})(?:[Yy]ou|[Yy]our|us|[Oo]ur|[Ww]e|[Tt]us?|te|[Vv]ous|[Vv]otre|[Nn]ous"
            + "|[Nn]os|[Ii]hr|[Ii]hre|[Dd]ein|[Dd]eine|[Ww]ir|[Uu]nser|[Uu]nsere)(?!\\p{L})|^(?:Get|Join|Sign|Subscribe|Follow|Download|Support"
            + "|Email|Send|Receive|Never miss|Recibe|Inscrivez|Abonnez|Abonnieren|Melden)(?!\\p{L})");

    @Override
    public boolean matches(String line) {
        String text = line.strip();
        int words = TextShape.words(text);
        if (words > MAX_CALL_WORDS) {
            return false;
        }
        if (ADDRESSING.matcher(text).find()) {
            return true;
        }
        return CALL.matcher(text).find() && (words <= SHORT_LABEL_WORDS || VOICE.matcher(text).find());
    }
}
