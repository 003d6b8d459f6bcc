package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.officesud.documents.DocumentFormat;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.DocumentReport;
import kz.officesud.documents.DocumentViolation;
import kz.officesud.documents.InspectionLimits;
import kz.officesud.documents.LayoutAspect;
import kz.officesud.documents.LayoutFinding;
import kz.officesud.documents.LayoutReport;
import kz.officesud.documents.LayoutRule;
import kz.officesud.documents.Readability;
import kz.officesud.documents.RuleSet;
import kz.officesud.documents.Severity;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One inspection of one file: sniff, classify, read, judge. */
public final class Inspection {
    private static final Logger LOG = LoggerFactory.getLogger(Inspection.class);

    private Inspection() {}

    /** Inspects {@code file} (whose size was counted as {@code size}) as {@code fileName} against {@code rules}. */
    public static DocumentReport run(Path file, long size, String fileName, RuleSet rules, InspectionLimits limits) {
        DocumentFormat byExtension = formatOfExtension(fileName);
        DocumentFormat format = DocumentFormat.UNKNOWN;
        Outcome outcome;
        if (size == 0) {
            outcome = unreadable(DocumentProblem.EMPTY, "the file has no bytes");
        } else if (size > limits.maxInspectedBytes()) {
            outcome = new Outcome(
                    new Readability.NotInspected(
                            "larger than the inspector's limit of " + limits.maxInspectedBytes() + " bytes"),
                    LayoutReport.notChecked());
            try {
                format = sniff(file);
            } catch (IOException | RuntimeException e) {
                LOG.debug("sniffing {} failed", fileName, e);
            }
        } else {
            Sniffed s = read(file, byExtension, rules.layout(), limits);
            format = s.format;
            outcome = s.outcome;
        }
        return judge(fileName, size, format, byExtension, outcome, rules);
    }

    private record Sniffed(DocumentFormat format, Outcome outcome) {}

