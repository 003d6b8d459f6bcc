package kz.officesud.documents.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.InspectionLimits;
import org.jspecify.annotations.Nullable;

/**
 * A ZIP reader that trusts nothing: it reads the central directory itself (so a truncated file, duplicate names and
 * entry counts are seen before anything is inflated), and inflates entries through a counting, ratio-checking,
 * CRC-checking stream. Not thread-safe; one per inspection.
 */
public final class ZipArchive implements AutoCloseable {
    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CEN = 0x02014b50;
    private static final int LOC = 0x04034b50;
    private static final long MAX_CEN_BYTES = 64L << 20;

    /** One entry of the central directory. */
    public record Entry(String name, int method, int flags, long crc, long compressedSize, long size, long offset) {}

    private final FileChannel channel;
    private final long fileSize;
    private final long cenOffset;
    private final InspectionLimits limits;
    private final List<Entry> entries;
    private final Map<String, Entry> byName;
    private long inflatedTotal;

    private ZipArchive(
            FileChannel channel, long fileSize, long cenOffset, InspectionLimits limits, List<Entry> entries) {
        this.channel = channel;
        this.fileSize = fileSize;
        this.cenOffset = cenOffset;
        this.limits = limits;
        this.entries = entries;
        Map<String, Entry> map = new HashMap<>();
        for (Entry e : entries) {
            map.put(e.name().toLowerCase(Locale.ROOT), e);
        }
        this.byName = map;
    }

