package kz.officesud.mockserver.internal.http;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one rule of how a JSON request body is declared, for every JSON endpoint of the court and its control API:
 * {@code Content-Type: application/json}, the type and subtype in any case, with parameters allowed. A
 * {@code charset} parameter, when given, is {@code utf-8} (RFC 8259 §8.1: JSON exchanged between systems is UTF-8;
 * the court never reads a body in another encoding) — another charset is a 415 {@code unsupported_charset}. Any
 * other media type, or none, is a 415 {@code unsupported_media_type}, before a byte of the body is read:
 *
 * <ul>
 *   <li>{@code text/plain}, {@code application/x-www-form-urlencoded} and {@code multipart/form-data} are what a web
 *       page can post to another origin without asking (a CORS "simple" request); a JSON endpoint that took them
 *       would take a form's post as a request.
 *   <li>A {@code +json} type ({@code application/merge-patch+json}, {@code application/json-patch+json},
 *       {@code application/problem+json}) names a format of its own, with a meaning the court does not implement;
 *       reading it as a plain JSON object would silently misread what the client meant.
 * </ul>
 */
public final class JsonMediaType {
    /** The media type a JSON body is sent as. */
    public static final String JSON = "application/json";

    private JsonMediaType() {}

    /** Throws a 415 problem unless the request declares its body as {@code application/json} in UTF-8. */
    public static void require(Request request) {
        require(request.header("Content-Type").orElse(null));
    }

    /** Throws a 415 problem unless {@code contentType} is {@code application/json}, in UTF-8 if a charset is named. */
    public static void require(@Nullable String contentType) {
        String[] parts = contentType == null ? new String[] {""} : contentType.split(";", -1);
        if (!parts[0].strip().toLowerCase(Locale.ROOT).equals(JSON)) {
            throw new ProblemException(
                    415, "unsupported_media_type", "a JSON body is sent with Content-Type: application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int eq = parameter.indexOf('=');
            if (eq < 0 || !parameter.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                continue;
            }
            String charset = parameter.substring(eq + 1).strip();
            if (charset.length() >= 2 && charset.startsWith("\"") && charset.endsWith("\"")) {
                charset = charset.substring(1, charset.length() - 1);
            }
            if (!charset.equalsIgnoreCase("utf-8")) {
                throw new ProblemException(
                        415, "unsupported_charset", "a JSON body is UTF-8: Content-Type names another charset");
            }
        }
    }
}
