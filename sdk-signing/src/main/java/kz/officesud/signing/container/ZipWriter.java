package kz.officesud.signing.container;

import static kz.officesud.signing.container.ZipFormat.CEN;
import static kz.officesud.signing.container.ZipFormat.DEFLATED;
import static kz.officesud.signing.container.ZipFormat.DESCRIPTOR;
import static kz.officesud.signing.container.ZipFormat.EOCD;
import static kz.officesud.signing.container.ZipFormat.FLAG_DESCRIPTOR;
import static kz.officesud.signing.container.ZipFormat.FLAG_UTF8;
import static kz.officesud.signing.container.ZipFormat.LOC;
import static kz.officesud.signing.container.ZipFormat.MAGIC16;
import static kz.officesud.signing.container.ZipFormat.MAGIC32;
import static kz.officesud.signing.container.ZipFormat.ZIP64_EOCD;
import static kz.officesud.signing.container.ZipFormat.ZIP64_LOCATOR;
import static kz.officesud.signing.container.ZipFormat.le;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a ZIP archive to a stream, one entry after another, in the form {@link ZipReader} accepts and every
 * unzip tool reads: UTF-8 names (flag 11), new entries deflated as they are written with a data descriptor
 * after them (an entry whose first MiB does not shrink by 3 % continues in stored deflate blocks), entries of another archive copied as they are (their compressed bytes, CRC and sizes, no
 * recompression), ZIP64 fields and end records only where a size, an offset or the entry count needs them.
 * Not thread-safe; the caller closes the stream.
 */
final class ZipWriter {
    private static final int BUFFER = 64 * 1024;
    /** How much of an entry is deflated before judging whether deflating it is worth the time. */
    private static final long JUDGED_AFTER = 1 << 20;

    /** What the central directory says of one written entry. */
    private record Written(
            byte[] name, int flags, int method, long dosTime, long crc, long compressed, long size, long offset) {
        boolean wide() {
            return compressed >= MAGIC32 || size >= MAGIC32 || offset >= MAGIC32;
        }
    }

    private final OutputStream out;
    private final List<Written> written = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private long position;
    private boolean open;

    ZipWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes {@code bytes} as a deflated entry. */
    void put(String name, byte[] bytes, LocalDateTime modified) throws IOException {
        try (OutputStream entry = entry(name, modified)) {
            entry.write(bytes);
        }
    }

    /**
     * Starts a deflated entry: write its bytes to the stream returned and close that stream (not the
     * archive) before the next entry.
     */
    OutputStream entry(String name, LocalDateTime modified) throws IOException {
        byte[] encoded = start(name);
        long offset = position;
        long dosTime = dosTime(modified);
        write(le(
                LOC,
                4,
                20,
                2,
                FLAG_UTF8 | FLAG_DESCRIPTOR,
                2,
                DEFLATED,
                2,
                dosTime,
                4,
                0,
                4,
                0,
                4,
                0,
                4,
                encoded.length,
                2,
                0,
                2));
        write(encoded);
        open = true;
        return new EntryOutput(encoded, offset, dosTime);
    }

