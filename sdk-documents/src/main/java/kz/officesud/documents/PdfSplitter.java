package kz.officesud.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.documents.internal.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Splits a PDF over the court's size limit into parts each under it, in page order, named so that the court sees one
 * document: «Исковое заявление (часть 1 из 3).pdf», … (2018 rules, point 12: "one whole file; may be split where it
 * is over 20 MB").
 *
 * <p>The source is first inspected (hostile or unreadable files are refused before PDFBox goes further). Pages are
 * then grouped by an estimate of their bytes (their content streams and the images and forms they use, each shared
 * resource counted once a part); each part is written straight to its file, measured, and split again if it came out
 * over the limit. The source is read from disk as needed: neither it nor a part is held in memory.
 *
 * <pre>{@code
 * List<PdfSplitter.Part> parts = PdfSplitter.create().split(Path.of("иск.pdf"), Path.of("out"));
 * }</pre>
 */
public final class PdfSplitter {
    /** One part written. Pages are 1-based, inclusive. */
    public record Part(Path file, int firstPage, int lastPage, long size) {
        public Part {
            Objects.requireNonNull(file, "file");
        }
    }

    /** A page's own objects (page dictionary, xref entry) in a written part, beyond its streams. */
    private static final long PAGE_OVERHEAD = 400;

    private final long maxPartBytes;
    private final Locale namingLocale;
    private final DocumentInspector inspector;

    private PdfSplitter(long maxPartBytes, Locale namingLocale, DocumentInspector inspector) {
        if (maxPartBytes < 64 * 1024) {
            throw new IllegalArgumentException("maxPartBytes must be at least 64 KiB: " + maxPartBytes);
        }
        this.maxPartBytes = maxPartBytes;
        this.namingLocale = namingLocale;
        this.inspector = inspector;
    }

    /** Parts under the rules in force today (20 MB), named in Russian. */
    public static PdfSplitter create() {
        return new PdfSplitter(RuleSets.TWENTY_MB, Locale.forLanguageTag("ru"), DocumentInspector.create());
    }

    /** This splitter with another part limit in bytes (e.g. {@code ruleSet.maxFileSize()}). */
    public PdfSplitter withMaxPartBytes(long bytes) {
        return new PdfSplitter(bytes, namingLocale, inspector);
    }

    /** This splitter naming parts in {@code locale}'s language (kk, ru; English otherwise). */
    public PdfSplitter withNamingLocale(Locale locale) {
        return new PdfSplitter(maxPartBytes, Objects.requireNonNull(locale, "locale"), inspector);
    }

    /** The largest part, in bytes. */
    public long maxPartBytes() {
        return maxPartBytes;
    }

    /**
     * Splits {@code source} into {@code targetDir} (created if needed). A file already under the limit is copied as
     * one part under its own name.
     *
     * @throws DocumentSplitException when the source is not a readable PDF, or one page alone is over the limit
     * @throws OfficesudIoException when reading or writing fails
     */
    public List<Part> split(Path source, Path targetDir) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(targetDir, "targetDir");
        Path name = source.getFileName();
        String fileName = name == null ? "document.pdf" : name.toString();
        try {
            Files.createDirectories(targetDir);
            long size = Files.size(source);
            DocumentReport report = inspector.inspect(
                    source,
                    fileName,
                    RuleSets.KZ_2018_AMENDED_2025.withLayout(null).withMaxFileSize(Long.MAX_VALUE));
            if (report.format() != DocumentFormat.PDF || !report.readability().isReadable()) {
                throw new DocumentSplitException(
                        fileName + " is not a readable PDF: " + report.problems(),
                        report.violations().isEmpty()
                                ? null
                                : report.violations().get(0));
            }
            if (size <= maxPartBytes) {
                Path target = targetDir.resolve(fileName);
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                return List.of(new Part(target, 1, pageCount(source), size));
            }
            try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(source))) {
                int pages = doc.getNumberOfPages();
                List<int[]> ranges = plan(doc, pages);
                List<int[]> done = new ArrayList<>();
                List<Path> written = new ArrayList<>();
                // write; a part that came out too large is halved and written again
                java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>(ranges);
                while (!todo.isEmpty()) {
                    int[] r = todo.pollFirst();
                    Path tmp = Files.createTempFile(targetDir, ".part", ".pdf");
                    long partSize = write(doc, r[0], r[1], tmp);
                    if (partSize <= maxPartBytes) {
                        done.add(r);
                        written.add(tmp);
                        continue;
                    }
                    Files.deleteIfExists(tmp);
                    if (r[0] == r[1]) {
                        throw new DocumentSplitException(
                                "page " + (r[0] + 1) + " of " + fileName + " alone is " + partSize
                                        + " bytes, over the limit of " + maxPartBytes,
                                null);
                    }
                    int mid = (r[0] + r[1]) / 2;
                    todo.addFirst(new int[] {mid + 1, r[1]});
                    todo.addFirst(new int[] {r[0], mid});
                }
                String base = fileName.toLowerCase(Locale.ROOT).endsWith(".pdf")
                        ? fileName.substring(0, fileName.length() - 4)
                        : fileName;
                List<Part> parts = new ArrayList<>();
                for (int i = 0; i < done.size(); i++) {
                    String partName = Messages.format(
                                    "document.split.partName",
                                    Map.of("base", base, "part", i + 1, "parts", done.size()),
                                    namingLocale)
                            + ".pdf";
                    Path target = targetDir.resolve(partName);
                    Files.move(written.get(i), target, StandardCopyOption.REPLACE_EXISTING);
                    parts.add(new Part(target, done.get(i)[0] + 1, done.get(i)[1] + 1, Files.size(target)));
                }
                return List.copyOf(parts);
            }
        } catch (IOException e) {
            throw new OfficesudIoException("cannot split " + source, e);
        }
    }

    private static int pageCount(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf))) {
            return doc.getNumberOfPages();
        }
    }

    /** Groups pages (0-based ranges) so that each group's estimated size stays under 90% of the limit. */
    private List<int[]> plan(PDDocument doc, int pages) {
        long budget = maxPartBytes * 9 / 10;
        List<int[]> ranges = new ArrayList<>();
        Map<COSBase, Boolean> seen = new IdentityHashMap<>();
        int start = 0;
        long used = 0;
        for (int i = 0; i < pages; i++) {
            Map<COSBase, Boolean> mark = new IdentityHashMap<>();
            long cost = PAGE_OVERHEAD + cost(doc.getPage(i).getCOSObject(), seen, mark, 0);
            if (i > start && used + cost > budget) {
                ranges.add(new int[] {start, i - 1});
                start = i;
                used = 0;
                seen.clear();
                mark.clear();
                cost = PAGE_OVERHEAD + cost(doc.getPage(i).getCOSObject(), seen, mark, 0);
            }
            seen.putAll(mark);
            used += cost;
        }
        ranges.add(new int[] {start, pages - 1});
        return ranges;
    }

    /** The raw bytes of the streams reachable from a page (contents, resources), not yet counted in this part. */
    private static long cost(COSBase base, Map<COSBase, Boolean> seen, Map<COSBase, Boolean> mark, int depth) {
        if (depth > 32 || base == null) {
            return 0;
        }
        COSBase b = base instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : base;
        if (b == null || seen.containsKey(b) || mark.containsKey(b)) {
            return 0;
        }
        long total = 0;
        if (b instanceof COSStream s) {
            mark.put(b, Boolean.TRUE);
            total += s.getLength();
            COSDictionary res = s.getCOSDictionary(COSName.RESOURCES);
            total += cost(res, seen, mark, depth + 1);
        } else if (b instanceof COSDictionary d) {
            mark.put(b, Boolean.TRUE);
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                COSName k = e.getKey();
                if (k.equals(COSName.PARENT) || k.equals(COSName.P) || k.equals(COSName.ANNOTS)) {
                    continue; // up the tree, or to other pages
                }
                total += cost(e.getValue(), seen, mark, depth + 1);
            }
        } else if (b instanceof COSArray a) {
            mark.put(b, Boolean.TRUE);
            for (int i = 0; i < a.size(); i++) {
                total += cost(a.get(i), seen, mark, depth + 1);
            }
        }
        return total;
    }

    /** Writes pages {@code [from, to]} (0-based) to {@code target}; returns its size. */
    private static long write(PDDocument doc, int from, int to, Path target) throws IOException {
        try (PDDocument part = new PDDocument()) {
            part.getDocument().setVersion(doc.getVersion());
            for (int i = from; i <= to; i++) {
                PDPage page = doc.getPage(i);
                PDPage copy = part.importPage(page);
                // inheritable attributes live on the parent in the source: carry them onto the page
                copy.setResources(page.getResources());
                copy.setMediaBox(page.getMediaBox());
                copy.setCropBox(page.getCropBox());
                copy.setRotation(page.getRotation());
            }
            // a classic cross-reference table: no object streams to compress in memory, faster to write
            part.save(target.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        }
        return Files.size(target);
    }
}
