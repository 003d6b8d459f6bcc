package kz.officesud.signing.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes ZIP archives byte by byte, so that tests can make what no well-behaved library writes: two entries of
 * one name, encrypted flags, lying sizes, local headers that disagree with the central directory, entries that
 * overlap or hide before the first one, Kalkan's 64-bit data descriptors without ZIP64 fields, ZIP64 records.
 */
final class RawZip {
    static final int UTF8 = 1 << 11;

    /** One entry and how to misrepresent it. */
    static final class Part {
        final String name;
        final byte[] content;
        int method = 8;
        int flags = UTF8;
        /** The size the headers declare, if not the content's. */
        long declaredSize = -1;
        /** 0 (none), 12, 16, 20 or 24: the data descriptor's length; sets the descriptor flag. */
        int descriptor;
        /** The local header's name, if not the central one. */
        String localName;
        /** The central entry points at the local header of the entry with this index instead of its own. */
        int offsetOf = -1;
        /** Written as a local entry only: the central directory does not list it. */
        boolean hidden;
        /** The name's bytes, if not the UTF-8 of {@link #name}. */
        byte[] nameBytes;

        Part(String name, byte[] content) {
            this.name = name;
            this.content = content;
        }
    }

    private final List<Part> parts = new ArrayList<>();
    private byte[] prefix = new byte[0];
    private boolean zip64;

    /** An archive of these entries, deflated, in order. */
    static RawZip of(Map<String, byte[]> entries) {
        RawZip zip = new RawZip();
        entries.forEach(zip::add);
        return zip;
    }

    /** The entries of an archive a JDK reader can read (as {@link SignedZip} writes it), in order. */
    static LinkedHashMap<String, byte[]> entries(byte[] zip) {
        LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static LinkedHashMap<String, byte[]> entries(Path zip) throws IOException {
        return entries(Files.readAllBytes(zip));
    }

    RawZip add(String name, byte[] content) {
        return add(name, content, p -> {});
    }

    RawZip add(String name, byte[] content, Consumer<Part> tweak) {
        Part part = new Part(name, content);
        tweak.accept(part);
        parts.add(part);
        return this;
    }

    /** Adds an entry before all the others. */
    RawZip first(String name, byte[] content, Consumer<Part> tweak) {
        Part part = new Part(name, content);
        tweak.accept(part);
        parts.add(0, part);
        return this;
    }

    /** Changes the entry named {@code name}. */
    RawZip tweak(String name, Consumer<Part> tweak) {
        parts.stream().filter(p -> p.name.equals(name)).forEach(tweak);
        return this;
    }

    RawZip prefix(byte[] prefix) {
        this.prefix = prefix.clone();
        return this;
    }

    /** Writes ZIP64 sizes and offsets in every entry, and the ZIP64 end records. */
    RawZip zip64() {
        this.zip64 = true;
        return this;
    }

    void write(Path path) throws IOException {
        Files.write(path, bytes());
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        long[] offsets = new long[parts.size()];
        List<byte[]> compressed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            byte[] data = compress(p);
            compressed.add(data);
            offsets[i] = out.size();
            long crc = crc(p.content);
            long size = p.declaredSize >= 0 ? p.declaredSize : p.content.length;
            int flags = p.flags | (p.descriptor != 0 ? 1 << 3 : 0);
            byte[] name = p.localName != null ? p.localName.getBytes(StandardCharsets.UTF_8) : nameBytes(p);
            byte[] extra = zip64 ? le(1, 2, 16, 2, size, 8, data.length, 8) : new byte[0];
            boolean deferred = p.descriptor != 0;
            out.writeBytes(le(
                    0x04034b50,
                    4,
                    zip64 ? 45 : 20,
                    2,
                    flags,
                    2,
                    p.method,
                    2,
                    0,
                    2,
                    0x21,
                    2,
                    deferred ? 0 : crc,
                    4,
                    zip64 ? 0xFFFFFFFFL : deferred ? 0 : data.length,
                    4,
                    zip64 ? 0xFFFFFFFFL : deferred ? 0 : size,
                    4,
                    name.length,
                    2,
                    extra.length,
                    2));
            out.writeBytes(name);
            out.writeBytes(extra);
            out.writeBytes(data);
            switch (p.descriptor) {
                case 0 -> {}
                case 12 -> out.writeBytes(le(crc, 4, data.length, 4, size, 4));
                case 16 -> out.writeBytes(le(0x08074b50, 4, crc, 4, data.length, 4, size, 4));
                case 20 -> out.writeBytes(le(crc, 4, data.length, 8, size, 8));
                case 24 -> out.writeBytes(le(0x08074b50, 4, crc, 4, data.length, 8, size, 8));
                default -> throw new IllegalArgumentException("descriptor " + p.descriptor);
            }
        }
        long central = out.size();
        int listed = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.hidden) {
                continue;
            }
            listed++;
            byte[] data = compressed.get(i);
            long size = p.declaredSize >= 0 ? p.declaredSize : p.content.length;
            long offset = offsets[p.offsetOf >= 0 ? p.offsetOf : i];
            int flags = p.flags | (p.descriptor != 0 ? 1 << 3 : 0);
            byte[] name = nameBytes(p);
            byte[] extra = zip64 ? le(1, 2, 24, 2, size, 8, data.length, 8, offset, 8) : new byte[0];
            out.writeBytes(le(
                    0x02014b50,
                    4,
                    zip64 ? 45 : 20,
                    2,
                    zip64 ? 45 : 20,
                    2,
                    flags,
                    2,
                    p.method,
                    2,
                    0,
                    2,
                    0x21,
                    2,
                    crc(p.content),
                    4,
                    zip64 ? 0xFFFFFFFFL : data.length,
                    4,
                    zip64 ? 0xFFFFFFFFL : size,
                    4,
                    name.length,
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
                    zip64 ? 0xFFFFFFFFL : offset,
                    4));
            out.writeBytes(name);
            out.writeBytes(extra);
        }
        long centralSize = out.size() - central;
        if (zip64) {
            long record = out.size();
            out.writeBytes(le(
                    0x06064b50, 4, 44, 8, 45, 2, 45, 2, 0, 4, 0, 4, listed, 8, listed, 8, centralSize, 8, central, 8));
            out.writeBytes(le(0x07064b50, 4, 0, 4, record, 8, 1, 4));
            out.writeBytes(le(0x06054b50, 4, 0, 2, 0, 2, 0xFFFF, 2, 0xFFFF, 2, 0xFFFFFFFFL, 4, 0xFFFFFFFFL, 4, 0, 2));
        } else {
            out.writeBytes(le(0x06054b50, 4, 0, 2, 0, 2, listed, 2, listed, 2, centralSize, 4, central, 4, 0, 2));
        }
        return out.toByteArray();
    }

    private static byte[] nameBytes(Part p) {
        return p.nameBytes != null ? p.nameBytes : p.name.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] compress(Part p) {
        if (p.method != 8) {
            return p.content;
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(p.content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    private static byte[] le(long... valuesAndWidths) {
        return ZipFormat.le(valuesAndWidths);
    }
}
