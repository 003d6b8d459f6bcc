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
            for (int i = 0; i < n && !encrypted; i++) {
                encrypted = b.get(i) == '/' && matches(b, i, ENCRYPT, n) && delimiter(b, i + ENCRYPT.length, n);
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
        if (!(filters.size() == 1
                && (filters.get(0).equals("FlateDecode") || filters.get(0).equals("Fl")))) {
            throw new Refusal(
                    DocumentProblem.UNSUPPORTED_ENCODING,
                    "an object or cross-reference stream with filters " + filters);
        }
        try (BoundedInflater in = new BoundedInflater(
                new MappedInput(b, data, n),
                true,
                limits.maxStreamBytes(),
                limits.maxCompressionRatio(),
                limits.ratioGraceBytes(),
                budget)) {
            byte[] sink = new byte[64 * 1024];
            while (in.read(sink, 0, sink.length) >= 0) {
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
