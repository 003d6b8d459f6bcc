package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.officesud.documents.InspectionLimits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * The plain text of a DOCX (the body's paragraphs, by the same bounded ZIP and XML readers the inspection uses), a DOC
 * (POI HWPF's main text) or a PDF (PDFBox's text of the first and the last pages). Paragraphs end with a line feed.
 * At most {@code maxCharacters} characters are kept: the text past the limit is cut at its middle, so that a
 * document's start (its addressee and title) and its end (its list of annexes) remain.
 */
public final class TextExtraction {
    /** PDF pages read from the start and from the end of a long document. */
    static final int PDF_HEAD_PAGES = 30;

    static final int PDF_TAIL_PAGES = 10;

    private static final byte[] P = "p".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] T = "t".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAB = "tab".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BR = "br".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DEL = "del".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MOVE_FROM = "moveFrom".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MC_FALLBACK = "mc:Fallback".getBytes(StandardCharsets.US_ASCII);
    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private TextExtraction() {}

    /** The text of {@code file}; empty when its content is not a DOCX, DOC or PDF. */
    public static Optional<String> extract(Path file, InspectionLimits limits, int maxCharacters) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        Bounded text = new Bounded(maxCharacters);
        if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            pdf(file, text);
        } else if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            if (!docx(file, limits, text)) {
                return Optional.empty();
            }
        } else if (n == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11) {
            if (!doc(file, text)) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(text.toString());
    }

    private static boolean docx(Path file, InspectionLimits limits, Bounded text) throws IOException {
        try (OoxmlPackage pkg = OoxmlPackage.open(file, limits)) {
            if (pkg.format() != kz.officesud.documents.DocumentFormat.DOCX) {
                return false;
            }
            ZipArchive.@Nullable Entry main = pkg.zip().entry(pkg.mainPart());
            if (main == null) {
                return true;
            }
            pkg.scan(main, new FastXml.Handler() {
                private int skip = -1;
                private int inText = -1;

                @Override
                public void start(FastXml x) {
                    int depth = x.depth();
                    if (depth == 1) {
                        x.usePrefixOf(W_NS);
                        return;
                    }
                    if (skip > 0) {
                        return;
                    }
                    if (x.isQualified(MC_FALLBACK) || x.is(DEL) || x.is(MOVE_FROM)) {
                        skip = depth;
                    } else if (x.is(T)) {
                        inText = x.isEmptyElement() ? -1 : depth;
                    } else if (x.is(TAB)) {
                        text.append("\t");
                    } else if (x.is(BR)) {
                        text.append("\n");
                    }
                }

                @Override
                public void end(FastXml x) {
                    int depth = x.depth();
                    if (skip > 0) {
                        if (depth == skip) {
                            skip = -1;
                        }
                        return;
                    }
                    if (depth == inText) {
                        inText = -1;
                    } else if (x.is(P)) {
                        text.append("\n");
                    }
                }

                @Override
                public void text(byte[] buf, int from, int to, boolean cdata) {
                    if (inText > 0 && skip < 0) {
                        text.append(
                                cdata
                                        ? new String(buf, from, to - from, StandardCharsets.UTF_8)
                                        : FastXml.decode(buf, from, to));
                    }
                }
            });
            return true;
        }
    }

    private static boolean doc(Path file, Bounded text) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                POIFSFileSystem fs = new POIFSFileSystem(in)) {
            if (!fs.getRoot().hasEntry("WordDocument")) {
                return false;
            }
            try (HWPFDocument doc = new HWPFDocument(fs.getRoot())) {
                String body = doc.getRange().text();
                text.append(body.replace('\r', '\n').replace('\u000b', '\n').replace('\u0007', '\t'));
            } catch (RuntimeException e) {
                throw new IOException("the Word 97-2003 text cannot be read: " + e, e);
            }
            return true;
        }
    }

    private static void pdf(Path file, Bounded text) throws IOException {
        try (PDDocument doc = Loader.loadPDF(
                new RandomAccessReadBufferedFile(file), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new PageTextStripper();
            if (pages <= PDF_HEAD_PAGES + PDF_TAIL_PAGES) {
                text.append(stripper.getText(doc));
                return;
            }
            stripper.setStartPage(1);
            stripper.setEndPage(PDF_HEAD_PAGES);
            text.append(stripper.getText(doc));
            text.append("\n");
            stripper.setStartPage(pages - PDF_TAIL_PAGES + 1);
            stripper.setEndPage(pages);
            text.append(stripper.getText(doc));
        } catch (RuntimeException e) {
            throw new IOException("the PDF's text cannot be read: " + e, e);
        }
    }

    /** Text up to a bound: past it, the middle is dropped and the last {@code max / 2} characters kept. */
    static final class Bounded {
        private final int max;
        private final StringBuilder head = new StringBuilder();
        private final StringBuilder tail = new StringBuilder();
        private boolean cut;

        Bounded(int max) {
            this.max = Math.max(2, max);
        }

        void append(String s) {
            if (!cut) {
                int room = max - head.length();
                if (s.length() <= room) {
                    head.append(s);
                    return;
                }
                head.append(s, 0, Math.max(0, room));
                // keep the first half; the rest goes to the tail
                if (head.length() > max / 2) {
                    String over = head.substring(max / 2);
                    head.setLength(max / 2);
                    tail.append(over);
                }
                cut = true;
                s = s.substring(Math.max(0, room));
            }
            tail.append(s);
            int keep = max - head.length();
            if (tail.length() > 2 * keep) {
                tail.delete(0, tail.length() - keep);
            }
        }

        @Override
        public String toString() {
            if (!cut) {
                return head.toString();
            }
            int keep = max - head.length();
            String end = tail.length() > keep ? tail.substring(tail.length() - keep) : tail.toString();
            return head + "\n…\n" + end;
        }
    }
}
