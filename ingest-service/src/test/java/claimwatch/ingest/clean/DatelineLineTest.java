package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineLineTest {

    private final DatelineLine rule = new DatelineLine();

    @ParameterizedTest
    @ValueSource(strings = {"Published 3 months ago", "Updated 2 hours ago", "Published: 19:40, 11 Mar 2024 | Updated: 20:15, 11 Mar 2024",
        "12 de marzo de 2024 · 09:15 h", "Tuesday March 12 2024", "March 11, 2024 2:10 PM GMT+1 Updated 2 hours ago",
        "Posted 12/03/2024 at 08:05", "11 Mar 2024, 07:30", "Saturday 9 March 2024", "15:05, 11 MAR 2024",
        "Publié le 20 février 2024 à 07h15, mis à jour à 09h40", "02.04.2024, 10:32 Uhr", "Veröffentlicht am 14. März 2024",
        "Hace 2 horas", "Publicado hace 3 meses", "il y a 3 jours", "vor 2 Tagen", "Updated 3:45 PM EST, January 8, 2024",
        "2024-03-14", "Yesterday", "Miércoles, 13 de marzo de 2024", "Last updated 10:32 BST"})
    void recognisesDatelines(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"On Monday the regional government signed the contract.", "Miércoles, 13 de marzo de 2024 · Puerto Alba 17°",
        "Carmen Oliva · Published 3 months ago · 5 min read", "BRUXELLES, 14 mars 2024 – The European Commission is expected to pay.",
        "The contract was signed on 11 March 2024 in Puerto Alba.", "Published by Harbourlight Media", "Updated",
        "Monday, 11 March 2024 | Northgate 9°C, showers", "The year ahead", "2 hours"})
    void leavesLinesWithOtherWords(String line) {
        assertFalse(rule.matches(line), line);
    }
}
