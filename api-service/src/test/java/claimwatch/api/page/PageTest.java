package claimwatch.api.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PageTest {

    private static final Instant T = Instant.parse("2024-03-12T00:00:00Z");
    private static final Keyset KEYSET = Keyset.of("test", Keyset.Type.INSTANT, Keyset.Type.TEXT);

    @Test
    void extraRowMeansAnotherPageBehindTheLastShown() {
        Page<String> page = Page.of(List.of("a", "b", "c"), 2, String::toUpperCase, row -> KEYSET.after(T, row));
        assertEquals(List.of("A", "B"), page.items());
        assertEquals(Optional.of(KEYSET.after(T, "b")), KEYSET.decode(page.nextCursor()));
    }

    @Test
    void noExtraRowMeansLastPage() {
        Page<String> page = Page.of(List.of("a", "b"), 2, String::toUpperCase, row -> KEYSET.after(T, row));
        assertEquals(List.of("A", "B"), page.items());
        assertNull(page.nextCursor());
    }

    @Test
    void emptyPage() {
        Page<String> page = Page.of(List.<String>of(), 5, String::toUpperCase, row -> KEYSET.after(T, row));
        assertEquals(List.of(), page.items());
        assertNull(page.nextCursor());
    }
}
