package kz.officesud.mockserver.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;

/**
 * The bounds every JSON body of the court is held to before any value of it is bound, used or echoed: nesting at
 * most {@value #MAX_DEPTH} deep, names at most {@value #MAX_NAME} characters, numbers at most
 * {@value #MAX_NUMBER_CHARS} characters with an exponent of at most {@value #MAX_EXPONENT} either way (so
 * {@code -1e999999999} is refused in microseconds, before anything turns it into a billion digits), strings no
 * longer than the body. A body outside them is a 400 that names the rule, never the value.
 *
 * <p>The body is also one unambiguous JSON text (RFC 8259): UTF-8 (a NUL byte, which UTF-16 and UTF-32 text and
 * nothing well-formed in UTF-8 JSON contains, is refused), one value and nothing after it, and no name twice in an
 * object — where parsers differ on which of two values counts, the court answers {@code malformed_json} rather than
 * pick one.
 */
public final class JsonBounds {
    public static final int MAX_DEPTH = 64;
    public static final int MAX_NAME = 256;
    public static final int MAX_NUMBER_CHARS = 40;
    public static final int MAX_EXPONENT = 40;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNameLength(MAX_NAME)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxStringLength(Request.MAX_JSON_BODY)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonBounds() {}

    /** The constraints, for a mapper that reads court bodies. */
    public static StreamReadConstraints constraints() {
        return FACTORY.streamReadConstraints();
    }

    /** Walks the tokens of {@code json}; throws a 400 problem when a bound is passed or the JSON is malformed. */
    public static void check(byte[] json) {
        for (byte b : json) {
            if (b == 0) {
                throw ProblemException.badRequest("malformed_json", "the JSON body is not UTF-8 text");
            }
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken token;
            boolean rootDone = false;
            while ((token = parser.nextToken()) != null) {
                if (rootDone) {
                    throw ProblemException.badRequest("malformed_json", "the JSON body has more than one value");
                }
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    checkNumber(parser.getText());
                }
                rootDone = parser.getParsingContext().inRoot();
            }
        } catch (StreamConstraintsException e) {
            throw outOfBounds("the JSON body is out of bounds: nesting at most " + MAX_DEPTH + ", names at most "
                    + MAX_NAME + " characters, numbers at most " + MAX_NUMBER_CHARS + " characters");
        } catch (JsonProcessingException e) {
            throw Request.malformed(e);
        } catch (IOException e) {
            throw ProblemException.badRequest("malformed_json", "the JSON body cannot be read");
        }
    }

    /** A number's text (as JSON writes it): at most {@link #MAX_NUMBER_CHARS} characters and a small exponent. */
    static void checkNumber(String text) {
        if (text.length() > MAX_NUMBER_CHARS) {
            throw outOfBounds("a number has more than " + MAX_NUMBER_CHARS + " characters");
        }
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e < 0) {
            return;
        }
        String exponent = text.substring(e + 1);
        if (exponent.startsWith("+") || exponent.startsWith("-")) {
            exponent = exponent.substring(1);
        }
        String digits = exponent.replaceFirst("^0+", "");
        if (digits.length() > 3 || (!digits.isEmpty() && Integer.parseInt(digits) > MAX_EXPONENT)) {
            throw outOfBounds("a number's exponent is beyond ±" + MAX_EXPONENT);
        }
    }

    private static ProblemException outOfBounds(String detail) {
        return ProblemException.badRequest("out_of_bounds", detail);
    }
}
