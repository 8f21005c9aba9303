package claimwatch.api.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import claimwatch.api.problem.InvalidParameterException;

class PageLimitTest {

    @Test
    void defaultsWhenAbsent() {
        assertEquals(20, PageLimit.parse(null, 20, 100));
        assertEquals(20, PageLimit.parse("", 20, 100));
    }

    @Test
    void acceptsTheWholeRange() {
        assertEquals(1, PageLimit.parse("1", 20, 100));
        assertEquals(100, PageLimit.parse(" 100 ", 20, 100));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-1", "101", "ten", "2.5", "1e3", "99999999999" })
    void refusesAnythingElseNamingTheParameter(String parameter) {
        assertEquals("limit", assertThrows(InvalidParameterException.class, () -> PageLimit.parse(parameter, 20, 100)).parameter());
    }
}
