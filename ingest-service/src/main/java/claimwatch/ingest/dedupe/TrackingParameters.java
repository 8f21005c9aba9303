package claimwatch.ingest.dedupe;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Query parameters that identify a campaign, click or referrer rather than a page, compared case-insensitively.
 * Exact names: ad-click ids (Google gclid, gclsrc, dclid, gbraid, wbraid; Microsoft msclkid; Facebook fbclid;
 * Instagram igshid, igsh; Twitter/X twclid; TikTok ttclid; Yandex yclid; LinkedIn li_fat_id), Google Analytics
 * (_ga, _gl), Mailchimp (mc_cid, mc_eid), HubSpot (_hsenc, _hsmi, __hstc, __hssc, __hsfp), Marketo (mkt_tok), Adobe
 * (s_cid, cmpid), Webtrends (wt.mc_id), Microsoft Start (ocid), AT Internet (at_medium, at_campaign), the New York
 * Times share id (smid), and referrer tags (ref, ref_src, ref_url, icid). Prefixes: utm_ (Google/Urchin), pk_
 * (Piwik), mtm_ (Matomo), hsa_ (HubSpot ads).
 */
final class TrackingParameters {

    private static final Set<String> NAMES = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "igshid", "igsh", "twclid", "ttclid",
            "yclid", "li_fat_id", "_ga", "_gl", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp",
            "mkt_tok", "s_cid", "cmpid", "wt.mc_id", "ocid", "at_medium", "at_campaign", "smid", "ref", "ref_src",
            "ref_url", "icid");
    private static final List<String> PREFIXES = List.of("utm_", "pk_", "mtm_", "hsa_");

    private TrackingParameters() {
    }

    static boolean isTracking(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || PREFIXES.stream().anyMatch(lower::startsWith);
    }
}
