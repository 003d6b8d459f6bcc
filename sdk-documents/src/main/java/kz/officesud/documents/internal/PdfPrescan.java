package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.InspectionLimits;

/**
 * A pass over the raw bytes before PDFBox sees the file. PDFBox decodes every stream it reads wholly into memory, and
 * it reads object streams ({@code /Type /ObjStm}) and cross-reference streams ({@code /Type /XRef}) on its own while
 * loading; so those are inflated here first into a counting sink (name or array form of {@code /Filter}), and refused
 * when they expand beyond the limits. Content streams are never decoded by PDFBox: {@link PdfReader} inflates them
 * through {@link BoundedInflater}. Also: a file without {@code %%EOF} near its end is truncated.
 *
 * <p>An encrypted file's security handler is read here too, from its encryption dictionary (which ISO 32000-1, 7.5.7,
 * keeps out of object streams, unencrypted): only the standard (password) handler is left to PDFBox. A file encrypted
 * for the holders of certain certificates ({@code /Adobe.PubSec}) opens only with one of their private keys, and
 * PDFBox's handler for it needs Bouncy Castle, which a caller's class path may not have: such a file is {@link
 * DocumentProblem#PASSWORD_PROTECTED} for certificate holders, without PDFBox trying. Any other handler (a
 * rights-management plug-in's) is password-protected too: no viewer of the court's opens it.
 */
final class PdfPrescan {
    private static final byte[] OBJSTM = "/ObjStm".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XREF = "/XRef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPT = "/Encrypt".getBytes(StandardCharsets.US_ASCII);

    private PdfPrescan() {}

