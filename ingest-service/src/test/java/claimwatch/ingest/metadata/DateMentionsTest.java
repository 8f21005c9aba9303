package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateMentionsTest {

    private static final Instant NOW = Instant.parse("2024-06-14T10:00:00Z");

    private static Optional<LocalDate> date(String text) {
        return DateMentions.firstPublicationDate(text, NOW).map(OffsetDateTime::toLocalDate);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Published 11 March 2024#2024-03-11",
        "March 11, 2024#2024-03-11",
        "Tuesday March 12 2024#2024-03-12",
        "Mar. 12, 2024#2024-03-12",
        "12th March 2024#2024-03-12",
        "11 MAR 2024#2024-03-11",
        "12 de marzo de 2024 · 09:15 h#2024-03-12",
        "Publicado el 3 de abril de 2024#2024-04-03",
        "Miércoles, 13 de marzo del 2024#2024-03-13",
        "14 mars 2024#2024-03-14",
        "Publié le 1er février 2024 à 07h15#2024-02-01",
        "le 20 février 2024#2024-02-20",
        "14. März 2024#2024-03-14",
        "Veröffentlicht am 2. Oktober 2023#2023-10-02",
        "3 Dezember 2023#2023-12-03",
        "Posted 12/03/2024 at 08:05#2024-03-12",
        "02.04.2024, 10:32 Uhr#2024-04-02",
        "Posted 03/25/2024#2024-03-25",
        "2024-03-14#2024-03-14",
        "Published 2024/03/14 is not ISO but 2024-03-15 is#2024-03-15"})
    void readsAbsoluteDatesInFourLanguages(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), date(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Published 3 months ago#2024-03-14",
        "3 months ago#2024-03-14",
        "Publicado hace 3 meses#2024-03-14",
        "hace 3 meses#2024-03-14",
        "Publié il y a 3 mois#2024-03-14",
        "il y a 3 mois#2024-03-14",
        "Veröffentlicht vor 3 Monaten#2024-03-14",
        "vor 3 Monaten#2024-03-14",
        "Posted two weeks ago#2024-05-31",
        "hace dos semanas#2024-05-31",
        "il y a deux jours#2024-06-12",
        "vor zwei Tagen#2024-06-12",
        "Published a year ago#2023-06-14",
        "hace un año#2023-06-14",
        "il y a un an#2023-06-14",
        "vor einem Jahr#2023-06-14",
        "Published 5 days ago#2024-06-09",
        "yesterday#2024-06-13",
        "Published yesterday#2024-06-13",
        "ayer#2024-06-13",
        "gestern#2024-06-13",
        "hier à 10h40#2024-06-13",
        "the day before yesterday#2024-06-12",
        "anteayer#2024-06-12",
        "today#2024-06-14",
        "heute#2024-06-14"})
    void resolvesRelativeDatesAgainstTheReference(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), date(text));
    }

    @Test
    void hoursAndMinutesAgoAreExactInstants() {
        assertEquals(Optional.of(OffsetDateTime.parse("2024-06-14T08:00Z")), DateMentions.firstPublicationDate("Published 2 hours ago", NOW));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-06-14T09:15Z")), DateMentions.firstPublicationDate("hace 45 minutos", NOW));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-06-14T09:00Z")), DateMentions.firstPublicationDate("il y a une heure", NOW));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-06-14T07:00Z")), DateMentions.firstPublicationDate("vor drei Stunden", NOW));
    }

    @Test
    void daysAndLongerAreMidnightUtcOfTheDay() {
        assertEquals(Optional.of(OffsetDateTime.of(2024, 3, 14, 0, 0, 0, 0, ZoneOffset.UTC)),
                DateMentions.firstPublicationDate("Published 3 months ago", NOW));
    }

    @Test
    void aDateWithoutTimeIsMidnightUtc() {
        assertEquals(Optional.of(OffsetDateTime.of(2024, 3, 12, 0, 0, 0, 0, ZoneOffset.UTC)),
                DateMentions.firstPublicationDate("12 de marzo de 2024 · 09:15 h", NOW));
    }

    @Test
    void aClockTimeWithAZoneMakesTheDateExact() {
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-15T11:32+01:00")),
                DateMentions.firstPublicationDate("March 15, 2024 11:32 AM GMT+1 Updated 2 hours ago", NOW));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-11T14:10+01:00")),
                DateMentions.firstPublicationDate("March 11, 2024 2:10 PM GMT+1", NOW));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-11T19:40Z")),
                DateMentions.firstPublicationDate("11 March 2024 19:40 UTC", NOW));
    }

    @Test
    void isoDateTimesKeepTheirOffset() {
        assertEquals(Optional.of(OffsetDateTime.parse("2024-03-12T09:15+01:00")),
                DateMentions.firstPublicationDate("Published 2024-03-12T09:15:00+01:00", NOW));
    }

    @Test
    void aFrenchDatelineCounts() {
        assertEquals(Optional.of(LocalDate.parse("2024-03-14")),
                date("BRUXELLES, 14 mars 2024 – The European Commission is expected to finance up to 28% of Valderra's ferry renewal."));
    }

    @Test
    void anEnglishDatelineWithAPlaceInBracketsCounts() {
        assertEquals(Optional.of(LocalDate.parse("2024-01-08")),
                date("PORT HURON (Michigan), January 8, 2024 — The operator of the only ferry to the island cut its winter schedule."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The contract was signed in Puerto Alba on March 11, 2024, at the maritime station, officials said.",
        "Bids closed on 3 October 2023, and the tender drew only two offers from European shipbuilders.",
        "Three months ago the minister promised that the ferries would be ordered before the summer.",
        "The audit chamber published its report on 5 March, six days before the signing.",
        "Ferry Fleet Summit 2024 Oct. 3-4, Rotterdam. Book now",
        "NPV has not ordered a new vessel since 2011 and the last ferry arrives by 2030.",
        "The museum reopened in March 2023 after works.",
        "The islanders told us yesterday that the morning boat had been cancelled again, for the third time."})
    void datesInsideSentencesAreNotPublicationDates(String text) {
        assertEquals(Optional.empty(), date(text), text);
    }

    @Test
    void updateDatesAreSkipped() {
        assertEquals(Optional.empty(), date("Updated 2 hours ago"));
        assertEquals(Optional.empty(), date("Last updated 14 March 2024"));
        assertEquals(Optional.empty(), date("Actualizado hace 3 horas"));
        assertEquals(Optional.empty(), date("mis à jour le 14 mars 2024"));
        assertEquals(Optional.empty(), date("Aktualisiert am 14. März 2024"));
    }

    @Test
    void thePublishedPartOfAPublishedAndUpdatedLineIsRead() {
        assertEquals(Optional.of(LocalDate.parse("2024-03-11")), date("Published: 19:40, 11 Mar 2024 | Updated: 20:15, 12 Mar 2024"));
        assertEquals(Optional.of(LocalDate.parse("2024-03-11")), date("Updated: 20:15, 12 Mar 2024 | Published: 19:40, 11 Mar 2024"));
    }

    @Test
    void aLabelledDateBeatsAnEarlierMastheadDate() {
        assertEquals(Optional.of(LocalDate.parse("2024-03-12")), date("Wednesday 13 March 2024\nFerry deal welcomed\nPosted 12/03/2024 at 08:05"));
    }

    @Test
    void anAbsoluteDateBeatsARelativeOne() {
        assertEquals(Optional.of(LocalDate.parse("2024-03-11")), date("Published 3 months ago\nMarch 11, 2024"));
    }

    @Test
    void theFirstOfEqualCandidatesWins() {
        assertEquals(Optional.of(LocalDate.parse("2024-03-11")), date("11 March 2024\n12 March 2024"));
    }

    @Test
    void theMentionSaysWhetherItWasRelative() {
        DateMention relative = DateMentions.firstPublicationMention("Publicado hace 3 meses", NOW).orElseThrow();
        assertTrue(relative.relative());
        assertEquals("hace 3 meses", relative.text());
        DateMention absolute = DateMentions.firstPublicationMention("14 mars 2024", NOW).orElseThrow();
        assertFalse(absolute.relative());
        assertEquals("14 mars 2024", absolute.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 February 2024", "32 March 2024", "14 Marzipan 2024", "12 March 1850", "2024-13-01", "31/31/2024", "99.99.2024"})
    void impossibleDatesAreIgnored(String text) {
        assertEquals(Optional.empty(), date(text), text);
    }

    @Test
    void germanHierMeansHereNotYesterday() {
        assertEquals(Optional.empty(), date("Hier"));
        assertEquals(Optional.empty(), date("Hier finden Sie alle Artikel"));
    }

    @Test
    void nullAndBlankTextHaveNoDate() {
        assertEquals(Optional.empty(), DateMentions.firstPublicationDate(null, NOW));
        assertEquals(Optional.empty(), DateMentions.firstPublicationDate("  ", NOW));
    }
}
