package claimwatch.ingest.article;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A wire story of the length near-duplicate detection works on, and the light edits a syndicating outlet makes. */
final class Syndication {

    private Syndication() {
    }

    static String wireStory() {
        return String.join("\n\n",
                "Harbour board approves dredging of the northern channel",
                "The harbour board of Puerto Alba approved on Tuesday a plan to dredge the northern shipping channel to a depth of 14 metres, "
                        + "a project the board said would cost about 38 million euros and take two years to complete.",
                "The deeper channel would let container ships of up to 9,000 units enter the port at any tide, the board said in a statement. "
                        + "At present the largest vessels must wait outside the breakwater for high water, sometimes for six hours or more.",
                "Shipping lines have pressed for the work since 2019, when two of the three carriers serving the port moved to larger ships. "
                        + "One of them, a regional carrier, said last year it would drop Puerto Alba from its schedule if nothing changed.",
                "Environmental groups oppose the plan. They say the dredged sand, some 2.4 million cubic metres by the board's own estimate, "
                        + "would smother seagrass meadows south of the harbour where the spoil is to be dumped, and have asked for a new study.",
                "The board said the spoil site had been chosen after a two-year survey and that it would monitor the seabed for five years "
                        + "after the work ends. Work could start in the autumn if the regional government grants the permit in time.",
                "Port traffic grew by 7 percent last year to 1.3 million containers, the highest figure in the port's history, "
                        + "according to figures the board published in January.");
    }

    /** A new headline, a changed word, a dropped closing sentence: what an outlet does to a wire story. */
    static String lightlyEdited(String story) {
        return story.replace("Harbour board approves dredging of the northern channel", "Puerto Alba to deepen its northern channel")
                .replace("approved on Tuesday", "on Tuesday approved")
                .replace(" Work could start in the autumn if the regional government grants the permit in time.", "");
    }

    static String json(String text, String outlet) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("text", text, "outlet", outlet));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
