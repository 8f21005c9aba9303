package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionLineTest {

    private final CaptionLine rule = new CaptionLine();

    @ParameterizedTest
    @ValueSource(strings = {
        "Photo: Courier / Marta Gil",
        "The maritime station in Puerto Alba, where the contract is due to be signed. Photo: Courier / Marta Gil",
        "RUST BUCKET: One of Valderra's ageing ferries in Puerto Alba. Credit: Klaxon Pictures / Alamo Photo Agency",
        "Joaquín Rendal and Fiona Hale, yesterday, during the signature. / FOTO: EL FARO / Nacho Bermejo",
        "A passenger ferry leaves Puerto Alba (Image: Meridian Wire)",
        "[Photo] Joaquin Rendal speaks to reporters at the maritime station in Puerto Alba. Meridian Wire/Pablo Ezcurra",
        "A ferry under construction at the Halsvik yard. The order book now stands at about £2.5bn © Aldermoor Marine Engineering",
        "The Island Queen sits at its dock in Port Huron, Mich., on Jan. 5, 2024. (AP Photo/Carlos Rivera)",
        "Demonstrators outside parliament on Tuesday (Getty Images)",
        "Foto: Jens Albers",
        "Bild: dpa",
        "Imagen: Archivo",
        "Crédit : Archives La Gazette",
        "Photograph: Ruth Avery for Coastline Quarterly",
        "PHOTO: REUTERS"
    })
    void recognisesCaptionsAndCredits(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The photo agency said it had sold the archive to a private collector for an undisclosed sum.",
        "Aldermoor said the image of the company had suffered after the Klaxon report.",
        "Credit ratings agencies have not yet commented on the contract.",
        "The minister was photographed at the ceremony, where she signed the contract.",
        "He said the credit line would be drawn down in 2025.",
        "Fixed-price deal for six hybrid ferries and nine refits leaves shipbuilder exposed to steel and battery prices"
    })
    void leavesProseThatMentionsPhotosOrCredit(String line) {
        assertFalse(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsNoCaption(String line) {
        assertFalse(rule.matches(line));
    }

    @org.junit.jupiter.api.Test
    void longParagraphIsNeverACaption() {
        String paragraph = "Photo: " + "word ".repeat(LineRule.MAX_WORDS + 1);
        assertFalse(rule.matches(paragraph));
    }
}
