package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.documents.DocumentFormat;
import kz.officesud.documents.DocumentProblem;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * OLE2 compound files ([MS-CFB]): DOC, XLS, Word 6.0/95, and password-protected OOXML (an {@code EncryptedPackage}
 * stream).
 */
public final class Ole2Reader {
    /** Sector numbers at and above this are markers (DIFSECT, FATSECT, ENDOFCHAIN, FREESECT), not sectors. */
    private static final long MAX_REGULAR_SECTOR = 0xFFFFFFFAL;

    /** Streams smaller than this live in the mini stream. */
    private static final long MINI_STREAM_CUTOFF = 4096;

    private Ole2Reader() {}

    /** What an OLE2 file holds, whether it is encrypted, and whether it carries a VBA project. */
    public record Kind(DocumentFormat format, boolean encrypted, boolean macros) {}

    /** Opens {@code file} read-only (POI reads the directory; streams are read on demand). */
    public static POIFSFileSystem open(Path file) throws IOException {
        checkLength(file);
        try {
            return new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * A cut-off compound file: a sector that the file needs lies beyond its end. Needed are the sectors of the
     * allocation tables (FAT and DIFAT), of the directory, of the mini stream and its table, and of every stream at
     * the top of the directory (WordDocument, 1Table, Data, Workbook…) — the chains POI follows to read the text.
     * Allocation-table entries of sectors past the end that no chain uses are not damage: writers leave them marked
     * as end-of-chain or as FAT sectors, and Word and Excel open such files.
     */
    static void checkLength(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            new Layout(ch).check();
        }
    }

    /** The compound file's allocation, read from its header, DIFAT and FAT, bounded by the file's size. */
    private static final class Layout {
        private final FileChannel ch;
        private final long size;
        private final int sector;
        private final ByteBuffer header = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        private int[] fat = new int[0];

        Layout(FileChannel ch) throws IOException {
            this.ch = ch;
            this.size = ch.size();
            if (ch.read(header, 0) < 512) {
                throw new Refusal(DocumentProblem.TRUNCATED, "OLE2 header cut off");
            }
            int shift = header.getShort(0x1E) & 0xFFFF;
            if (shift != 9 && shift != 12) {
                throw new Refusal(DocumentProblem.CORRUPT, "OLE2 sector size 2^" + shift);
            }
            this.sector = 1 << shift;
        }

        /** Whether sector {@code s} starts within the file (a short last sector is what writers leave). */
        private boolean present(long s) {
            return (s + 1) * sector < size;
        }

        private ByteBuffer read(long s) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(sector).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(b, (s + 1) * sector);
            return b.rewind();
        }

        void check() throws IOException {
            long sectorsInFile = size / sector + 1;
            long fatSectors = header.getInt(0x2C) & 0xFFFFFFFFL;
            if (fatSectors == 0 || fatSectors > sectorsInFile) {
                throw new Refusal(
                        fatSectors == 0 ? DocumentProblem.CORRUPT : DocumentProblem.TRUNCATED,
                        "OLE2 header names " + fatSectors + " allocation-table sectors");
            }
            List<Long> fatAt = new ArrayList<>();
            for (int i = 0; i < 109 && fatAt.size() < fatSectors; i++) {
                fatAt.add(header.getInt(0x4C + 4 * i) & 0xFFFFFFFFL);
            }
            // the DIFAT chain: each sector lists FAT sectors and, last, the next DIFAT sector
            long difat = header.getInt(0x44) & 0xFFFFFFFFL;
            int perDifat = sector / 4 - 1;
            for (long hops = 0; fatAt.size() < fatSectors && difat < MAX_REGULAR_SECTOR; hops++) {
                if (hops > sectorsInFile) {
                    throw new Refusal(DocumentProblem.CORRUPT, "OLE2 DIFAT chain loops");
                }
                if (!present(difat)) {
                    throw new Refusal(DocumentProblem.TRUNCATED, "OLE2 DIFAT lies beyond the end");
                }
                ByteBuffer d = read(difat);
                for (int k = 0; k < perDifat && fatAt.size() < fatSectors; k++) {
                    fatAt.add(d.getInt(4 * k) & 0xFFFFFFFFL);
                }
                difat = d.getInt(4 * perDifat) & 0xFFFFFFFFL;
            }
            int perFat = sector / 4;
            fat = new int[Math.toIntExact(fatAt.size() * (long) perFat)];
            for (int i = 0; i < fatAt.size(); i++) {
                long at = fatAt.get(i);
                if (at >= MAX_REGULAR_SECTOR) {
                    continue; // a hole in the list: those entries stay free
                }
                if (!present(at)) {
                    throw new Refusal(DocumentProblem.TRUNCATED, "OLE2 allocation table lies beyond the end");
                }
                read(at).asIntBuffer().get(fat, i * perFat, perFat);
            }
            // the directory, and through it the streams the text is read from
            List<long[]> entries = new ArrayList<>();
            long dirStart = header.getInt(0x30) & 0xFFFFFFFFL;
            for (long s : chain(dirStart, "directory")) {
                ByteBuffer b = read(s);
                for (int off = 0; off + 128 <= sector; off += 128) {
                    int type = b.get(off + 0x42);
                    long start = b.getInt(off + 0x74) & 0xFFFFFFFFL;
                    long length = b.getInt(off + 0x78) & 0xFFFFFFFFL;
                    long child = b.getInt(off + 0x4C) & 0xFFFFFFFFL;
                    long left = b.getInt(off + 0x44) & 0xFFFFFFFFL;
                    long right = b.getInt(off + 0x48) & 0xFFFFFFFFL;
                    entries.add(new long[] {type, start, length, child, left, right});
                }
            }
            if (entries.isEmpty() || entries.get(0)[0] != 5) {
                throw new Refusal(DocumentProblem.CORRUPT, "OLE2 directory without a root entry");
            }
            long cutoff = MINI_STREAM_CUTOFF; // what [MS-CFB] requires and POI uses, whatever the header says
            long[] root = entries.get(0);
            if (root[2] > 0) {
                chain(root[1], "mini stream");
                chain(header.getInt(0x3C) & 0xFFFFFFFFL, "mini allocation table");
            }
            // the root's children: a red-black tree of siblings, walked without recursion
            java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>();
            java.util.BitSet seen = new java.util.BitSet();
            todo.push(root[3]);
            while (!todo.isEmpty()) {
                long id = todo.pop();
                if (id >= entries.size() || seen.get((int) id)) {
                    continue;
                }
                seen.set((int) id);
                long[] e = entries.get((int) id);
                if (e[0] == 2 && e[2] >= cutoff) {
                    chain(e[1], "stream");
                }
                todo.push(e[4]);
                todo.push(e[5]);
            }
        }

        /** The sectors of the chain from {@code start}; refused when one lies beyond the end, or the chain is bad. */
        private List<Long> chain(long start, String what) throws Refusal {
            List<Long> out = new ArrayList<>();
            long s = start;
            while (s < MAX_REGULAR_SECTOR) {
                if (s >= fat.length) {
                    throw new Refusal(DocumentProblem.CORRUPT, "OLE2 " + what + " chain leaves the allocation table");
                }
                if (!present(s)) {
                    throw new Refusal(DocumentProblem.TRUNCATED, "OLE2 " + what + " lies beyond the end");
                }
                if (out.size() > fat.length) {
                    throw new Refusal(DocumentProblem.CORRUPT, "OLE2 " + what + " chain loops");
                }
                out.add(s);
                s = fat[(int) s] & 0xFFFFFFFFL;
            }
            // a chain ended by another marker than end-of-chain: the readers go by the stream's size, so do we
            return out;
        }
    }

