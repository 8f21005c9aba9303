package claimwatch.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentEncodingTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            /plain/path                | /plain/path
            /%61%62%63                 | /abc
            /%7e%2D%2e%5F              | /~-._
            /a%2fb                     | /a%2Fb
            /a%2Fb                     | /a%2Fb
            /%3f%23%26%3d%2b           | /%3F%23%26%3D%2B
            /a%20b                     | /a%20b
            /a b                       | /a%20b
            /é                         | /%C3%A9
            /%c3%a9                    | /%C3%A9
            /€                         | /%E2%82%AC
            /日本                      | /%E6%97%A5%E6%9C%AC
            /😀                        | /%F0%9F%98%80
            /100%                      | /100%25
            /%zz                       | /%25zz
            /%4                        | /%254
            /%%41                      | /%25A
            /a^b`c{d}e[f]g\\h          | /a%5Eb%60c%7Bd%7De%5Bf%5Dg%5Ch
            /!$&'()*+,;=:@             | /!$&'()*+,;=:@
            a=1&b=two+words&c=/?x      | a=1&b=two+words&c=/?x
            """)
    void normalises(String input, String expected) {
        assertEquals(expected, PercentEncoding.normalise(input));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/a%2Fb%20c", "/caf%C3%A9", "/100%25", "/~user/!$&'()*+,;=:@", "q=%E2%82%AC&x=%26"})
    void normalFormsAreFixedPoints(String normal) {
        assertEquals(normal, PercentEncoding.normalise(normal));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/a b%zz", "/%7euser/%2f/é/100%", "/\t\n", "/%%%", "/%E2%82"})
    void normalisingTwiceChangesNothing(String input) {
        String once = PercentEncoding.normalise(input);
        assertEquals(once, PercentEncoding.normalise(once));
    }
}
