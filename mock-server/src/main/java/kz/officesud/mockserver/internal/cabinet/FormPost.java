package kz.officesud.mockserver.internal.cabinet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.Request;
import org.jspecify.annotations.Nullable;

/**
 * A posted form: {@code application/x-www-form-urlencoded} (a JSF post, a RichFaces partial post) or {@code
 * multipart/form-data} (a file upload, the file streamed to {@link FileSink} as it arrives, never held whole). Bounded:
 * fields, their sizes and the header lines.
 */
final class FormPost {
    static final int MAX_FORM_BYTES = 256 * 1024;
    private static final int MAX_FIELDS = 200;
    private static final int MAX_FIELD_BYTES = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 8 * 1024;

    /** Where an uploaded file goes; answers what was stored. Told the fields that came before the file. */
    @FunctionalInterface
    interface FileSink {
        String store(Map<String, String> before, String field, String fileName, String mediaType, InputStream content)
                throws IOException;
    }

    private final Map<String, String> fields;
    private final Map<String, String> files;

    private FormPost(Map<String, String> fields, Map<String, String> files) {
        this.fields = fields;
        this.files = files;
    }

    Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The first field whose name ends with {@code :suffix} (JSF names are {@code <form id>:<field>}). */
    Optional<String> suffixed(String suffix) {
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getKey().endsWith(":" + suffix)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** What the sink answered for the file field ending with {@code :suffix}. */
    Optional<String> file(String suffix) {
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (e.getKey().endsWith(":" + suffix)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    static FormPost read(Request request, @Nullable FileSink sink) throws IOException {
        String type = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            if (sink == null) {
                throw ProblemException.badRequest("bad_request", "this page takes no files");
            }
            return multipart(request, boundary(request.header("Content-Type").orElse("")), sink);
        }
        byte[] body = request.bodyBytes(MAX_FORM_BYTES);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (fields.size() >= MAX_FIELDS) {
                throw ProblemException.badRequest("bad_request", "too many form fields");
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("bad_request", "the form is not URL-encoded");
            }
        }
        return new FormPost(fields, Map.of());
    }

    private static String boundary(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String b = p.substring(9);
                if (b.startsWith("\"") && b.endsWith("\"") && b.length() > 1) {
                    b = b.substring(1, b.length() - 1);
                }
                if (!b.isEmpty() && b.length() <= 70) {
                    return b;
                }
            }
        }
        throw ProblemException.badRequest("bad_request", "multipart/form-data without a boundary");
    }

    private static FormPost multipart(Request request, String boundary, FileSink sink) throws IOException {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        PushbackInputStream in = new PushbackInputStream(request.body(), delimiter.length + 2);
        // the body starts with the first boundary line (the delimiter without its CRLF)
        in.unread(new byte[] {'\r', '\n'});
        skipPart(in, delimiter);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        while (true) {
            int a = in.read();
            int b = in.read();
            if (a == '-' && b == '-') {
                break;
            }
            if (a != '\r' || b != '\n') {
                throw ProblemException.badRequest("bad_request", "the multipart body is malformed");
            }
            if (fields.size() + files.size() >= MAX_FIELDS) {
                throw ProblemException.badRequest("bad_request", "too many form fields");
            }
            Map<String, String> headers = headers(in);
            String disposition = headers.getOrDefault("content-disposition", "");
            String name = parameter(disposition, "name");
            String fileName = parameter(disposition, "filename");
            if (name == null) {
                throw ProblemException.badRequest("bad_request", "a multipart part has no name");
            }
            PartStream part = new PartStream(in, delimiter);
            if (fileName != null) {
                String mediaType = headers.getOrDefault("content-type", "application/octet-stream")
                        .split(";", 2)[0]
                        .strip()
                        .toLowerCase(Locale.ROOT);
                files.put(name, sink.store(Map.copyOf(fields), name, fileName, mediaType, part));
                part.skipRest();
            } else {
                byte[] value = part.readNBytes(MAX_FIELD_BYTES + 1);
                if (value.length > MAX_FIELD_BYTES) {
                    throw ProblemException.badRequest("bad_request", "a form field is too long");
                }
                part.skipRest();
                fields.putIfAbsent(name, new String(value, StandardCharsets.UTF_8));
            }
        }
        return new FormPost(fields, files);
    }

    private static void skipPart(PushbackInputStream in, byte[] delimiter) throws IOException {
        PartStream preamble = new PartStream(in, delimiter);
        if (preamble.skip(MAX_HEADER_BYTES) >= MAX_HEADER_BYTES || !preamble.ended) {
            throw ProblemException.badRequest("bad_request", "the multipart body does not start with its boundary");
        }
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        while (true) {
            int c = in.read();
            if (c < 0 || ++total > MAX_HEADER_BYTES) {
                throw ProblemException.badRequest("bad_request", "the multipart headers are malformed");
            }
            if (c == '\n') {
                String text = line.toString(StandardCharsets.UTF_8).strip();
                line.reset();
                if (text.isEmpty()) {
                    return headers;
                }
                int colon = text.indexOf(':');
                if (colon > 0) {
                    headers.put(
                            text.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            text.substring(colon + 1).strip());
                }
            } else {
                line.write(c);
            }
        }
    }

    private static @Nullable String parameter(String header, String name) {
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, name + "=", 0, name.length() + 1)) {
                String v = p.substring(name.length() + 1);
                if (v.startsWith("\"") && v.endsWith("\"") && v.length() > 1) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
            }
        }
        return null;
    }

    /** One part's content: ends where the delimiter begins (the delimiter itself is consumed). */
    private static final class PartStream extends InputStream {
        private final PushbackInputStream in;
        private final byte[] delimiter;
        private boolean ended;

        PartStream(PushbackInputStream in, byte[] delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        @Override
        public int read() throws IOException {
            if (ended) {
                return -1;
            }
            int c = in.read();
            if (c < 0) {
                throw ProblemException.badRequest("bad_request", "the multipart body ends inside a part");
            }
            if (c != (delimiter[0] & 0xff)) {
                return c;
            }
            byte[] ahead = new byte[delimiter.length - 1];
            int n = in.readNBytes(ahead, 0, ahead.length);
            boolean match = n == ahead.length;
            for (int i = 0; match && i < ahead.length; i++) {
                match = ahead[i] == delimiter[i + 1];
            }
            if (match) {
                ended = true;
                return -1;
            }
            in.unread(ahead, 0, n);
            return c;
        }

        void skipRest() throws IOException {
            while (read() >= 0) {
                // drain to the delimiter
            }
        }
    }
}
