package claimwatch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** More of the ways pages print their date, one language per group, on lines of their own. */
class MoreDateFormsTest {

    private static final Instant NOW = Instant.parse("2024-06-14T10:00:00Z");

    private static Optional<LocalDate> date(String text) {
        return DateMentions.firstPublicationDate(text, NOW).map(OffsetDateTime::toLocalDate);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "March 14th, 2024#2024-03-14", "MARCH 14, 2024#2024-03-14", "Sept. 3, 2023#2023-09-03", "Sep 3 2023#2023-09-03",
        "Thursday 14 March 2024#2024-03-14", "Thu, 14 Mar 2024#2024-03-14", "14 March, 2024#2024-03-14", "1st March 2024#2024-03-01",
        "2nd April 2024#2024-04-02", "3rd May 2024#2024-05-03", "Posted: Jan 5, 2024#2024-01-05", "December 31, 2023#2023-12-31",
        "Published on 29 February 2024#2024-02-29"})
    void english(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), date(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "14 de marzo, 2024#2024-03-14", "jueves 14 de marzo de 2024#2024-03-14", "14 mar 2024#2024-03-14", "1 de enero de 2024#2024-01-01",
        "Publicado: 7 de mayo de 2024#2024-05-07", "15 de septiembre de 2023#2023-09-15", "15 de setiembre de 2023#2023-09-15",
        "3 dic. 2023#2023-12-03", "14/03/2024 - 13:20#2024-03-14"})
    void spanish(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), date(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "14 févr. 2024#2024-02-14", "jeudi 14 mars 2024#2024-03-14", "1er janvier 2024#2024-01-01", "15 août 2023#2023-08-15",
        "15 aout 2023#2023-08-15", "Publié le 3 décembre 2023#2023-12-03", "le 7 juillet 2023 à 18h30#2023-07-07"})
    void french(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), date(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "3. Januar 2024#2024-01-03", "3. Jan. 2024#2024-01-03", "Donnerstag, 14. März 2024#2024-03-14", "14. Maerz 2024#2024-03-14",
        "1. Oktober 2023#2023-10-01", "24. Dez. 2023#2023-12-24", "Veröffentlicht: 14.03.2024#2024-03-14", "Jänner 2024 am 5.1.2024#2024-01-05"})
    void german(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), date(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "1 day ago#2024-06-13", "a month ago#2024-05-14", "Posted an hour ago#2024-06-14", "10 years ago#2014-06-14",
        "hace 1 día#2024-06-13", "hace un mes#2024-05-14", "Publicado hace una semana#2024-06-07",
        "il y a 2 semaines#2024-05-31", "il y a un mois#2024-05-14", "Publié il y a une heure#2024-06-14",
        "vor 1 Woche#2024-06-07", "vor einem Monat#2024-05-14", "vor 1 Stunde#2024-06-14", "vorgestern#2024-06-12"})
    void relativeInEveryLanguage(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 2024", "2024", "14 March", "Q1 2024", "the 1990s", "3 months", "ago", "hace", "il y a longtemps", "vor Ort"})
    void incompleteDatesAreNotRead(String text) {
        assertEquals(Optional.empty(), date(text), text);
    }
}
