package kz.officesud.signing.container;

import static kz.officesud.signing.container.ZipFormat.AES;
import static kz.officesud.signing.container.ZipFormat.CEN;
import static kz.officesud.signing.container.ZipFormat.DEFLATED;
import static kz.officesud.signing.container.ZipFormat.DESCRIPTOR;
import static kz.officesud.signing.container.ZipFormat.EOCD;
import static kz.officesud.signing.container.ZipFormat.FLAG_DESCRIPTOR;
import static kz.officesud.signing.container.ZipFormat.FLAG_ENCRYPTED;
import static kz.officesud.signing.container.ZipFormat.FLAG_STRONG_ENCRYPTION;
import static kz.officesud.signing.container.ZipFormat.FLAG_UTF8;
import static kz.officesud.signing.container.ZipFormat.LOC;
import static kz.officesud.signing.container.ZipFormat.MAGIC16;
import static kz.officesud.signing.container.ZipFormat.MAGIC32;
import static kz.officesud.signing.container.ZipFormat.STORED;
import static kz.officesud.signing.container.ZipFormat.ZIP64_EOCD;
import static kz.officesud.signing.container.ZipFormat.ZIP64_LOCATOR;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import kz.officesud.signing.container.ContainerProblem.Code;
import org.jspecify.annotations.Nullable;

/**
 * A ZIP reader for signed containers that takes nothing on trust. It reads the central directory itself and
 * accepts an archive only when every reader would see the same files in it: the end record and the central
 * directory agree, each local header repeats its central entry (name, flags, method, and CRC and sizes
 * unless a data descriptor follows), and the entries lie one after another from the first byte to the
 * central directory with nothing between them but their data descriptors - so there are no overlapping
 * entries (the compact zip bombs) and no bytes a streaming reader would take for a file the central
 * directory does not list. ZIP64 records and fields are read; data descriptors of every width, including
 * the 64-bit ones without a ZIP64 field, are accepted when they repeat the central entry. Entries are
 * inflated as streams that stop at their declared size and check their CRC-32.
 *
 * <p>Not thread-safe; one per verification.
 */
final class ZipReader implements AutoCloseable {
    private static final long MAX_CENTRAL_DIRECTORY = 64L << 20;
    private static final int BUFFER = 64 * 1024;
    private static final @Nullable Charset DOS_CYRILLIC = dosCyrillic();

