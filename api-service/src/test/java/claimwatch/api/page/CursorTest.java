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

    private static final Keyset CLAIMS = Keyset.of("claims", Keyset.Type.INSTANT, Keyset.Type.TEXT);
    private static final Keyset OUTLETS = Keyset.of("outlets", Keyset.Type.INTEGER, Keyset.Type.TEXT);
    private static final Keyset SCORES = Keyset.of("scores", Keyset.Type.DECIMAL, Keyset.Type.INTEGER);

    @Test
    void roundTripsEveryKeyType() {
        Cursor time = CLAIMS.after(Instant.parse("2024-03-12T09:02:11.482123Z"), "3f9a1c2be84d47a0b6e2d5c1f0a9b877");
        assertEquals(Optional.of(time), CLAIMS.decode(time.encode()));
        Cursor count = OUTLETS.after(412L, "The Mercantile Journal | Business & Markets 100%");
        assertEquals(Optional.of(count), OUTLETS.decode(count.encode()));
        assertEquals("The Mercantile Journal | Business & Markets 100%", OUTLETS.decode(count.encode()).get().text(1));
        Cursor score = SCORES.after(0.875, -3L);
        assertEquals(0.875, SCORES.decode(score.encode()).get().decimal(0));
        assertEquals(-3L, SCORES.decode(score.encode()).get().integer(1));
    }

    @Test
    void isUrlSafe() {
        String encoded = OUTLETS.after(3L, "a?b&c=d|é/+").encode();
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
    }

    @Test
    void absentParameterMeansFirstPage() {
        assertEquals(Optional.empty(), CLAIMS.decode(null));
        assertEquals(Optional.empty(), CLAIMS.decode(""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-base64!", "djF8", "' OR 1=1 --", "%00", "YzJ8Y2xhaW1z" })
    void foreignCursorsAreRefusedNamingTheParameter(String parameter) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> CLAIMS.decode(parameter));
        assertEquals("cursor", e.parameter());
    }

    @Test
    void aCursorOfAnotherListingIsRefused() {
        String outlets = OUTLETS.after(3L, "Meridian Wire").encode();
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> CLAIMS.decode(outlets));
        assertEquals("cursor", e.parameter());
        assertTrue(e.getMessage().contains("another listing"), e.getMessage());
    }

    @Test
    void wrongVersionArityOrTypeIsRefused() {
        assertThrows(InvalidParameterException.class, () -> CLAIMS.decode(encode("v1|2024-03-12T09:02:11Z|abc")));
        assertThrows(InvalidParameterException.class, () -> CLAIMS.decode(encode("c2|claims|yesterday|abc")));
        assertThrows(InvalidParameterException.class, () -> CLAIMS.decode(encode("c2|claims|2024-03-12T09:02:11Z|")));
        assertThrows(InvalidParameterException.class, () -> CLAIMS.decode(encode("c2|claims|2024-03-12T09:02:11Z")));
        assertThrows(InvalidParameterException.class, () -> CLAIMS.decode(encode("c2|claims|2024-03-12T09:02:11Z|a|b")));
        assertThrows(InvalidParameterException.class, () -> OUTLETS.decode(encode("c2|outlets|12.5|Meridian Wire")));
        assertThrows(InvalidParameterException.class, () -> OUTLETS.decode(encode("c2|outlets|%zz|Meridian Wire")));
    }

    @Test
    void aKeysetBuildsOnlyCursorsOfItsArity() {
        assertThrows(IllegalArgumentException.class, () -> CLAIMS.after(Instant.EPOCH));
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