    /**
     * Reads the file by its format. Every failure of one file ends here, as its verdict: refusals, the parsers'
     * exceptions, a stack overflow on absurd nesting, and linkage errors (a library of the parsers missing from the
     * caller's class path), which leave the file not inspected rather than take the caller down.
     */
    private static Sniffed read(
            Path file, DocumentFormat byExtension, @Nullable LayoutRule layout, InspectionLimits limits) {
        DocumentFormat format = DocumentFormat.UNKNOWN;
        try {
            format = sniff(file);
            switch (format) {
                case PDF -> {
                    return new Sniffed(format, PdfReader.inspect(file, layout, limits));
                }
                case JPEG -> {
                    JpegReader.check(file);
                    return new Sniffed(format, Outcome.readable(false, LayoutReport.notChecked()));
                }
                case OLD_WORD -> {
                    return new Sniffed(format, notInspected(format));
                }
                case ZIP -> {
                    try (OoxmlPackage pkg = OoxmlPackage.open(file, limits)) {
                        format = pkg.format();
                        if (format == DocumentFormat.DOCX) {
                            return new Sniffed(format, DocxReader.inspect(pkg, layout, limits));
                        }
                        if (format == DocumentFormat.XLSX) {
                            PackageCheck.checkAllParts(pkg, java.util.Set.of(), limits);
                            return new Sniffed(format, Outcome.readable(true, LayoutReport.notChecked()));
                        }
                        return new Sniffed(format, notInspected(format));
                    }
                }
                case OTHER_OLE2 -> {
                    try (POIFSFileSystem fs = Ole2Reader.open(file)) {
                        Ole2Reader.Kind kind = Ole2Reader.classify(fs, byExtension);
                        format = kind.format();
                        if (kind.encrypted()) {
                            return new Sniffed(
                                    format,
                                    unreadable(DocumentProblem.PASSWORD_PROTECTED, "the file is encrypted")
                                            .withMacros(kind.macros()));
                        }
                        if (format == DocumentFormat.DOC) {
                            return new Sniffed(
                                    format,
                                    DocReader.inspect(fs, layout, limits).withMacros(kind.macros()));
                        }
                        return new Sniffed(format, notInspected(format).withMacros(kind.macros()));
                    }
                }
                default -> {
                    return new Sniffed(format, notInspected(format));
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            Refusal r = Refusal.find(e);
            if (r == null) {
                LOG.debug("reading failed", e);
                DocumentProblem p =
                        e instanceof StackOverflowError ? DocumentProblem.NESTING_TOO_DEEP : DocumentProblem.CORRUPT;
                r = new Refusal(p, e.getClass().getSimpleName());
            }
            if ((format == DocumentFormat.ZIP || format == DocumentFormat.OTHER_OLE2)
                    && byExtension != DocumentFormat.UNKNOWN) {
                // a damaged package or compound file: say what it claims to be
                format = byExtension;
            }
            return new Sniffed(format, unreadable(r.problem(), r.detail(), r.variant()));
        } catch (LinkageError e) {
            // not the file's fault: a class the parsers need is missing or incompatible on this class path
            LOG.debug("the parsers cannot run here", e);
            return new Sniffed(
                    format,
                    new Outcome(
                            new Readability.NotInspected("the inspector could not run its parsers here: "
                                    + e.getClass().getSimpleName()),
                            LayoutReport.notChecked()));
        }
    }

    private static Outcome notInspected(DocumentFormat format) {
        return new Outcome(
                new Readability.NotInspected("the inspector does not read " + format.code() + " files"),
                LayoutReport.notChecked());
    }

    static Outcome unreadable(DocumentProblem problem, String detail) {
        return unreadable(problem, detail, null);
    }

    static Outcome unreadable(DocumentProblem problem, String detail, @Nullable String variant) {
        return new Outcome(
                new Readability.Unreadable(problem, detail),
                LayoutReport.notChecked(),
                Outcome.Text.UNKNOWN,
                false,
                variant);
    }

    /** The format told by the first bytes; ZIP and OLE2 are told apart further by their readers. */
    public static DocumentFormat sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        }
        if (head.length >= 4
                && head[0] == 'P'
                && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4)
                        || (head[2] == 5 && head[3] == 6)
                        || (head[2] == 7 && head[3] == 8))) {
            return DocumentFormat.ZIP;
        }
        if (head.length >= 8
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0
                && (head[4] & 0xFF) == 0xA1
                && (head[5] & 0xFF) == 0xB1
                && (head[6] & 0xFF) == 0x1A
                && (head[7] & 0xFF) == 0xE1) {
            return DocumentFormat.OTHER_OLE2;
        }
        if (isOldWord(head)) {
            return DocumentFormat.OLD_WORD;
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return DocumentFormat.JPEG;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return DocumentFormat.PNG;
        }
        for (int i = 0; i + 5 <= head.length; i++) {
            if (head[i] == '%'
                    && head[i + 1] == 'P'
                    && head[i + 2] == 'D'
                    && head[i + 3] == 'F'
                    && head[i + 4] == '-') {
                return DocumentFormat.PDF;
            }
        }
        return DocumentFormat.UNKNOWN;
    }

    /**
     * Word files older than Word 6.0, which are not OLE2 compound files: their header is at byte 0. Word for Windows
     * 1.x ({@code wIdent} 0xA59B, {@code nFib} 33) and 2.0 (0xA5DB, {@code nFib} 45); Word for DOS ({@code 31 BE 00
     * 00 00 AB}); Word for the Macintosh 4 and 5 ({@code FE 37 00 1C}, {@code FE 37 00 23}).
     */
    static boolean isOldWord(byte[] head) {
        if (head.length < 6) {
            return false;
        }
        int ident = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int nFib = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
        if ((ident == 0xA59B || ident == 0xA5DB) && nFib >= 0x21 && nFib <= 0x2D) {
            return true;
        }
        if ((head[0] & 0xFF) == 0x31
                && (head[1] & 0xFF) == 0xBE
                && head[2] == 0
                && head[3] == 0
                && head[4] == 0
                && (head[5] & 0xFF) == 0xAB) {
            return true;
        }
        return (head[0] & 0xFF) == 0xFE && head[1] == 0x37 && head[2] == 0 && (head[3] == 0x1C || head[3] == 0x23);
    }

    /** The format a file name's extension names, or UNKNOWN. */
    public static DocumentFormat formatOfExtension(String fileName) {
        String ext = extension(fileName);
        for (DocumentFormat f : DocumentFormat.values()) {
            if (f.matchesExtension(ext)) {
                return f;
            }
        }
        return DocumentFormat.UNKNOWN;
    }

    static String extension(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String base = fileName.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static DocumentReport judge(
            String fileName,
            long size,
            DocumentFormat format,
            DocumentFormat byExtension,
            Outcome outcome,
            RuleSet rules) {
        List<DocumentViolation> v = new ArrayList<>();
        String allowed = String.join(
                ", ", rules.formats().stream().map(DocumentFormat::code).toList());
        String ext = extension(fileName);
        // format
        switch (format) {
            case DOCM, XLSM ->
                v.add(violation(DocumentProblem.MACRO_ENABLED, fileName, "format", format.code(), "allowed", allowed));
            case OLD_WORD -> v.add(violation(DocumentProblem.OLD_WORD_FORMAT, fileName, "format", format.code()));
            case ODF -> v.add(violation(DocumentProblem.OPEN_DOCUMENT, fileName, "allowed", allowed));
            case ZIP -> v.add(violation(DocumentProblem.PLAIN_ZIP, fileName, "allowed", allowed));
            case UNKNOWN -> {
                if (!(outcome.readability() instanceof Readability.Unreadable u
                        && u.reason() == DocumentProblem.EMPTY)) {
                    v.add(violation(DocumentProblem.UNKNOWN_FORMAT, fileName, "allowed", allowed));
                }
            }
            default -> {
                if (!rules.allows(format)) {
                    v.add(violation(
                            DocumentProblem.FORMAT_NOT_ALLOWED, fileName, "format", format.code(), "allowed", allowed));
                }
                if (outcome.macros()) {
                    // a doc or xls with a VBA project: as a docm or xlsm
                    v.add(violation(
                            DocumentProblem.MACRO_ENABLED, fileName, "format", format.code(), "allowed", allowed));
                }
            }
        }
        if (format != DocumentFormat.UNKNOWN && !format.matchesExtension(ext) && byExtension != format) {
            boolean namelessFormat = format.extensions().isEmpty();
            if (!namelessFormat || byExtension != DocumentFormat.UNKNOWN) {
                List<Object> kv =
                        new ArrayList<>(List.of("extension", ext.isEmpty() ? "—" : ext, "format", format.code()));
                if (ext.isEmpty()) {
                    kv.addAll(List.of("variant", "noExtension"));
                }
                v.add(violation(DocumentProblem.EXTENSION_MISMATCH, fileName, kv.toArray()));
            }
        }
        // readability
        if (outcome.readability() instanceof Readability.Unreadable u) {
            String variant = outcome.variant();
            v.add(
                    variant == null
                            ? violation(u.reason(), fileName)
                            : violation(u.reason(), fileName, "variant", variant));
        }
        boolean readable = outcome.readability() instanceof Readability.Readable;
        if (readable && outcome.text() == Outcome.Text.NONE && isWord(format)) {
            v.add(violation(DocumentProblem.NO_TEXT, fileName));
        }
        // size
        if (size > rules.maxFileSize()) {
            v.add(violation(
                    DocumentProblem.TOO_LARGE,
                    fileName,
                    "size",
                    megabytes(size),
                    "limit",
                    megabytes(rules.maxFileSize()),
                    "splittable",
                    format == DocumentFormat.PDF));
        }
        // layout
        LayoutRule layout = rules.layout();
        LayoutReport lr = outcome.layout();
        if (layout != null) {
            boolean notDecodable = readable && outcome.text() == Outcome.Text.NOT_DECODABLE;
            boolean noTextLayer = outcome.readability() instanceof Readability.Readable r
                    && !r.textLayer()
                    && (format == DocumentFormat.PDF || format == DocumentFormat.JPEG);
            if (notDecodable || noTextLayer) {
                List<Object> kv =
                        new ArrayList<>(List.of("font", layout.fontFamily(), "size", trim(layout.fontSizePoints())));
                if (notDecodable) {
                    kv.addAll(List.of("variant", "notDecodable")); // never "no text layer": there may be text
                }
                v.add(violation(DocumentProblem.LAYOUT_NOT_CHECKABLE, fileName, kv.toArray()));
            }
            if (lr.checked()) {
                layoutViolation(
                        v,
                        fileName,
                        lr,
                        LayoutAspect.FONT,
                        lr.wrongFontShare(),
                        lr.wrongFontCharacters(),
                        DocumentProblem.WRONG_FONT,
                        layout);
                layoutViolation(
                        v,
                        fileName,
                        lr,
                        LayoutAspect.FONT_SIZE,
                        lr.wrongSizeShare(),
                        lr.wrongSizeCharacters(),
                        DocumentProblem.WRONG_FONT_SIZE,
                        layout);
                layoutViolation(
                        v,
                        fileName,
                        lr,
                        LayoutAspect.LINE_SPACING,
                        lr.wrongSpacingShare(),
                        lr.wrongSpacingCharacters(),
                        DocumentProblem.WRONG_LINE_SPACING,
                        layout);
            }
        }
        v.sort((a, b) -> a.severity() == b.severity() ? 0 : a.severity() == Severity.ERROR ? -1 : 1);
        return new DocumentReport(fileName, size, format, outcome.readability(), lr, rules.id(), v);
    }

    private static boolean isWord(DocumentFormat format) {
        return format == DocumentFormat.DOC || format == DocumentFormat.DOCX || format == DocumentFormat.DOCM;
    }

    /**
     * A layout violation when the deviating share exceeds the rule's tolerance. The message names the first place of
     * the deviation when the report kept it (it always keeps the first of each aspect, unless told to keep none).
     */
    private static void layoutViolation(
            List<DocumentViolation> v,
            String fileName,
            LayoutReport lr,
            LayoutAspect aspect,
            double share,
            long chars,
            DocumentProblem problem,
            LayoutRule rule) {
        if (chars == 0 || share <= rule.tolerance()) {
            return;
        }
        LayoutFinding first = lr.findings().stream()
                .filter(f -> f.aspect() == aspect)
                .findFirst()
                .orElse(null);
        String expected =
                switch (aspect) {
                    case FONT -> rule.fontFamily();
                    case FONT_SIZE -> trim(rule.fontSizePoints());
                    case LINE_SPACING -> trim(rule.minLineSpacing()) + "–" + trim(rule.maxLineSpacing());
                };
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("share", percent(share));
        args.put("characters", chars);
        args.put("expected", expected);
        if (first != null) {
            args.put("found", first.found());
            args.put("where", first.location());
            args.put("snippet", first.snippet());
        }
        args.put("tolerance", percent(rule.tolerance()));
        Object[] kv = new Object[args.size() * 2];
        int i = 0;
        for (Map.Entry<String, Object> e : args.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        v.add(violation(problem, fileName, kv));
    }

    static DocumentViolation violation(DocumentProblem p, String fileName, Object... kv) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("fileName", fileName);
        for (int i = 0; i + 1 < kv.length; i += 2) {
            args.put((String) kv[i], kv[i + 1]);
        }
        return DocumentViolation.of(p, args);
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return String.format(Locale.ROOT, mb < 10 ? "%.2f" : "%.1f", mb).replaceAll("\\.?0+$", "");
    }

    /**
     * A share as a percentage for a message: one decimal from 1 % up, two below; never 0 for a share above zero
     * (0.004 % is shown as 0.01) and never 100 for a share below one (99.96 % is shown as 99.9).
     */
    static String percent(double share) {
        if (!(share > 0)) {
            return "0";
        }
        if (share >= 1) {
            return "100";
        }
        java.math.BigDecimal p = java.math.BigDecimal.valueOf(share * 100);
        java.math.BigDecimal shown = p.compareTo(java.math.BigDecimal.ONE) < 0
                ? p.setScale(2, java.math.RoundingMode.HALF_UP).max(new java.math.BigDecimal("0.01"))
                : p.setScale(1, java.math.RoundingMode.HALF_UP).min(new java.math.BigDecimal("99.9"));
        return shown.stripTrailingZeros().toPlainString();
    }

    static String trim(double d) {
        return d == Math.rint(d)
                ? Long.toString((long) d)
                : String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "");
    }
}