    /** Copies {@code entry} of {@code reader} as it is stored there: its compressed bytes, CRC and sizes. */
    void copy(ZipReader reader, ZipReader.Entry entry) throws IOException {
        byte[] encoded = start(entry.name());
        long offset = position;
        boolean wide = entry.size() >= MAGIC32 || entry.compressedSize() >= MAGIC32;
        byte[] extra = wide ? le(1, 2, 16, 2, entry.size(), 8, entry.compressedSize(), 8) : new byte[0];
        write(le(
                LOC,
                4,
                wide ? 45 : 20,
                2,
                FLAG_UTF8,
                2,
                entry.method(),
                2,
                entry.dosTime(),
                4,
                entry.crc(),
                4,
                wide ? MAGIC32 : entry.compressedSize(),
                4,
                wide ? MAGIC32 : entry.size(),
                4,
                encoded.length,
                2,
                extra.length,
                2));
        write(encoded);
        write(extra);
        try (InputStream raw = reader.raw(entry)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = raw.read(buffer)) != -1; ) {
                write(buffer, 0, n);
            }
        }
        written.add(new Written(
                encoded,
                FLAG_UTF8,
                entry.method(),
                entry.dosTime(),
                entry.crc(),
                entry.compressedSize(),
                entry.size(),
                offset));
    }

    /** Writes the central directory and the end records. The stream stays open. */
    void finish() throws IOException {
        if (open) {
            throw new IllegalStateException("an entry is still open");
        }
        long central = position;
        for (Written w : written) {
            boolean wide = w.wide();
            byte[] extra = wide ? le(1, 2, 24, 2, w.size(), 8, w.compressed(), 8, w.offset(), 8) : new byte[0];
            write(le(
                    CEN,
                    4,
                    wide ? 45 : 20,
                    2,
                    wide ? 45 : 20,
                    2,
                    w.flags(),
                    2,
                    w.method(),
                    2,
                    w.dosTime(),
                    4,
                    w.crc(),
                    4,
                    wide ? MAGIC32 : w.compressed(),
                    4,
                    wide ? MAGIC32 : w.size(),
                    4,
                    w.name().length,
                    2,
                    extra.length,
                    2,
                    0,
                    2,
                    0,
                    2,
                    0,
                    2,
                    0,
                    4,
                    wide ? MAGIC32 : w.offset(),
                    4));
            write(w.name());
            write(extra);
        }
        long centralSize = position - central;
        int count = written.size();
        if (count >= MAGIC16 || central >= MAGIC32 || centralSize >= MAGIC32) {
            long record = position;
            write(le(ZIP64_EOCD, 4, 44, 8, 45, 2, 45, 2, 0, 4, 0, 4, count, 8, count, 8, centralSize, 8, central, 8));
            write(le(ZIP64_LOCATOR, 4, 0, 4, record, 8, 1, 4));
            write(le(EOCD, 4, 0, 2, 0, 2, MAGIC16, 2, MAGIC16, 2, MAGIC32, 4, MAGIC32, 4, 0, 2));
        } else {
            write(le(EOCD, 4, 0, 2, 0, 2, count, 2, count, 2, centralSize, 4, central, 4, 0, 2));
        }
        out.flush();
    }

    private byte[] start(String name) {
        if (open) {
            throw new IllegalStateException("an entry is still open");
        }
        if (!names.add(name)) {
            throw new IllegalArgumentException("two entries named " + EntryNames.shown(name));
        }
        return name.getBytes(StandardCharsets.UTF_8);
    }

    private void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        position += length;
    }

    /** The MS-DOS date and time of {@code time} (1980-01-01 for anything earlier), as the headers hold them. */
    static long dosTime(LocalDateTime time) {
        if (time.getYear() < 1980) {
            time = LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        long date = ((long) (time.getYear() - 1980) << 9) | (time.getMonthValue() << 5) | time.getDayOfMonth();
        long clock = (time.getHour() << 11) | (time.getMinute() << 5) | (time.getSecond() >> 1);
        return (date << 16) | clock;
    }

    /** Deflates an entry's bytes into the archive; closing it writes the data descriptor. */
    private final class EntryOutput extends OutputStream {
        private final byte[] name;
        private final long offset;
        private final long dosTime;
        private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        private final byte[] buffer = new byte[BUFFER];
        private final CRC32 crc = new CRC32();
        private final long start = position;
        private long size;
        private boolean judged;
        private boolean closed;

        EntryOutput(byte[] name, long offset, long dosTime) {
            this.name = name;
            this.offset = offset;
            this.dosTime = dosTime;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("the entry is closed");
            }
            crc.update(b, off, len);
            size += len;
            deflater.setInput(b, off, len);
            while (!deflater.needsInput()) {
                drain();
            }
            if (!judged && size >= JUDGED_AFTER) {
                judged = true;
                // flush what deflate holds back, so that what it wrote measures what it saved
                for (int n = BUFFER; n == BUFFER; ) {
                    n = deflater.deflate(buffer, 0, BUFFER, Deflater.SYNC_FLUSH);
                    ZipWriter.this.write(buffer, 0, n);
                }
                if (position - start > size * 97 / 100) {
                    // Scans, photos, PDF streams and OOXML are compressed already: deflate would spend ~50 ns a
                    // byte to save nothing. The rest goes into stored deflate blocks, at the speed of a copy.
                    deflater.setLevel(Deflater.NO_COMPRESSION);
                }
            }
        }

        private void drain() throws IOException {
            int n = deflater.deflate(buffer);
            if (n > 0) {
                ZipWriter.this.write(buffer, 0, n);
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                deflater.finish();
                while (!deflater.finished()) {
                    drain();
                }
            } finally {
                deflater.end();
            }
            long compressed = position - start;
            boolean wide = compressed >= MAGIC32 || size >= MAGIC32;
            // A descriptor too large for 32-bit fields has 64-bit ones, as the JDK and Kalkan write them.
            ZipWriter.this.write(
                    wide
                            ? le(DESCRIPTOR, 4, crc.getValue(), 4, compressed, 8, size, 8)
                            : le(DESCRIPTOR, 4, crc.getValue(), 4, compressed, 4, size, 4));
            written.add(new Written(
                    name, FLAG_UTF8 | FLAG_DESCRIPTOR, DEFLATED, dosTime, crc.getValue(), compressed, size, offset));
            open = false;
        }
    }
}
