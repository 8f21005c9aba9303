package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingParametersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id", "UTM_SOURCE", "Utm_Anything", "fbclid", "gclid",
            "GCLID", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "igsh", "_ga", "_gl", "ref", "ref_src", "ref_url",
            "cmpid", "ocid", "yclid", "twclid", "ttclid", "li_fat_id", "mkt_tok", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "s_cid", "WT.mc_id",
            "wt.mc_id", "at_medium", "at_campaign", "smid", "icid", "pk_campaign", "pk_kwd", "mtm_source", "hsa_acc"})
    void tracking(String name) {
        assertTrue(TrackingParameters.isTracking(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "page", "p", "q", "query", "s", "section", "story", "article", "lang", "reference", "referrer_id", "refresh", "utm",
            "utmost", "gclid2", "cmp", "source", "amp", "outputType", "start", "offset", "date", "v", "_", "share"})
    void notTracking(String name) {
        assertFalse(TrackingParameters.isTracking(name));
    }
}