    /**
     * One file of the archive, as its central directory lists it.
     *
     * @param name the name, decoded (UTF-8; without the UTF-8 flag, UTF-8 if the bytes are UTF-8, else
     *     DOS Cyrillic, code page 866, as Russian-language Windows archivers write)
     * @param decodable whether the flagged UTF-8 name was valid UTF-8
     * @param rawName the name's bytes, one char per byte (ISO 8859-1), to compare with the local header's
     * @param dosTime the last modification time as MS-DOS writes it: date in the high 16 bits, time in the low
     */
    record Entry(
            String name,
            boolean decodable,
            String rawName,
            long dosTime,
            int flags,
            int method,
            long crc,
            long compressedSize,
            long size,
            long headerOffset,
            long dataOffset) {

        /** The modification time, or empty when the DOS fields hold no valid date. */
        Optional<LocalDateTime> modified() {
            int date = (int) (dosTime >>> 16);
            int time = (int) (dosTime & 0xFFFF);
            try {
                return Optional.of(LocalDateTime.of(
                        1980 + (date >>> 9),
                        (date >>> 5) & 0x0F,
                        date & 0x1F,
                        time >>> 11,
                        (time >>> 5) & 0x3F,
                        Math.min(59, (time & 0x1F) * 2)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        boolean directory() {
            return name.endsWith("/");
        }

        boolean encrypted() {
            return (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) != 0 || method == AES;
        }

        boolean stored() {
            return method == STORED;
        }

        boolean supportedMethod() {
            return method == STORED || method == DEFLATED;
        }
    }

    /** The archive cannot be read as one unambiguous ZIP, or its size alone is beyond the limits. */
    static final class Refused extends Exception {
        @Serial
        private static final long serialVersionUID = 1L;

        private final transient ContainerProblem problem;

        Refused(Code code, String message) {
            super(message, null, false, false);
            this.problem = new ContainerProblem(code, "", message);
        }

        ContainerProblem problem() {
            return problem;
        }
    }

    /** An entry's bytes are damaged or larger than declared; thrown from its stream. */
    static final class EntryException extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        private final transient ContainerProblem problem;

        EntryException(Entry entry, Code code, String message) {
            super(message);
            this.problem = new ContainerProblem(code, EntryNames.shown(entry.name()), message);
        }

        ContainerProblem problem() {
            return problem;
        }
    }

    private final FileChannel channel;
    private final List<Entry> entries;

    private ZipReader(FileChannel channel, List<Entry> entries) {
        this.channel = channel;
        this.entries = entries;
    }

    /**
     * Opens the archive and checks its structure.
     *
     * @throws IOException if the file cannot be opened or read (a missing file, a disk error)
     * @throws Refused if the archive is malformed, ambiguous, or has more entries than {@code maxEntries}
     */
    static ZipReader open(Path path, int maxEntries) throws IOException, Refused {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new ZipReader(channel, read(channel, maxEntries));
        } catch (IOException | Refused | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The entries in central directory order. */
    List<Entry> entries() {
        return entries;
    }

    /**
     * A stream over the entry's uncompressed bytes: it never yields more than the declared size, and at its
     * end checks the length and the CRC-32. Its failures are {@link EntryException}s; other
     * {@link IOException}s are failures to read the file.
     */
    InputStream open(Entry entry) throws EntryException {
        if (entry.encrypted()) {
            throw new EntryException(entry, Code.ENCRYPTED_ENTRY, "the entry is encrypted");
        }
        if (!entry.supportedMethod()) {
            throw new EntryException(entry, Code.UNSUPPORTED_ENTRY, "compression method " + entry.method());
        }
        return new EntryStream(entry);
    }

    /** A stream over the entry's bytes as stored (compressed), to copy them into another archive. */
    InputStream raw(Entry entry) {
        return new InputStream() {
            private final ByteBuffer one = ByteBuffer.allocate(1);
            private long position = entry.dataOffset();
            private final long end = entry.dataOffset() + entry.compressedSize();

            @Override
            public int read() throws IOException {
                one.clear();
                return read(one) <= 0 ? -1 : one.get(0) & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return read(ByteBuffer.wrap(b, off, (int) Math.min(len, Math.max(0, end - position))));
            }

            private int read(ByteBuffer buffer) throws IOException {
                if (position >= end) {
                    return -1;
                }
                buffer.limit((int) Math.min(buffer.limit(), buffer.position() + (end - position)));
                int n = channel.read(buffer, position);
                if (n < 0) {
                    throw new EntryException(entry, Code.DAMAGED_ENTRY, "the archive ends inside the entry");
                }
                position += n;
                return n;
            }
        };
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static List<Entry> read(FileChannel channel, int maxEntries) throws IOException, Refused {
        long size = channel.size();
        if (size < 22) {
            throw new Refused(Code.MALFORMED_ZIP, "not a ZIP archive (" + size + " bytes)");
        }
        int tailLength = (int) Math.min(size, 22 + 0xFFFF);
        ByteBuffer tail = readAt(channel, size - tailLength, tailLength);
        int eocd = -1;
        for (int i = tailLength - 22; i >= 0; i--) {
            if (tail.getInt(i) == EOCD && i + 22 + u16(tail, i + 20) == tailLength) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            boolean looksLikeZip = readAt(channel, 0, 4).getInt(0) == LOC;
            throw new Refused(
                    Code.MALFORMED_ZIP,
                    looksLikeZip
                            ? "the archive is cut off: its end of central directory is missing"
                            : "not a ZIP archive");
        }
        long eocdPosition = size - tailLength + eocd;
        if (u16(tail, eocd + 4) != 0 || u16(tail, eocd + 6) != 0 || u16(tail, eocd + 8) != u16(tail, eocd + 10)) {
            throw new Refused(Code.MALFORMED_ZIP, "a multi-volume archive");
        }
        long total = u16(tail, eocd + 10);
        long centralSize = u32(tail, eocd + 12);
        long centralOffset = u32(tail, eocd + 16);
        long centralEnd = eocdPosition;
        boolean hasLocator =
                eocdPosition >= 20 && readAt(channel, eocdPosition - 20, 4).getInt(0) == ZIP64_LOCATOR;
        if (hasLocator) {
            ByteBuffer locator = readAt(channel, eocdPosition - 20, 20);
            long record = locator.getLong(8);
            if (locator.getInt(4) != 0 || locator.getInt(16) != 1 || record < 0 || record + 56 > eocdPosition - 20) {
                throw new Refused(Code.MALFORMED_ZIP, "the ZIP64 end locator points outside the archive");
            }
            ByteBuffer zip64 = readAt(channel, record, 56);
            if (zip64.getInt(0) != ZIP64_EOCD || record + 12 + zip64.getLong(4) != eocdPosition - 20) {
                throw new Refused(Code.MALFORMED_ZIP, "the ZIP64 end record is damaged");
            }
            if (zip64.getInt(16) != 0 || zip64.getInt(20) != 0 || zip64.getLong(24) != zip64.getLong(32)) {
                throw new Refused(Code.MALFORMED_ZIP, "a multi-volume archive");
            }
            total = zip64.getLong(32);
            centralSize = zip64.getLong(40);
            centralOffset = zip64.getLong(48);
            centralEnd = record;
        } else if (total == MAGIC16 || centralSize == MAGIC32 || centralOffset == MAGIC32) {
            throw new Refused(Code.MALFORMED_ZIP, "the ZIP64 end record is missing");
        }
        if (total > maxEntries || total < 0) {
            throw new Refused(
                    Code.TOO_MANY_ENTRIES, "the archive declares " + total + " entries, the limit is " + maxEntries);
        }
        if (centralOffset < 0 || centralSize < 0 || centralOffset + centralSize != centralEnd) {
            throw new Refused(Code.MALFORMED_ZIP, "the central directory is not where the end record says");
        }
        if (centralSize > MAX_CENTRAL_DIRECTORY) {
            throw new Refused(Code.TOO_MANY_ENTRIES, "a central directory of " + centralSize + " bytes");
        }
        List<Entry> entries = centralDirectory(readAt(channel, centralOffset, (int) centralSize), (int) total);
        checkLayout(channel, entries, centralOffset);
        return List.copyOf(entries);
    }

    private static List<Entry> centralDirectory(ByteBuffer central, int total) throws Refused {
        List<Entry> entries = new ArrayList<>(total);
        int p = 0;
        for (int i = 0; i < total; i++) {
            if (p + 46 > central.limit() || central.getInt(p) != CEN) {
                throw new Refused(
                        Code.MALFORMED_ZIP, "the central directory holds " + i + " entries, its end record " + total);
            }
            int flags = u16(central, p + 8);
            int method = u16(central, p + 10);
            long crc = u32(central, p + 16);
            long compressed = u32(central, p + 20);
            long size = u32(central, p + 24);
            int nameLength = u16(central, p + 28);
            int extraLength = u16(central, p + 30);
            int commentLength = u16(central, p + 32);
            int disk = u16(central, p + 34);
            long offset = u32(central, p + 42);
            int extra = p + 46 + nameLength;
            int end = extra + extraLength + commentLength;
            if (end > central.limit()) {
                throw new Refused(Code.MALFORMED_ZIP, "a central directory entry runs past its end");
            }
            byte[] nameBytes = new byte[nameLength];
            central.get(p + 46, nameBytes);
            long[] wide = {size, compressed, offset, disk};
            zip64(central, extra, extra + extraLength, wide, MAGIC16 == disk);
            if (wide[3] != 0) {
                throw new Refused(Code.MALFORMED_ZIP, "a multi-volume archive");
            }
            String name = decode(nameBytes, flags);
            entries.add(new Entry(
                    name == null ? new String(nameBytes, StandardCharsets.UTF_8) : name,
                    name != null,
                    new String(nameBytes, StandardCharsets.ISO_8859_1),
                    u32(central, p + 12),
                    flags,
                    method,
                    crc,
                    wide[1],
                    wide[0],
                    wide[2],
                    -1));
            p = end;
        }
        if (p != central.limit()) {
            throw new Refused(Code.MALFORMED_ZIP, "the central directory holds bytes after its last entry");
        }
        return entries;
    }

    /**
     * Replaces the 32-bit fields of {@code values} (size, compressed size, offset, disk) that are set to
     * their ZIP64 marker with the 64-bit ones of the extra field, in the order the format gives them.
     */
    private static void zip64(ByteBuffer buffer, int from, int to, long[] values, boolean wideDisk) throws Refused {
        boolean[] wanted = {values[0] == MAGIC32, values[1] == MAGIC32, values[2] == MAGIC32, wideDisk};
        if (!wanted[0] && !wanted[1] && !wanted[2] && !wanted[3]) {
            return;
        }
        for (int x = from; x + 4 <= to; ) {
            int id = u16(buffer, x);
            int length = u16(buffer, x + 2);
            if (x + 4 + length > to) {
                break;
            }
            if (id == 1) {
                int q = x + 4;
                for (int i = 0; i < 4; i++) {
                    if (!wanted[i]) {
                        continue;
                    }
                    int width = i == 3 ? 4 : 8;
                    if (q + width > x + 4 + length) {
                        throw new Refused(Code.MALFORMED_ZIP, "a ZIP64 extra field is too short");
                    }
                    values[i] = width == 8 ? buffer.getLong(q) : u32(buffer, q);
                    if (values[i] < 0) {
                        throw new Refused(Code.MALFORMED_ZIP, "a ZIP64 size beyond 2^63");
                    }
                    q += width;
                }
                return;
            }
            x += 4 + length;
        }
        throw new Refused(Code.MALFORMED_ZIP, "a ZIP64 extra field is missing");
    }

    private static @Nullable String decode(byte[] name, int flags) {
        String utf8 = strict(name, StandardCharsets.UTF_8);
        if (utf8 != null || (flags & FLAG_UTF8) != 0) {
            return utf8;
        }
        return new String(name, DOS_CYRILLIC == null ? StandardCharsets.ISO_8859_1 : DOS_CYRILLIC);
    }

    private static @Nullable String strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static @Nullable Charset dosCyrillic() {
        try {
            return Charset.forName("IBM866");
        } catch (IllegalArgumentException e) {
            return null; // a trimmed runtime without jdk.charsets
        }
    }

    /**
     * Checks each local header against its central entry and that the entries tile the archive from byte 0
     * to the central directory, and fills in where each entry's data starts.
     */
    private static void checkLayout(FileChannel channel, List<Entry> entries, long centralOffset)
            throws IOException, Refused {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> entries.get(i).headerOffset()));
        long expected = 0;
        for (int k = 0; k < order.size(); k++) {
            int index = order.get(k);
            Entry entry = entries.get(index);
            String shown = EntryNames.shown(entry.name());
            if (entry.headerOffset() != expected) {
                throw new Refused(
                        Code.MALFORMED_ZIP,
                        entry.headerOffset() < expected
                                ? "entry " + shown + " overlaps the entry before it"
                                : (entry.headerOffset() - expected) + " bytes before entry " + shown
                                        + " belong to no listed entry");
            }
            long data = localHeader(channel, entry, centralOffset);
            long dataEnd = data + entry.compressedSize();
            long next = k + 1 < order.size() ? entries.get(order.get(k + 1)).headerOffset() : centralOffset;
            if (dataEnd > next) {
                throw new Refused(Code.MALFORMED_ZIP, "entry " + shown + " overlaps what follows it");
            }
            long gap = next - dataEnd;
            if ((entry.flags() & FLAG_DESCRIPTOR) != 0) {
                descriptor(channel, entry, dataEnd, gap);
            } else if (gap != 0) {
                throw new Refused(Code.MALFORMED_ZIP, gap + " bytes after entry " + shown + " belong to no entry");
            }
            entries.set(index, withData(entry, data));
            expected = next;
        }
        if (entries.isEmpty() && centralOffset != 0) {
            throw new Refused(Code.MALFORMED_ZIP, centralOffset + " bytes before the central directory");
        }
    }

    private static Entry withData(Entry e, long data) {
        return new Entry(
                e.name(),
                e.decodable(),
                e.rawName(),
                e.dosTime(),
                e.flags(),
                e.method(),
                e.crc(),
                e.compressedSize(),
                e.size(),
                e.headerOffset(),
                data);
    }

    /** Checks the local header of {@code entry} and returns where its data starts. */
    private static long localHeader(FileChannel channel, Entry entry, long centralOffset) throws IOException, Refused {
        String shown = EntryNames.shown(entry.name());
        if (entry.headerOffset() + 30 > centralOffset) {
            throw new Refused(Code.MALFORMED_ZIP, "the local header of " + shown + " lies outside the archive");
        }
        ByteBuffer header = readAt(channel, entry.headerOffset(), 30);
        int nameLength = u16(header, 26);
        int extraLength = u16(header, 28);
        long data = entry.headerOffset() + 30 + nameLength + extraLength;
        if (header.getInt(0) != LOC || data > centralOffset) {
            throw new Refused(Code.MALFORMED_ZIP, "the local header of " + shown + " is missing");
        }
        ByteBuffer variable = readAt(channel, entry.headerOffset() + 30, nameLength + extraLength);
        byte[] localName = new byte[nameLength];
        variable.get(0, localName);
        if (!new String(localName, StandardCharsets.ISO_8859_1).equals(entry.rawName())
                || u16(header, 6) != entry.flags()
                || u16(header, 8) != entry.method()) {
            throw new Refused(
                    Code.MALFORMED_ZIP, "the local header of " + shown + " disagrees with the central directory");
        }
        long[] sizes = {u32(header, 22), u32(header, 18), 0, 0};
        if (sizes[0] == MAGIC32 || sizes[1] == MAGIC32) {
            // a local ZIP64 field always carries both sizes
            sizes[0] = MAGIC32;
            sizes[1] = MAGIC32;
            zip64(variable, nameLength, nameLength + extraLength, sizes, false);
        }
        long crc = u32(header, 14);
        boolean matches = crc == entry.crc() && sizes[0] == entry.size() && sizes[1] == entry.compressedSize();
        boolean deferred = (entry.flags() & FLAG_DESCRIPTOR) != 0
                && (crc == 0 || crc == entry.crc())
                && (sizes[0] == 0 || sizes[0] == entry.size())
                && (sizes[1] == 0 || sizes[1] == entry.compressedSize());
        if (!matches && !deferred) {
            throw new Refused(
                    Code.MALFORMED_ZIP,
                    "the local header of " + shown + " gives another CRC or size than the central directory");
        }
        return data;
    }

    /** Checks the data descriptor after an entry's data; {@code length} is the room before what follows. */
    private static void descriptor(FileChannel channel, Entry entry, long at, long length) throws IOException, Refused {
        String shown = EntryNames.shown(entry.name());
        if (length != 12 && length != 16 && length != 20 && length != 24) {
            throw new Refused(Code.MALFORMED_ZIP, "the data descriptor of " + shown + " is " + length + " bytes");
        }
        ByteBuffer d = readAt(channel, at, (int) length);
        boolean signed = length == 16 || length == 24;
        boolean wide = length >= 20;
        int p = 0;
        if (signed) {
            if (d.getInt(0) != DESCRIPTOR) {
                throw new Refused(Code.MALFORMED_ZIP, "the data descriptor of " + shown + " is damaged");
            }
            p = 4;
        }
        long crc = u32(d, p);
        long compressed = wide ? d.getLong(p + 4) : u32(d, p + 4);
        long size = wide ? d.getLong(p + 12) : u32(d, p + 8);
        if (crc != entry.crc() || compressed != entry.compressedSize() || size != entry.size()) {
            throw new Refused(
                    Code.MALFORMED_ZIP, "the data descriptor of " + shown + " disagrees with the central directory");
        }
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException, Refused {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new Refused(Code.MALFORMED_ZIP, "the archive is cut off");
            }
        }
        return buffer.flip();
    }

    private static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & MAGIC32;
    }

    /**
     * An entry's bytes: the stored bytes, or those inflated from them; counted against the declared size and
     * checked against the CRC-32 when they end.
     */
    private final class EntryStream extends InputStream {
        private final Entry entry;
        private final InputStream stored;
        private final @Nullable Inflater inflater;
        private final InputStream bytes;
        private final CRC32 crc = new CRC32();
        private long produced;
        private boolean done;

        EntryStream(Entry entry) {
            this.entry = entry;
            this.stored = raw(entry);
            this.inflater = entry.stored() ? null : new Inflater(true);
            this.bytes = inflater == null ? stored : new InflaterInputStream(stored, inflater, BUFFER);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            int n;
            try {
                n = bytes.read(b, off, len);
            } catch (ZipException | EOFException e) {
                // what InflaterInputStream throws for broken or cut-off deflate data
                throw new EntryException(entry, Code.DAMAGED_ENTRY, "the deflate data is damaged or cut off");
            }
            if (n < 0) {
                finish();
                return -1;
            }
            produced += n;
            if (produced > entry.size()) {
                throw new EntryException(
                        entry, Code.ZIP_BOMB, "the entry expands beyond the " + entry.size() + " bytes it declares");
            }
            crc.update(b, off, n);
            return n;
        }

        private void finish() throws IOException {
            done = true;
            if (inflater != null && (inflater.getRemaining() > 0 || stored.read() != -1)) {
                throw new EntryException(entry, Code.DAMAGED_ENTRY, "the deflate data ends before the entry does");
            }
            if (produced != entry.size()) {
                throw new EntryException(
                        entry,
                        Code.DAMAGED_ENTRY,
                        "the entry has " + produced + " bytes, its header declares " + entry.size());
            }
            if (crc.getValue() != entry.crc()) {
                throw new EntryException(entry, Code.DAMAGED_ENTRY, "the entry's bytes do not match its CRC-32");
            }
        }

        @Override
        public void close() throws IOException {
            done = true;
            try {
                bytes.close();
            } finally {
                if (inflater != null) {
                    inflater.end();
                }
            }
        }
    }
}
