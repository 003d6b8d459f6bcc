package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import kz.officesud.documents.DocumentFormat;
import kz.officesud.documents.DocumentProblem;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** OLE2 compound files: DOC, XLS, and password-protected OOXML (an {@code EncryptedPackage} stream). */
public final class Ole2Reader {
    private Ole2Reader() {}

    /** What an OLE2 file holds, and whether it is encrypted. */
    public record Kind(DocumentFormat format, boolean encrypted) {}

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
     * A cut-off compound file: every sector the allocation table (its first 109 FAT sectors, named in the header) says
     * is in use must lie within the file. POI would otherwise read the directory that survived and miss the rest.
     */
    static void checkLength(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            long size = ch.size();
            java.nio.ByteBuffer h = java.nio.ByteBuffer.allocate(512).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            if (ch.read(h, 0) < 512) {
                throw new Refusal(DocumentProblem.TRUNCATED, "OLE2 header cut off");
            }
            int shift = h.getShort(0x1E) & 0xFFFF;
            if (shift != 9 && shift != 12) {
                throw new Refusal(DocumentProblem.CORRUPT, "OLE2 sector size 2^" + shift);
            }
            int sector = 1 << shift;
            int fatSectors = Math.min(109, h.getInt(0x2C));
            long highest = -1;
            java.nio.ByteBuffer fat = java.nio.ByteBuffer.allocate(sector).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < fatSectors; i++) {
                long at = h.getInt(0x4C + 4 * i) & 0xFFFFFFFFL;
                long pos = (at + 1) * sector;
                if (at >= 0xFFFFFFFAL) {
                    continue;
                }
                if (pos + sector > size) {
                    throw new Refusal(DocumentProblem.TRUNCATED, "OLE2 allocation table lies beyond the end");
                }
                fat.clear();
                ch.read(fat, pos);
                for (int k = 0; k < sector / 4; k++) {
                    if ((fat.getInt(4 * k) & 0xFFFFFFFFL) != 0xFFFFFFFFL) {
                        highest = Math.max(highest, (long) i * (sector / 4) + k);
                    }
                }
            }
            if (highest >= 0 && (highest + 2) * sector > size + sector - 1) {
                throw new Refusal(DocumentProblem.TRUNCATED, "OLE2 file ends before its last sector");
            }
        }
    }

    /** Tells DOC from XLS from encrypted OOXML by the streams present. */
    public static Kind classify(POIFSFileSystem fs, DocumentFormat byExtension) throws IOException {
        DirectoryNode root = fs.getRoot();
        try {
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                DocumentFormat f = byExtension == DocumentFormat.DOCX || byExtension == DocumentFormat.XLSX
                        ? byExtension
                        : DocumentFormat.OTHER_OOXML;
                return new Kind(f, true);
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return new Kind(DocumentFormat.DOC, docEncrypted(root));
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new Kind(DocumentFormat.XLS, xlsEncrypted(root));
            }
            return new Kind(DocumentFormat.OTHER_OLE2, false);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /** The FIB's fEncrypted (and fObfuscated) bit: bit 8 (and 15) of the flags word at offset 0x0A. */
    private static boolean docEncrypted(DirectoryNode root) throws IOException {
        try (DocumentInputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive("WordDocument"))) {
            byte[] fib = in.readNBytes(32);
            if (fib.length < 32) {
                throw new Refusal(DocumentProblem.TRUNCATED, "WordDocument stream shorter than its header");
            }
            int ident = (fib[0] & 0xFF) | (fib[1] & 0xFF) << 8;
            if (ident != 0xA5EC && ident != 0xA5DC) {
                throw new Refusal(DocumentProblem.CORRUPT, "WordDocument stream without a Word header");
            }
            int flags = (fib[10] & 0xFF) | (fib[11] & 0xFF) << 8;
            return (flags & 0x0100) != 0;
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
