package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CookieLineTest {

    private final CookieLine rule = new CookieLine();

    @ParameterizedTest
    @ValueSource(strings = {
        "We use cookies and similar technologies to personalise content and ads and to analyse our traffic. By clicking \"Accept all\" you agree to our use of cookies. Learn more",
        "Utilizamos cookies propias y de terceros. / We use our own and third-party cookies to improve your experience. Más información / More information",
        "This site uses cookies to remember your preferences. OK Find out more",
        "Cookies – We use strictly necessary cookies and, with your consent, analytics cookies. Accept Decline",
        "Nous utilisons des cookies pour mesurer l'audience. Accepter Refuser",
        "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.",
        "The Mercantile Journal and our 143 partners store and access information on your device to show you relevant advertising.",
        "Your privacy choices", "Cookie settings", "Manage cookies", "Accept cookies", "Cookies"})
    void recognisesConsentBanners(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The EU fined the company for breaching cookie consent rules in three member states.",
        "Regulators said cookie banners confuse most users, according to a study published in March.",
        "The bakery sold 4,000 cookies at the harbour festival."})
    void leavesNewsAboutCookies(String line) {
        assertFalse(rule.matches(line), line);
    }
}
