package claimwatch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyrightLineTest {

    private final CopyrightLine rule = new CopyrightLine();

    @ParameterizedTest
    @ValueSource(strings = {"© 2024 Meridian Wire. All rights reserved.", "Copyright The Mercantile Journal Ltd 2024. All rights reserved. Please don't copy articles.",
        "© El Faro de Valderra. Prohibida la reproducción total o parcial.", "Copyright 2024 The Associated Press. All Rights Reserved.",
        "(c) 2019 The Harbor Crier", "© La Gazette du Littoral 2024 – Tous droits réservés", "© 2024 Kreisbote Ostmarsch GmbH. Alle Rechte vorbehalten."})
    void recognisesNotices(String line) {
        assertTrue(rule.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The copyright dispute over the ferry design went to court in 2022.", "Copyrighted designs cannot be copied, the judge said."})
    void leavesProseAboutCopyright(String line) {
        assertFalse(rule.matches(line), line);
    }
}