    /**
     * Tells DOC from Word 6.0/95 from XLS from encrypted OOXML by the streams present and the Word header; a VBA
     * project is the {@code Macros} storage of a Word file or the {@code _VBA_PROJECT_CUR} storage of a workbook.
     */
    public static Kind classify(POIFSFileSystem fs, DocumentFormat byExtension) throws IOException {
        DirectoryNode root = fs.getRoot();
        try {
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                DocumentFormat f = byExtension == DocumentFormat.DOCX || byExtension == DocumentFormat.XLSX
                        ? byExtension
                        : DocumentFormat.OTHER_OOXML;
                return new Kind(f, true, false);
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                WordHeader h = wordHeader(root);
                return new Kind(
                        h.old() ? DocumentFormat.OLD_WORD : DocumentFormat.DOC, h.encrypted(), storage(root, "Macros"));
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new Kind(DocumentFormat.XLS, xlsEncrypted(root), storage(root, "_VBA_PROJECT_CUR"));
            }
            return new Kind(DocumentFormat.OTHER_OLE2, false, false);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static boolean storage(DirectoryNode root, String name) {
        if (!root.hasEntryCaseInsensitive(name)) {
            return false;
        }
        try {
            Entry e = root.getEntryCaseInsensitive(name);
            return e.isDirectoryEntry();
        } catch (java.io.FileNotFoundException e) {
            return false;
        }
    }

    /** What the FIB's first bytes ([MS-DOC] FibBase) say. */
    private record WordHeader(boolean old, boolean encrypted) {}

    /**
     * The FIB's {@code wIdent} and {@code nFib}: Word 97 and later write 0xA5EC and an {@code nFib} of 0x00C1 or more
     * (POI reads nothing below 106); Word 6.0 and 95 write 0xA5DC with {@code nFib} 101–104, and 0xA697–0xA699 on the
     * Macintosh. The flags word at offset 0x0A holds {@code fEncrypted} (bit 8) in both.
     */
    private static WordHeader wordHeader(DirectoryNode root) throws IOException {
        try (DocumentInputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive("WordDocument"))) {
            byte[] fib = in.readNBytes(32);
            if (fib.length < 32) {
                throw new Refusal(DocumentProblem.TRUNCATED, "WordDocument stream shorter than its header");
            }
            int ident = (fib[0] & 0xFF) | (fib[1] & 0xFF) << 8;
            int nFib = (fib[2] & 0xFF) | (fib[3] & 0xFF) << 8;
            int flags = (fib[10] & 0xFF) | (fib[11] & 0xFF) << 8;
            boolean encrypted = (flags & 0x0100) != 0;
            if (ident == 0xA5EC) {
                return new WordHeader(nFib < 106, encrypted);
            }
            if (ident == 0xA5DC || ident == 0xA697 || ident == 0xA698 || ident == 0xA699) {
                return new WordHeader(true, encrypted);
            }
            throw new Refusal(DocumentProblem.CORRUPT, "WordDocument stream without a Word header");
        }
    }

