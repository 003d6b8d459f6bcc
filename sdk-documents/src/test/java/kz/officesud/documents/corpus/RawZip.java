package kz.officesud.documents.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A ZIP writer for tests that does what {@link java.util.zip.ZipOutputStream} refuses: duplicate names, sizes that
 * lie, streamed huge entries. Writes classic (non-zip64) archives.
 */
public final class RawZip {
    private record Written(String name, int method, long crc, long comp, long size, long offset) {}

    private final OutputStream out;
    private final List<Written> written = new ArrayList<>();
    private long pos;

    private RawZip(OutputStream out) {
        this.out = out;
    }

    /** Writes a whole archive of (name, bytes) pairs, deflated. */
    public static void write(Path target, List<Entry> entries) throws IOException {
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            RawZip z = new RawZip(o);
            for (Entry e : entries) {
                z.add(e);
            }
            z.finish();
        }
    }

    /** An entry: its name, content, whether deflated, and an optional declared size (-1: the true one). */
    public record Entry(String name, byte[] content, boolean deflate, long declaredSize) {
        public static Entry of(String name, String content) {
            return new Entry(name, content.getBytes(StandardCharsets.UTF_8), true, -1);
        }

        public static Entry of(String name, byte[] content) {
            return new Entry(name, content, true, -1);
        }

        public static Entry stored(String name, String content) {
            return new Entry(name, content.getBytes(StandardCharsets.UTF_8), false, -1);
        }
    }

    /** Streams into a new archive. */
    public static RawZip to(OutputStream out) {
        return new RawZip(out);
    }

    public void add(Entry e) throws IOException {
        byte[] data = e.content();
        CRC32 crc = new CRC32();
        crc.update(data);
        byte[] stored = e.deflate() ? deflate(data) : data;
        long size = e.declaredSize() >= 0 ? e.declaredSize() : data.length;
        addRaw(e.name(), e.deflate() ? 8 : 0, crc.getValue(), stored, size);
    }

    /** Adds an entry whose compressed bytes are already made (e.g. streamed elsewhere). */
    public void addRaw(String name, int method, long crc, byte[] compressed, long size) throws IOException {
        addRawStreamed(name, method, crc, compressed.length, size, o -> o.write(compressed));
    }

    /** The body writer of {@link #addRawStreamed}. */
    public interface Body {
        void write(OutputStream o) throws IOException;
    }

    public void addRawStreamed(String name, int method, long crc, long compLen, long size, Body body)
            throws IOException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        long offset = pos;
        le32(0x04034b50);
        le16(20);
        le16(0x0800);
        le16(method);
        le16(0);
        le16(0x21);
        le32(crc);
        le32(compLen);
        le32(size);
        le16(n.length);
        le16(0);
        raw(n);
        CountingOut c = new CountingOut(out);
        body.write(c);
        if (c.count != compLen) {
            throw new IllegalStateException("body wrote " + c.count + " bytes, declared " + compLen);
        }
        pos += c.count;
        written.add(new Written(name, method, crc, compLen, size, offset));
    }

    public void finish() throws IOException {
        long cen = pos;
        for (Written w : written) {
            byte[] n = w.name().getBytes(StandardCharsets.UTF_8);
            le32(0x02014b50);
            le16(20);
            le16(20);
            le16(0x0800);
            le16(w.method());
            le16(0);
            le16(0x21);
            le32(w.crc());
            le32(w.comp());
            le32(w.size());
            le16(n.length);
            le16(0);
            le16(0);
            le16(0);
            le16(0);
            le32(0);
            le32(w.offset());
            raw(n);
        }
        long cenSize = pos - cen;
        le32(0x06054b50);
        le16(0);
        le16(0);
        le16(written.size());
        le16(written.size());
        le32(cenSize);
        le32(cen);
        le16(0);
        out.flush();
    }

    public static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream b = new ByteArrayOutputStream(Math.max(64, data.length / 4));
        byte[] buf = new byte[64 * 1024];
        while (!d.finished()) {
            int k = d.deflate(buf);
            b.write(buf, 0, k);
        }
        d.end();
        return b.toByteArray();
    }

    private void le16(int v) throws IOException {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
        pos += 2;
    }

    private void le32(long v) throws IOException {
        le16((int) (v & 0xFFFF));
        le16((int) ((v >>> 16) & 0xFFFF));
    }

    private void raw(byte[] b) throws IOException {
        out.write(b);
        pos += b.length;
    }

    private static final class CountingOut extends OutputStream {
        private final OutputStream o;
        private long count;

        CountingOut(OutputStream o) {
            this.o = o;
        }

        @Override
        public void write(int b) throws IOException {
            o.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            o.write(b, off, len);
            count += len;
        }
    }
}
