package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdvertisementLineTest {

    private final AdvertisementLine rule = new AdvertisementLine();

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "ADVERTISEMENT", "- Advertisement -", "Advertisement · Scroll to continue",
        "Publicidad", "Anzeige", "Werbung", "Publicité", "Sponsored content", "Sponsored by Acme Shipping", "Ad", "Ads",
        "Pubblicità", "Paid content", "Advertisement: HullGuard antifouling"})
    void recognisesAdLabels(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Advertising revenue fell 5% last year.", "Advertisers have left the platform",
        "Anuncio del gobierno sobre los transbordadores fue aplazado hasta el lunes por la tarde.",
        "Ad hoc committees will review the contract.", "Adverts for the ferry jobs went up on Monday."})
    void leavesProseAboutAdvertising(String line) {
        assertFalse(rule.matches(line), line);
    }
}
