package claimwatch.api.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PageTest {

    private static final Instant T = Instant.parse("2024-03-12T00:00:00Z");

    @Test
    void extraRowMeansAnotherPageBehindTheLastShown() {
        Page<String> page = Page.of(List.of("a", "b", "c"), 2, String::toUpperCase, row -> new Cursor(T, row));
        assertEquals(List.of("A", "B"), page.items());
        assertEquals(Optional.of(new Cursor(T, "b")), Cursor.decode(page.nextCursor()));
    }

    @Test
    void noExtraRowMeansLastPage() {
        Page<String> page = Page.of(List.of("a", "b"), 2, String::toUpperCase, row -> new Cursor(T, row));
        assertEquals(List.of("A", "B"), page.items());
        assertNull(page.nextCursor());
    }

    @Test
    void emptyPage() {
        Page<String> page = Page.of(List.<String>of(), 5, String::toUpperCase, row -> new Cursor(T, row));
        assertEquals(List.of(), page.items());
        assertNull(page.nextCursor());
    }
}
