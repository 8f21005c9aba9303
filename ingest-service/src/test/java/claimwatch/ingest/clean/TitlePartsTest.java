package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlePartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Valderra signs €430 million ferry contract with Aldermoor Marine | Meridian Wire#Valderra signs €430 million ferry contract with Aldermoor Marine#Meridian Wire",
        "Ferry contract worth more than €400 million set to be signed on Monday – The Alba Coast Courier#Ferry contract worth more than €400 million set to be signed on Monday#The Alba Coast Courier",
        "EU recovery money to cover up to 28% of Valderra ferry renewal - Eurotransport Observer#EU recovery money to cover up to 28% of Valderra ferry renewal#Eurotransport Observer",
        "El Faro de Valderra | The Government of Valderra formalises the purchase of six ferries#The Government of Valderra formalises the purchase of six ferries#El Faro de Valderra",
        "Aldermoor to build six ferries — Ferry & Fleet Review#Aldermoor to build six ferries#Ferry & Fleet Review",
        "Le port mise sur l'hydrogène :: La Gazette#Le port mise sur l'hydrogène#La Gazette"})
    void splitsTheSiteNameOff(String title, String headline, String site) {
        assertEquals(new TitleParts(headline, Optional.of(site)), TitleParts.of(title, List.of(), List.of()));
    }

    @Test
    void aTitleWithoutSeparatorIsAllHeadline() {
        assertEquals(new TitleParts("FERRY FURY: Valderra splashes €520 MILLION", Optional.empty()),
                TitleParts.of("FERRY FURY: Valderra splashes €520 MILLION", List.of(), List.of()));
    }

    @Test
    void aKnownSiteNameDecidesEvenWhenItIsLong() {
        assertEquals(new TitleParts("Short headline", Optional.of("The Very Long Name Of A Regional Newspaper Group")),
                TitleParts.of("Short headline | The Very Long Name Of A Regional Newspaper Group", List.of("The Very Long Name of a Regional Newspaper Group"), List.of()));
    }

    @Test
    void aLogoH1EqualToTheSiteNameDoesNotMakeItTheHeadline() {
        assertEquals(new TitleParts("Ferry deal signed", Optional.of("Harbor Times")),
                TitleParts.of("Ferry deal signed | Harbor Times", List.of(), List.of("Harbor Times")));
    }

    @Test
    void aPageLineEqualToAPartMakesItTheHeadline() {
        assertEquals(new TitleParts("Biden - Putin talks end", Optional.of("World News")),
                TitleParts.of("Biden - Putin talks end | World News", List.of(), List.of("Biden - Putin talks end")));
    }

    @Test
    void twoLongPartsStayTogether() {
        String title = "A long first part with many words in it - a second long part with many words too";
        assertEquals(new TitleParts(title, Optional.empty()), TitleParts.of(title, List.of(), List.of()));
    }

    @Test
    void aHyphenInsideAWordIsNoSeparator() {
        assertEquals(new TitleParts("Battery-hybrid ro-pax ferries ordered", Optional.empty()),
                TitleParts.of("Battery-hybrid ro-pax ferries ordered", List.of(), List.of()));
    }

    @Test
    void nullAndBlankTitlesAreEmpty() {
        assertEquals(new TitleParts("", Optional.empty()), TitleParts.of(null, List.of(), List.of()));
        assertEquals(new TitleParts("", Optional.empty()), TitleParts.of("  ", List.of(), List.of()));
    }
}
