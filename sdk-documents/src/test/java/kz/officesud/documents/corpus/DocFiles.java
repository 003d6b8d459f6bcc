package kz.officesud.documents.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.hwpf.HWPFDocument;

/**
 * Word 97–2003 files for the tests. One small template, {@code claim-template.doc}, is committed: LibreOffice 7.4
 * wrote it from a DOCX that {@link Docx} builds (four paragraphs of a claim in Times New Roman 14, a header, a
 * footnote). Variants (other fonts, sizes, spacing) are made from it at test time with POI HWPF.
 *
 * <p>Its font table: 0 Times New Roman, 1 Symbol, 2 Arial, 3 DejaVu Serif.
 */
public final class DocFiles {
    public static final int TIMES_NEW_ROMAN = 0;
    public static final int ARIAL = 2;

    private DocFiles() {}

    /** The template as it is. */
    public static Path template(Path target) throws IOException {
        return resource("claim-template.doc", target);
    }

    /** A committed test file of this package, copied to {@code target}. */
    static Path resource(String name, Path target) throws IOException {
        try (InputStream in = DocFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the test resources");
            }
            Files.copy(in, target);
        }
        return target;
    }

    /** The template changed by {@code edit}, saved by HWPF. */
    public static Path edited(Path target, Consumer<HWPFDocument> edit) throws IOException {
        try (InputStream in = DocFiles.class.getResourceAsStream("claim-template.doc")) {
            if (in == null) {
                throw new IOException("claim-template.doc is missing from the test resources");
            }
            try (HWPFDocument doc = new HWPFDocument(in);
                    OutputStream out = Files.newOutputStream(target)) {
                edit.accept(doc);
                doc.write(out);
            }
        }
        return target;
    }
}
