package claimwatch.api.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.api.problem.InvalidParameterException;

class CursorTest {

    @Test
    void roundTrips() {
        Cursor cursor = new Cursor(Instant.parse("2024-03-12T09:02:11.482123Z"), "3f9a1c2be84d47a0b6e2d5c1f0a9b877");
        assertEquals(Optional.of(cursor), Cursor.decode(cursor.encode()));
    }

    @Test
    void isUrlSafe() {
        String encoded = new Cursor(Instant.parse("2024-03-12T09:02:11Z"), "a?b&c=d").encode();
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
    }

    @Test
    void absentParameterMeansFirstPage() {
        assertEquals(Optional.empty(), Cursor.decode(null));
        assertEquals(Optional.empty(), Cursor.decode(""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-base64!", "djF8", "' OR 1=1 --", "%00" })
    void foreignCursorsAreRefusedNamingTheParameter(String parameter) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Cursor.decode(parameter));
        assertEquals("cursor", e.parameter());
    }

    @Test
    void wrongVersionOrTimeIsRefused() {
        assertThrows(InvalidParameterException.class, () -> Cursor.decode(encode("v0|2024-03-12T09:02:11Z|abc")));
        assertThrows(InvalidParameterException.class, () -> Cursor.decode(encode("v1|yesterday|abc")));
        assertThrows(InvalidParameterException.class, () -> Cursor.decode(encode("v1|2024-03-12T09:02:11Z|")));
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
