package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsletterLineTest {

    private final NewsletterLine rule = new NewsletterLine();

    @ParameterizedTest
    @ValueSource(strings = {"The biggest stories from Northgate and beyond, delivered to your inbox at 7am.", "Sign up", "Sign me up",
        "Got a story about the ferries? Email our newsdesk at newsdesk@dailyklaxon.example or WhatsApp us.",
        "Got a story? Email newsdesk@dailyklaxon.example", "Premium subscribers can download our tracker of maritime projects.",
        "Sign up for our newsletter and get the top stories in your inbox every morning.", "Newsletter",
        "One email a week, no spam. Unsubscribe any time.", "Get the day's top stories from across Europe in your inbox every morning.",
        "Abonnez-vous à notre lettre d'information pour recevoir l'essentiel de l'actualité maritime.", "Suscríbete al boletín",
        "Subscribe to Coastline Quarterly and get four print issues a year delivered to your door.", "Follow us on Instagram"})
    void recognisesCallsToTheReader(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Investors rushed to subscribe to the bond, which was three times oversubscribed.",
        "The newsletter, which has two million subscribers, was sold to a US publisher.",
        "The ministry's monthly bulletin said 212 sailings were cancelled.",
        "Aldermoor did not respond to the Klaxon's requests for comment."})
    void leavesNewsAboutSubscriptions(String line) {
        assertFalse(rule.matches(line), line);
    }
}
