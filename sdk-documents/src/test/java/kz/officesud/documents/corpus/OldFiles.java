package kz.officesud.documents.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Crafted binary Office files that no tool here writes, each built after [MS-DOC], [MS-CFB] and [MS-XLS] and after
 * what readers' issue trackers report of real files: Word 6.0/95 and Word 2.0 documents, Word and Excel files with a
 * VBA project, compound files whose allocation table marks sectors past the end, a stylesheet whose default font is
 * set only in its header, and stories that POI cannot slice.
 */
public final class OldFiles {
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private OldFiles() {}

    /**
     * A Word 95 document as Word 95 saved it: an OLE2 file whose {@code WordDocument} stream starts with a Word 6/95
     * FIB ({@code wIdent} 0xA5DC, {@code nFib} 104, {@code nFibBack} 101, Russian {@code lid}), the text in code page
     * 1251 from {@code fcMin} = 0x300, no table stream (Word 95 keeps its tables in the main stream), and the {@code
     * CompObj} of a "Microsoft Word 6.0 Document".
     */
    public static Path word95(Path target) throws IOException {
        byte[] text = ("ИСКОВОЕ ЗАЯВЛЕНИЕ\rо взыскании задолженности по договору подряда\r"
                        + "Истец просит суд взыскать 1 500 000 тенге.\r")
                .getBytes(CP1251);
        int fcMin = 0x300;
        ByteBuffer fib =
                ByteBuffer.allocate(Math.max(4608, fcMin + text.length)).order(ByteOrder.LITTLE_ENDIAN);
        fib.putShort(0x00, (short) 0xA5DC); // wIdent: Word 6.0/95
        fib.putShort(0x02, (short) 104); // nFib: Word 95
        fib.putShort(0x04, (short) 0x6027); // nProduct
        fib.putShort(0x06, (short) 0x0419); // lid: Russian
        fib.putShort(0x0A, (short) 0x0000); // flags: not complex, not encrypted
        fib.putShort(0x0C, (short) 101); // nFibBack
        fib.putInt(0x18, fcMin); // fcMin
        fib.putInt(0x1C, fcMin + text.length); // fcMac
        fib.putInt(0x20, fib.capacity()); // cbMac
        fib.putInt(0x34, text.length); // ccpText
        fib.position(fcMin);
        fib.put(text);
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(target)) {
            fs.createDocument(new ByteArrayInputStream(fib.array()), "WordDocument");
            fs.createDocument(
                    new ByteArrayInputStream(compObj("Microsoft Word 6.0 Document", "MSWordDoc", "Word.Document.6")),
                    "\u0001CompObj");
            fs.writeFilesystem(out);
        }
        return target;
    }

    /**
     * A Word for Windows 2.0 document: no compound file at all, the FIB at byte 0 ({@code wIdent} 0xA5DB, {@code nFib}
     * 45), the text from {@code fcMin} = 0x180 in code page 1251, as Word 2.0 wrote it.
     */
    public static Path word2(Path target) throws IOException {
        byte[] text = "ИСКОВОЕ ЗАЯВЛЕНИЕ\r\nо взыскании задолженности\r\n".getBytes(CP1251);
        int fcMin = 0x180;
        ByteBuffer b = ByteBuffer.allocate(2048).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(0x00, (short) 0xA5DB);
        b.putShort(0x02, (short) 45);
        b.putShort(0x04, (short) 0x0004);
        b.putShort(0x06, (short) 0x0419);
        b.putInt(0x18, fcMin);
        b.putInt(0x1C, fcMin + text.length);
        b.putInt(0x20, b.capacity());
        b.position(fcMin);
        b.put(text);
        Files.write(target, b.array());
        return target;
    }

    /**
     * The template with a VBA project, where Word keeps it: a {@code Macros} storage holding {@code PROJECT}, {@code
     * PROJECTwm} and a {@code VBA} storage with {@code dir}, {@code _VBA_PROJECT} and the module {@code ThisDocument}.
     */
    public static Path docWithVba(Path target) throws IOException {
        return withStreams(DocFiles.template(sibling(target)), target, fs -> {
            DirectoryEntry macros = fs.getRoot().createDirectory("Macros");
            vbaProject(macros, "ThisDocument");
        });
    }

    /**
     * An Excel 97–2003 workbook with a VBA project in {@code _VBA_PROJECT_CUR}: a {@code Workbook} stream of BIFF8
     * records (BOF, CODEPAGE 1251, a BoundSheet, EOF) beside it, as Excel saves an .xls with macros.
     */
    public static Path xlsWithVba(Path target) throws IOException {
        ByteBuffer wb = ByteBuffer.allocate(4608).order(ByteOrder.LITTLE_ENDIAN);
        record(wb, 0x0809, new byte[] {0, 6, 5, 0, (byte) 0xAF, 0x18, (byte) 0xCD, 0x07, 0, 0, 0, 0, 6, 0, 0, 0});
        record(wb, 0x0042, new byte[] {(byte) 0xE3, 0x04}); // CODEPAGE 1251
        record(wb, 0x0085, new byte[] {0, 0, 0, 0, 0, 0, 4, 0, 'L', 'i', 's', 't'});
        record(wb, 0x000A, new byte[0]); // EOF
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(target)) {
            fs.createDocument(new ByteArrayInputStream(wb.array()), "Workbook");
            DirectoryEntry vba = fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
            vbaProject(vba, "ThisWorkbook");
            fs.writeFilesystem(out);
        }
        return target;
    }

    /**
     * The template with its allocation table marking sectors past the end of the file: some as end-of-chain, some as
     * FAT sectors, as writers leave them (the FAT then describes more sectors than the file has; Word opens such files,
     * and no stream's chain runs through those sectors).
     */
    public static Path fatMarksPastTheEnd(Path target) throws IOException {
        byte[] b = Files.readAllBytes(DocFiles.template(sibling(target)));
        Files.delete(sibling(target));
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int sector = 1 << (h.getShort(0x1E) & 0xFFFF);
        int fatAt = (h.getInt(0x4C) + 1) * sector;
        int sectorsInFile = b.length / sector - 1;
        int entries = sector / 4;
        int marked = 0;
        for (int i = sectorsInFile; i < entries; i++) {
            int at = fatAt + 4 * i;
            if (h.getInt(at) == -1) { // FREESECT
                h.putInt(at, i % 3 == 0 ? 0xFFFFFFFD : 0xFFFFFFFE); // FATSECT or ENDOFCHAIN
                marked++;
            }
        }
        if (marked < 8) {
            throw new IllegalStateException("the template's FAT has no room past the end: " + marked);
        }
        Files.write(target, b);
        return target;
    }

    /**
     * The template as a writer that leaves out the paragraph mark ending the last story saves it: the FIB counts one
     * character of endnotes (an empty endnote story, its own paragraph mark) past the text, so that the text-box
     * story after it, empty, starts beyond the end. POI cannot slice such a story; Word shows the document.
     */
    public static Path emptyStoryPastTheText(Path target) throws IOException {
        return patchWordDocument(target, s -> putInt(s, 0x60, 1)); // ccpEdn
    }

    /**
     * The template with its default font set only in the stylesheet header ({@code Stshif.ftcAsci} and {@code
     * ftcOther} = {@code ftc}) and the Normal style no longer naming a font (its {@code sprmCRgFtc0} and {@code
     * sprmCRgFtc2} turned into {@code sprmCHpsKern}, a no-op here): Word shows the text in font {@code ftc}.
     */
    public static Path stylesheetDefaultFont(Path target, int ftc) throws IOException {
        return withStreams(DocFiles.template(sibling(target)), target, fs -> {
            byte[] word = read(fs, "WordDocument");
            boolean table1 = (word[0x0B] & 0x02) != 0; // fWhichTblStm
            String tableName = table1 ? "1Table" : "0Table";
            byte[] table = read(fs, tableName);
            ByteBuffer w = ByteBuffer.wrap(word).order(ByteOrder.LITTLE_ENDIAN);
            int fcStshf = w.getInt(0xA2);
            int lcbStshf = w.getInt(0xA6);
            ByteBuffer t = ByteBuffer.wrap(table).order(ByteOrder.LITTLE_ENDIAN);
            int stshif = fcStshf + 2;
            t.putShort(stshif + 0x0C, (short) ftc);
            t.putShort(stshif + 0x10, (short) ftc);
            int replaced = 0;
            for (int op : new int[] {0x4A4F, 0x4A51}) {
                for (int i = fcStshf; i + 2 <= fcStshf + lcbStshf; i++) {
                    if ((t.getShort(i) & 0xFFFF) == op) {
                        t.putShort(i, (short) 0x484B); // the first one is the Normal style's
                        replaced++;
                        break;
                    }
                }
            }
            if (replaced != 2) {
                throw new IllegalStateException("the Normal style's fonts were not found");
            }
            replace(fs, tableName, table);
        });
    }

    /** The committed Word 97–2003 file without text: LibreOffice 7.4 wrote it from {@code Docx.word()}'s empty body. */
    public static Path docWithoutText(Path target) throws IOException {
        return DocFiles.resource("no-text.doc", target);
    }

    // --- helpers

    @FunctionalInterface
    private interface Edit {
        void apply(POIFSFileSystem fs) throws IOException;
    }

    private static Path sibling(Path target) {
        return target.resolveSibling(target.getFileName() + ".source");
    }

    private static Path withStreams(Path source, Path target, Edit edit) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(source))) {
            edit.apply(fs);
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        } finally {
            Files.deleteIfExists(source);
        }
        return target;
    }

    private static Path patchWordDocument(Path target, java.util.function.Consumer<byte[]> patch) throws IOException {
        return withStreams(DocFiles.template(sibling(target)), target, fs -> {
            byte[] word = read(fs, "WordDocument");
            patch.accept(word);
            replace(fs, "WordDocument", word);
        });
    }

    private static byte[] read(POIFSFileSystem fs, String name) throws IOException {
        DocumentEntry e = (DocumentEntry) fs.getRoot().getEntry(name);
        try (DocumentInputStream in = fs.createDocumentInputStream(name)) {
            return in.readNBytes(e.getSize());
        }
    }

    private static void replace(POIFSFileSystem fs, String name, byte[] bytes) throws IOException {
        fs.getRoot().getEntry(name).delete();
        fs.createDocument(new ByteArrayInputStream(bytes), name);
    }

    private static void putInt(byte[] b, int at, int v) {
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, v);
    }

    private static void record(ByteBuffer b, int type, byte[] body) {
        b.putShort((short) type).putShort((short) body.length).put(body);
    }

    /** A VBA project's streams ([MS-OVBA]); their contents are placeholders, what a reader must not need. */
    private static void vbaProject(DirectoryEntry parent, String module) throws IOException {
        String project = "ID=\"{00000000-0000-0000-0000-000000000000}\"\r\nDocument=" + module + "/&H00000000\r\n"
                + "Name=\"Project\"\r\n";
        parent.createDocument("PROJECT", new ByteArrayInputStream(project.getBytes(StandardCharsets.US_ASCII)));
        parent.createDocument(
                "PROJECTwm", new ByteArrayInputStream((module + "\0\0\0").getBytes(StandardCharsets.US_ASCII)));
        DirectoryEntry vba = parent.createDirectory("VBA");
        vba.createDocument("dir", new ByteArrayInputStream(new byte[] {1, 0x30, (byte) 0xB0, 0, 1, 0, 4, 0, 0, 0}));
        vba.createDocument(
                "_VBA_PROJECT",
                new ByteArrayInputStream(new byte[] {(byte) 0xCC, 0x61, (byte) 0xFF, (byte) 0xFF, 0, 0, 0}));
        vba.createDocument(module, new ByteArrayInputStream(new byte[512]));
    }

    /** A CompObj stream ([MS-OLEDS] CompObjStream) naming the program that wrote the file. */
    private static byte[] compObj(String userType, String clipboardFormat, String progId) {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xFFFE0001).putInt(0x00000A03).putInt(0xFFFFFFFF);
        b.put(new byte[16]); // CLSID of the Word 6 document
        for (String s : new String[] {userType, clipboardFormat, progId}) {
            byte[] a = (s + "\0").getBytes(StandardCharsets.US_ASCII);
            b.putInt(a.length).put(a);
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }
}
