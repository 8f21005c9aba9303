package claimwatch.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PronounResolverTest {

    @Test
    void speakersOfEarlierSentencesAreRemembered() {
        assertEquals(List.of("Maria Lopez", "Maria Lopez", "Maria Lopez"),
                lastSpeakers("Maria Lopez said it was sound. She added it was cheap. She said it was fast."));
    }

    @Test
    void nonPersonSpeakersAreSkippedForHeAndShe() {
        assertEquals(List.of("Maria Lopez", "ministry", "Maria Lopez"),
                lastSpeakers("Maria Lopez said it was sound. The ministry said it was not. She said it was."));
    }

    @Test
    void itIsTheLatestOrganisation() {
        assertEquals(List.of("Acme Group", "Acme Group"),
                lastSpeakers("Acme Group said it would grow. It said sales rose."));
    }

    @Test
    void theyIsTheLatestGroupOrPair() {
        assertEquals(List.of("Maria Lopez; Wei Chen", "Maria Lopez; Wei Chen"),
                lastSpeakers("Maria Lopez and Wei Chen wrote that costs rose. They said it would go on."));
        assertEquals(List.of("analysts", "analysts"), lastSpeakers("Analysts said costs rose. They said it would go on."));
    }

    @Test
    void personSpeakerIsNoReferentForIt() {
        assertEquals(List.of("Maria Lopez", ""), lastSpeakers("Maria Lopez said costs rose. It said more."));
    }

    @Test
    void oneNamedPersonInTheSentenceBeforeIsTheReferent() {
        assertEquals(List.of("none", "Maria Lopez"),
                lastSpeakers("Maria Lopez looked at the ledgers. She said nothing was paid."));
    }

    @Test
    void noReferentLeavesNoSpeaker() {
        assertEquals(List.of(""), lastSpeakers("She said nothing was paid."));
    }

    private static List<String> lastSpeakers(String text) {
        List<SentenceView> views = Views.of(text);
        PronounResolver resolver = new PronounResolver();
        List<String> speakers = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            List<Frame> frames = resolver.resolve(FrameFinder.find(views.get(i)), views.get(i),
                    i > 0 ? views.get(i - 1) : null);
            speakers.add(frames.isEmpty() ? "none" : String.join("; ", frames.get(0).speakers().stream()
                    .map(Speaker::name).toList()));
        }
        return speakers;
    }
}