    static void check(Path file, InspectionLimits limits, BoundedInflater.Budget budget) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            int n = (int) size;
            if (indexOf(b, EOF, Math.max(0, n - 2048), n) < 0) {
                throw new Refusal(DocumentProblem.TRUNCATED, "the PDF does not end with %%EOF");
            }
            // an encrypted file's object streams are encrypted too: they cannot be inflated before PDFBox checks the
            // password (a user-password file is refused then, before any object stream is read); cross-reference
            // streams are never encrypted and are still checked
            boolean encrypted = false;
            int encryptAt = -1;
            for (int i = 0; i < n; i++) {
                if (b.get(i) == '/' && matches(b, i, ENCRYPT, n) && delimiter(b, i + ENCRYPT.length, n)) {
                    encrypted = true;
                    encryptAt = i; // the last one: the latest update's trailer
                }
            }
            if (encrypted) {
                String handler = securityHandler(b, encryptAt + ENCRYPT.length, n);
                if ("Adobe.PubSec".equals(handler)) {
                    throw new Refusal(
                            DocumentProblem.PASSWORD_PROTECTED,
                            "the PDF is encrypted for certificate holders (public-key security)",
                            "certificate");
                }
                if (handler != null && !handler.equals("Standard")) {
                    throw new Refusal(
                            DocumentProblem.PASSWORD_PROTECTED,
                            "the PDF is encrypted by the security handler " + handler,
                            "otherHandler");
                }
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) != '/') {
                    continue;
                }
                boolean objStm = !encrypted && matches(b, i, OBJSTM, n) && delimiter(b, i + OBJSTM.length, n);
                boolean xref = !objStm && matches(b, i, XREF, n) && delimiter(b, i + XREF.length, n);
                if (objStm || xref) {
                    checkStreamAfter(b, i, n, limits, budget);
                }
            }
        }
    }

    private static void checkStreamAfter(
            MappedByteBuffer b, int hit, int n, InspectionLimits limits, BoundedInflater.Budget budget)
            throws IOException {
        int dictStart = lastIndexOf(b, OBJ, Math.max(0, hit - 16384), hit);
        int s = indexOf(b, STREAM, hit, Math.min(n, hit + 16384));
        if (dictStart < 0 || s < 0) {
            return; // not a stream dictionary as written; PDFBox will judge it
        }
        String dict = ascii(b, dictStart, s);
        List<String> filters = filters(dict);
        int data = s + STREAM.length;
        if (data < n && b.get(data) == '\r') {
            data++;
        }
        if (data < n && b.get(data) == '\n') {
            data++;
        }
        if (filters.isEmpty()) {
            return;
        }
        // counted through the same bounded decoders as content streams; predictors do not change the count much
        List<PdfFilters.Filter> chain =
                filters.stream().map(f -> new PdfFilters.Filter(f, null)).toList();
        InputStream decoded = PdfFilters.decode(new MappedInput(b, data, n), chain, limits, budget);
        if (decoded == null) {
            throw new Refusal(
                    DocumentProblem.UNSUPPORTED_ENCODING,
                    "an object or cross-reference stream with filters " + filters);
        }
        try (decoded) {
            byte[] sink = new byte[64 * 1024];
            while (decoded.read(sink, 0, sink.length) >= 0) {
                // count only
            }
        }
    }

    /** The filter names of a dictionary's /Filter (a name or an array of names). */
    static List<String> filters(String dict) {
        List<String> out = new ArrayList<>();
        int f = dict.indexOf("/Filter");
        if (f < 0) {
            return out;
        }
        int p = f + 7;
        while (p < dict.length() && Character.isWhitespace(dict.charAt(p))) {
            p++;
        }
        boolean array = p < dict.length() && dict.charAt(p) == '[';
        if (array) {
            p++;
        }
        while (p < dict.length()) {
            char c = dict.charAt(p);
            if (c == '/') {
                int e = p + 1;
                while (e < dict.length() && "/[]<>() \r\n\t".indexOf(dict.charAt(e)) < 0) {
                    e++;
                }
                out.add(dict.substring(p + 1, e));
                p = e;
                if (!array) {
                    break;
                }
            } else if (c == ']' || (!array && !Character.isWhitespace(c))) {
                if (!array && out.isEmpty()) {
                    out.add("indirect"); // an indirect /Filter: not what real writers do here
                }
                break;
            } else {
                p++;
            }
        }
        return out;
    }

    /**
     * The {@code /Filter} name of the encryption dictionary that {@code /Encrypt} (ending at {@code at}) names: given
     * in place ({@code << … >>}) or by reference ({@code 12 0 R}, found as the last {@code 12 0 obj} of the file, the
     * latest version); null when it cannot be found here (PDFBox will judge).
     */
    static @org.jspecify.annotations.Nullable String securityHandler(MappedByteBuffer b, int at, int n) {
        int p = skipWhite(b, at, n);
        String dict;
        if (p + 1 < n && b.get(p) == '<' && b.get(p + 1) == '<') {
            dict = ascii(b, p, Math.min(n, p + 65536));
        } else {
            int[] num = new int[2];
            for (int k = 0; k < 2; k++) {
                int start = p;
                int v = 0;
                while (p < n && b.get(p) >= '0' && b.get(p) <= '9' && p - start < 10) {
                    v = v * 10 + (b.get(p) - '0');
                    p++;
                }
                if (p == start) {
                    return null;
                }
                num[k] = v;
                p = skipWhite(b, p, n);
            }
            if (p >= n || b.get(p) != 'R') {
                return null;
            }
            byte[] header = (num[0] + " " + num[1] + " obj").getBytes(StandardCharsets.US_ASCII);
            int obj = -1;
            for (int i = lastIndexOf(b, header, 0, n); i >= 0; i = lastIndexOf(b, header, 0, i + header.length - 1)) {
                if (i == 0 || !Character.isDigit(b.get(i - 1))) {
                    obj = i;
                    break;
                }
            }
            if (obj < 0) {
                return null;
            }
            dict = ascii(b, obj + header.length, Math.min(n, obj + header.length + 65536));
            int end = dict.indexOf("endobj");
            if (end >= 0) {
                dict = dict.substring(0, end);
            }
        }
        List<String> handler = filters(dict);
        return handler.isEmpty() ? null : handler.get(0);
    }

    private static int skipWhite(MappedByteBuffer b, int p, int n) {
        while (p < n
                && (b.get(p) == ' ' || b.get(p) == '\r' || b.get(p) == '\n' || b.get(p) == '\t' || b.get(p) == 0)) {
            p++;
        }
        return p;
    }

    private static boolean delimiter(MappedByteBuffer b, int i, int n) {
        if (i >= n) {
            return true;
        }
        byte c = b.get(i);
        return c == ' ' || c == '\r' || c == '\n' || c == '\t' || c == '/' || c == '>' || c == '<' || c == ']'
                || c == '[' || c == '(' || c == '%';
    }

    private static boolean matches(MappedByteBuffer b, int i, byte[] pat, int n) {
        if (i + pat.length > n) {
            return false;
        }
        for (int k = 0; k < pat.length; k++) {
            if (b.get(i + k) != pat[k]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(MappedByteBuffer b, byte[] pat, int from, int to) {
        for (int i = from; i + pat.length <= to; i++) {
            if (b.get(i) == pat[0] && matches(b, i, pat, to)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(MappedByteBuffer b, byte[] pat, int from, int to) {
        for (int i = to - pat.length; i >= from; i--) {
            if (b.get(i) == pat[0] && matches(b, i, pat, to)) {
                return i;
            }
        }
        return -1;
    }

    private static String ascii(MappedByteBuffer b, int from, int to) {
        byte[] a = new byte[to - from];
        b.get(from, a);
        return new String(a, StandardCharsets.ISO_8859_1);
    }

    private static final class MappedInput extends InputStream {
        private final MappedByteBuffer b;
        private int pos;
        private final int end;

        MappedInput(MappedByteBuffer b, int pos, int end) {
            this.b = b;
            this.pos = pos;
            this.end = end;
        }

        @Override
        public int read() {
            return pos < end ? b.get(pos++) & 0xFF : -1;
        }

        @Override
        public int read(byte[] dst, int off, int len) {
            if (pos >= end) {
                return -1;
            }
            int k = Math.min(len, end - pos);
            b.get(pos, dst, off, k);
            pos += k;
            return k;
        }
    }
}