    /** A FILEPASS record (0x002F) among the first records of the workbook stream. */
    private static boolean xlsEncrypted(DirectoryNode root) throws IOException {
        String name = root.hasEntryCaseInsensitive("Workbook") ? "Workbook" : "Book";
        try (InputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive(name))) {
            for (int i = 0; i < 64; i++) {
                byte[] h = in.readNBytes(4);
                if (h.length < 4) {
                    return false;
                }
                int type = (h[0] & 0xFF) | (h[1] & 0xFF) << 8;
                int len = (h[2] & 0xFF) | (h[3] & 0xFF) << 8;
                if (type == 0x002F) {
                    return true;
                }
                if (type == 0x00FC || type == 0x0085) {
                    return false; // shared strings or sheets: past where FILEPASS stands
                }
                in.skipNBytes(len);
            }
            return false;
        }
    }

    static IOException unreadable(Throwable e) {
        Refusal r = Refusal.find(e);
        if (r != null) {
            return r;
        }
        String m = String.valueOf(e.getMessage());
        DocumentProblem p = m.contains("EOF") || m.contains("truncated") || m.contains("end of")
                ? DocumentProblem.TRUNCATED
                : DocumentProblem.CORRUPT;
        return new Refusal(p, "OLE2: " + e.getClass().getSimpleName());
    }
}
