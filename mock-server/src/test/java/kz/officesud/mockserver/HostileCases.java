package kz.officesud.mockserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The hostile HTTP corpus as data ({@code hostile/http-cases.tsv}): one request a line, with the status and problem
 * code the court must answer. See the file's header for the columns, escapes and macros.
 */
final class HostileCases {
    /** One line of the table. */
    record Case(
            int line,
            String name,
            RawHttp.Pace pace,
            String method,
            String target,
            String headers,
            String body,
            int status,
            String code) {
        boolean success() {
            return code.equals("-");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileCases() {}

    static List<Case> read(String resource) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = HostileCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 8) {
                    throw new IllegalStateException(resource + ":" + (i + 1) + ": 8 tab-separated cells expected");
                }
                cases.add(new Case(
                        i + 1,
                        cells[0],
                        RawHttp.Pace.valueOf(cells[1]),
                        cells[2],
                        cells[3],
                        dash(cells[4]),
                        dash(cells[5]),
                        Integer.parseInt(cells[6]),
                        cells[7]));
            }
        }
        return cases;
    }

    private static String dash(String cell) {
        return cell.equals("-") ? "" : cell;
    }

    /** The request's head and body as bytes. */
    record Request(byte[] head, byte[] body) {}

    /**
     * The bytes of a case: macros and escapes expanded, the default headers added (Host, Connection: close, {@code
     * language}, Content-Length) unless the line names them.
     */
    static Request request(Case c, Function<String, String> macros, String language) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] body = expand(c.body(), macros);
        if (c.method().equals("RAW")) {
            byte[] raw = expand(c.target(), macros);
            head.writeBytes(raw);
            return new Request(head.toByteArray(), body);
        }
        head.writeBytes(expand(c.method(), macros));
        head.write(' ');
        head.writeBytes(expand(c.target(), macros));
        head.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] headers = expand(c.headers(), macros);
        String named = new String(headers, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (!named.contains("host:")) {
            head.writeBytes("Host: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        head.writeBytes("Connection: close\r\n".getBytes(StandardCharsets.US_ASCII));
        if (!named.contains("accept-language:")) {
            head.writeBytes(("Accept-Language: " + language + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        if (!named.contains("content-length:") && !named.contains("transfer-encoding:") && body.length > 0) {
            head.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        if (headers.length > 0) {
            // one header a line of the table's \n: each ends in CRLF
            for (String line : new String(headers, StandardCharsets.ISO_8859_1).split("\n", -1)) {
                head.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
                head.writeBytes(new byte[] {'\r', '\n'});
            }
        }
        head.writeBytes(new byte[] {'\r', '\n'});
        return new Request(head.toByteArray(), body);
    }

    /**
     * Expands {@code \r \n \t \\ \} \xHH} and {@code ${name}} / {@code ${rep:N:text}} (text expanded in turn) to bytes;
     * other characters are written as UTF-8.
     */
    static byte[] expand(String text, Function<String, String> macros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                switch (next) {
                    case 'r' -> out.write('\r');
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case '\\' -> out.write('\\');
                    case '}' -> out.write('}');
                    case 'x' -> {
                        out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                        i += 2;
                    }
                    default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + text);
                }
                i += 2;
                continue;
            }
            if (c == '$' && text.startsWith("${", i)) {
                int end = closing(text, i + 2);
                String macro = text.substring(i + 2, end);
                if (macro.startsWith("rep:")) {
                    int colon = macro.indexOf(':', 4);
                    int times = Integer.parseInt(macro.substring(4, colon));
                    byte[] unit = expand(macro.substring(colon + 1), macros);
                    for (int n = 0; n < times; n++) {
                        out.write(unit, 0, unit.length);
                    }
                } else {
                    String value = macros.apply(macro);
                    if (value == null) {
                        throw new IllegalArgumentException("unknown macro ${" + macro + "}");
                    }
                    out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
                }
                i = end + 1;
                continue;
            }
            int codePoint = text.codePointAt(i);
            out.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
            i += Character.charCount(codePoint);
        }
        return out.toByteArray();
    }

    /** The index of the {@code }} closing a macro opened before {@code from} (nested macros and {@code \}} skipped). */
    private static int closing(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$' && text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw new IllegalArgumentException("unclosed macro in " + text);
    }

    /** Macros from a map (for tests of the table itself). */
    static Function<String, String> macros(Map<String, String> values) {
        return values::get;
    }
}