    /** Opens and checks the central directory; throws a {@link Refusal} for a truncated or hostile archive. */
    public static ZipArchive open(Path file, InspectionLimits limits) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return read(ch, limits);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static ZipArchive read(FileChannel ch, InspectionLimits limits) throws IOException {
        long size = ch.size();
        int tailLen = (int) Math.min(size, 22 + 65535 + 20);
        ByteBuffer tail = readAt(ch, size - tailLen, tailLen);
        int eocd = -1;
        for (int i = tailLen - 22; i >= 0; i--) {
            if (tail.getInt(i) == EOCD) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            ByteBuffer head = readAt(ch, 0, (int) Math.min(4, size));
            boolean startsLikeZip = head.limit() == 4 && head.getInt(0) == LOC;
            throw new Refusal(
                    startsLikeZip ? DocumentProblem.TRUNCATED : DocumentProblem.CORRUPT,
                    "zip end of central directory not found");
        }
        long eocdPos = size - tailLen + eocd;
        long total = tail.getShort(eocd + 10) & 0xFFFF;
        long cenSize = tail.getInt(eocd + 12) & 0xFFFFFFFFL;
        long cenOff = tail.getInt(eocd + 16) & 0xFFFFFFFFL;
        if (total == 0xFFFF || cenSize == 0xFFFFFFFFL || cenOff == 0xFFFFFFFFL) {
            if (eocd < 20 || tail.getInt(eocd - 20) != ZIP64_LOCATOR) {
                throw new Refusal(DocumentProblem.CORRUPT, "zip64 locator missing");
            }
            long z64 = tail.getLong(eocd - 20 + 8);
            if (z64 < 0 || z64 + 56 > eocdPos) {
                throw new Refusal(DocumentProblem.CORRUPT, "zip64 end record out of range");
            }
            ByteBuffer r = readAt(ch, z64, 56);
            if (r.getInt(0) != ZIP64_EOCD) {
                throw new Refusal(DocumentProblem.CORRUPT, "zip64 end record missing");
            }
            total = r.getLong(32);
            cenSize = r.getLong(40);
            cenOff = r.getLong(48);
            eocdPos = z64;
        }
        if (total > limits.maxZipEntries()) {
            throw new Refusal(
                    DocumentProblem.TOO_MANY_ZIP_ENTRIES,
                    "zip declares " + total + " entries, limit " + limits.maxZipEntries());
        }
        if (cenOff < 0 || cenSize < 0 || cenOff + cenSize > eocdPos) {
            throw new Refusal(DocumentProblem.TRUNCATED, "zip central directory lies outside the file");
        }
        if (cenSize > MAX_CEN_BYTES) {
            throw new Refusal(DocumentProblem.TOO_MANY_ZIP_ENTRIES, "zip central directory of " + cenSize + " bytes");
        }
        ByteBuffer cen = readAt(ch, cenOff, (int) cenSize);
        List<Entry> list = new ArrayList<>((int) total);
        Map<String, String> seen = new HashMap<>();
        int p = 0;
        long declaredTotal = 0;
        while (p + 46 <= cen.limit()) {
            if (cen.getInt(p) != CEN) {
                break;
            }
            if (list.size() >= limits.maxZipEntries()) {
                throw new Refusal(
                        DocumentProblem.TOO_MANY_ZIP_ENTRIES, "more than " + limits.maxZipEntries() + " zip entries");
            }
            int flags = cen.getShort(p + 8) & 0xFFFF;
            int method = cen.getShort(p + 10) & 0xFFFF;
            long crc = cen.getInt(p + 16) & 0xFFFFFFFFL;
            long comp = cen.getInt(p + 20) & 0xFFFFFFFFL;
            long usize = cen.getInt(p + 24) & 0xFFFFFFFFL;
            int nameLen = cen.getShort(p + 28) & 0xFFFF;
            int extraLen = cen.getShort(p + 30) & 0xFFFF;
            int commentLen = cen.getShort(p + 32) & 0xFFFF;
            long off = cen.getInt(p + 42) & 0xFFFFFFFFL;
            int end = p + 46 + nameLen + extraLen + commentLen;
            if (end > cen.limit()) {
                throw new Refusal(DocumentProblem.CORRUPT, "zip central directory record overruns");
            }
            byte[] nameBytes = new byte[nameLen];
            cen.get(p + 46, nameBytes);
            String name = new String(nameBytes, StandardCharsets.UTF_8);
            if (usize == 0xFFFFFFFFL || comp == 0xFFFFFFFFL || off == 0xFFFFFFFFL) {
                int x = p + 46 + nameLen;
                int xEnd = x + extraLen;
                while (x + 4 <= xEnd) {
                    int id = cen.getShort(x) & 0xFFFF;
                    int len = cen.getShort(x + 2) & 0xFFFF;
                    if (id == 1) {
                        int q = x + 4;
                        if (usize == 0xFFFFFFFFL && q + 8 <= xEnd) {
                            usize = cen.getLong(q);
                            q += 8;
                        }
                        if (comp == 0xFFFFFFFFL && q + 8 <= xEnd) {
                            comp = cen.getLong(q);
                            q += 8;
                        }
                        if (off == 0xFFFFFFFFL && q + 8 <= xEnd) {
                            off = cen.getLong(q);
                        }
                    }
                    x += 4 + len;
                }
            }
            if (off < 0 || comp < 0 || usize < 0 || off + 30 > cenOff || off + comp > cenOff) {
                throw new Refusal(DocumentProblem.CORRUPT, "zip entry lies outside the file's data");
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (seen.putIfAbsent(key, name) != null) {
                throw new Refusal(DocumentProblem.DUPLICATE_ZIP_ENTRY, "zip holds two entries named " + clip(name));
            }
            declaredTotal += usize;
            list.add(new Entry(name, method, flags, crc, comp, usize, off));
            p = end;
        }
        if (list.size() != total) {
            throw new Refusal(
                    DocumentProblem.CORRUPT,
                    "zip central directory lists " + list.size() + " entries, its end record " + total);
        }
        if (declaredTotal > limits.maxInflatedBytes()) {
            throw new Refusal(DocumentProblem.ZIP_BOMB, "zip entries declare " + declaredTotal + " bytes uncompressed");
        }
        return new ZipArchive(ch, size, cenOff, limits, Collections.unmodifiableList(list));
    }

    private static String clip(String name) {
        return name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }

    private static ByteBuffer readAt(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos + buf.position());
            if (n < 0) {
                throw new Refusal(DocumentProblem.TRUNCATED, "zip ends early");
            }
        }
        buf.flip();
        return buf;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry named {@code name} (no leading slash; OPC names ignore case), or null. */
    public @Nullable Entry entry(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    public long fileSize() {
        return fileSize;
    }

    /**
     * The entry's content, inflated while counting: more than its declared size, more than the ratio or the totals
     * allow → {@link DocumentProblem#ZIP_BOMB}; a CRC or length mismatch at the end → {@link DocumentProblem#CORRUPT}.
     */
    public InputStream open(Entry e) throws IOException {
        if ((e.flags() & 1) != 0) {
            throw new Refusal(DocumentProblem.PASSWORD_PROTECTED, "zip entry is encrypted");
        }
        if (e.method() != 0 && e.method() != 8) {
            throw new Refusal(DocumentProblem.UNSUPPORTED_ENCODING, "zip entry compression method " + e.method());
        }
        if (e.size() > limits.maxStreamBytes()) {
            throw new Refusal(DocumentProblem.ZIP_BOMB, "zip entry declares " + e.size() + " bytes");
        }
        ByteBuffer loc = readAt(channel, e.offset(), 30);
        if (loc.getInt(0) != LOC) {
            throw new Refusal(DocumentProblem.CORRUPT, "zip local header missing");
        }
        long data = e.offset() + 30 + (loc.getShort(26) & 0xFFFF) + (loc.getShort(28) & 0xFFFF);
        if (data + e.compressedSize() > cenOffset) {
            throw new Refusal(DocumentProblem.CORRUPT, "zip entry data overruns the central directory");
        }
        return new EntryStream(e, data);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private final class EntryStream extends InputStream {
        private final Entry entry;
        private final boolean stored;
        private final Inflater inflater;
        private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        private final CRC32 crc = new CRC32();
        private long pos;
        private final long end;
        private long produced;
        private boolean done;

        EntryStream(Entry entry, long data) {
            this.entry = entry;
            this.stored = entry.method() == 0;
            this.inflater = new Inflater(true);
            this.pos = data;
            this.end = data + entry.compressedSize();
            in.limit(0);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n;
            if (stored) {
                n = readStored(b, off, len);
            } else {
                n = readInflated(b, off, len);
            }
            if (n < 0) {
                finish();
                return -1;
            }
            crc.update(b, off, n);
            produced += n;
            inflatedTotal += n;
            if (produced > entry.size()) {
                throw new Refusal(
                        DocumentProblem.ZIP_BOMB, "zip entry expands beyond its declared " + entry.size() + " bytes");
            }
            if (produced > limits.ratioGraceBytes()
                    && produced > (long) limits.maxCompressionRatio() * Math.max(1, entry.compressedSize())) {
                throw new Refusal(
                        DocumentProblem.ZIP_BOMB,
                        "zip entry expands more than " + limits.maxCompressionRatio() + " times");
            }
            if (inflatedTotal > limits.maxInflatedBytes()) {
                throw new Refusal(DocumentProblem.ZIP_BOMB, "zip expands beyond " + limits.maxInflatedBytes());
            }
            return n;
        }

        private boolean fill() throws IOException {
            if (pos >= end) {
                return false;
            }
            in.clear();
            in.limit((int) Math.min(in.capacity(), end - pos));
            int r = channel.read(in, pos);
            if (r <= 0) {
                throw new Refusal(DocumentProblem.TRUNCATED, "zip entry data ends early");
            }
            pos += r;
            in.flip();
            return true;
        }

        private int readStored(byte[] b, int off, int len) throws IOException {
            if (!in.hasRemaining() && !fill()) {
                return -1;
            }
            int n = Math.min(len, in.remaining());
            in.get(b, off, n);
            return n;
        }

        private int readInflated(byte[] b, int off, int len) throws IOException {
            try {
                while (true) {
                    int n = inflater.inflate(b, off, len);
                    if (n > 0) {
                        return n;
                    }
                    if (inflater.finished()) {
                        return -1;
                    }
                    if (inflater.needsDictionary()) {
                        throw new Refusal(DocumentProblem.CORRUPT, "zip entry needs a preset dictionary");
                    }
                    if (inflater.needsInput()) {
                        if (!fill()) {
                            throw new Refusal(DocumentProblem.TRUNCATED, "zip entry's deflate data ends early");
                        }
                        inflater.setInput(in.array(), in.position(), in.remaining());
                        in.position(in.limit());
                    }
                }
            } catch (DataFormatException ex) {
                throw new Refusal(DocumentProblem.CORRUPT, "zip entry's deflate data is damaged");
            }
        }

        private void finish() throws IOException {
            done = true;
            if (produced != entry.size()) {
                throw new Refusal(
                        DocumentProblem.CORRUPT, "zip entry has " + produced + " bytes, declared " + entry.size());
            }
            if (crc.getValue() != entry.crc()) {
                throw new Refusal(DocumentProblem.CORRUPT, "zip entry's CRC does not match");
            }
        }

        @Override
        public void close() {
            inflater.end();
        }
    }

    /** Reads {@code e} wholly (for small parts only: the declared size must be under {@code max}). */
    public byte[] readAll(Entry e, int max) throws IOException {
        if (e.size() > max) {
            throw new Refusal(DocumentProblem.ZIP_BOMB, "part " + clip(e.name()) + " is " + e.size() + " bytes");
        }
        try (InputStream s = open(e)) {
            byte[] out = s.readNBytes((int) e.size());
            if (s.read() >= 0) {
                throw new EOFException("unreachable: the stream checks the declared size");
            }
            return out;
        }
    }
}
