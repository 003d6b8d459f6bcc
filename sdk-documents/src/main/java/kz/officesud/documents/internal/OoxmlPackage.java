package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.officesud.documents.DocumentFormat;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.InspectionLimits;
import org.jspecify.annotations.Nullable;

/**
 * An OOXML (or other ZIP) package: what it is, told by following {@code _rels/.rels} to the main part and looking up
 * that part's content type in {@code [Content_Types].xml}; its relationships; its parts, each read at most once.
 */
public final class OoxmlPackage implements AutoCloseable {
    public static final String REL_OFFICE_DOCUMENT = "/officeDocument";
    private static final int SMALL_PART = 8 << 20;

    /** A relationship of a part. */
    public record Relationship(String type, String target, boolean external) {}

    private final ZipArchive zip;
    private final InspectionLimits limits;
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private DocumentFormat format = DocumentFormat.ZIP;
    private @Nullable String mainPart;

    private OoxmlPackage(ZipArchive zip, InspectionLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Opens the ZIP (refusing hostile ones) and tells what it holds. */
    public static OoxmlPackage open(Path file, InspectionLimits limits) throws IOException {
        ZipArchive zip = ZipArchive.open(file, limits);
        OoxmlPackage pkg = new OoxmlPackage(zip, limits);
        try {
            pkg.classify();
            return pkg;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private void classify() throws IOException {
        ZipArchive.Entry mimetype = zip.entry("mimetype");
        if (mimetype != null && mimetype.size() < 200) {
            String mt = new String(zip.readAll(mimetype, 200), StandardCharsets.US_ASCII);
            if (mt.startsWith("application/vnd.oasis.opendocument")) {
                format = DocumentFormat.ODF;
                return;
            }
        }
        ZipArchive.Entry ct = zip.entry("[Content_Types].xml");
        if (ct == null) {
            format = DocumentFormat.ZIP;
            return;
        }
        format = DocumentFormat.OTHER_OOXML;
        scanSmall(ct, new FastXml.Handler() {
            @Override
            public void start(FastXml x) {
                String name = x.localName();
                if (name.equals("Default")) {
                    String ext = x.attr("Extension");
                    String type = x.attr("ContentType");
                    if (ext != null && type != null) {
                        defaults.put(ext.toLowerCase(Locale.ROOT), type);
                    }
                } else if (name.equals("Override")) {
                    String part = x.attr("PartName");
                    String type = x.attr("ContentType");
                    if (part != null && type != null) {
                        overrides.put(normalise(part), type);
                    }
                }
            }

            @Override
            public void end(FastXml x) {}

            @Override
            public void text(byte[] buf, int from, int to, boolean cdata) {}
        });
        List<Relationship> rels = relationships("");
        Relationship main = rels.stream()
                .filter(r -> r.type().endsWith(REL_OFFICE_DOCUMENT) && !r.external())
                .findFirst()
                .orElseThrow(() -> new Refusal(DocumentProblem.CORRUPT, "the package names no main document"));
        mainPart = main.target();
        String type = contentType(mainPart);
        format = switch (type == null ? "" : type) {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" ->
                DocumentFormat.DOCX;
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" -> DocumentFormat.XLSX;
            case "application/vnd.ms-word.document.macroEnabled.main+xml",
                    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml" -> DocumentFormat.DOCM;
            case "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                    "application/vnd.ms-excel.template.macroEnabled.main+xml",
                    "application/vnd.ms-excel.sheet.binary.macroEnabled.main" -> DocumentFormat.XLSM;
            default -> DocumentFormat.OTHER_OOXML;
        };
        if (zip.entry(mainPart) == null) {
            throw new Refusal(DocumentProblem.CORRUPT, "the main document part is missing");
        }
    }

    /** What the package is. */
    public DocumentFormat format() {
        return format;
    }

    /** The main part's name (no leading slash), once classified as OOXML. */
    public String mainPart() {
        if (mainPart == null) {
            throw new IllegalStateException("not an OOXML package");
        }
        return mainPart;
    }

    public ZipArchive zip() {
        return zip;
    }

    /** The content type of a part (no leading slash), or null. */
    public @Nullable String contentType(String part) {
        String o = overrides.get(part.toLowerCase(Locale.ROOT));
        if (o != null) {
            return o;
        }
        int dot = part.lastIndexOf('.');
        return dot < 0 ? null : defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The relationships of {@code part} ("" for the package), targets resolved to part names. */
    public List<Relationship> relationships(String part) throws IOException {
        int slash = part.lastIndexOf('/');
        String dir = slash < 0 ? "" : part.substring(0, slash + 1);
        String relsName = dir + "_rels/" + part.substring(slash + 1) + ".rels";
        ZipArchive.Entry e = zip.entry(relsName);
        List<Relationship> out = new ArrayList<>();
        if (e == null) {
            if (part.isEmpty()) {
                throw new Refusal(DocumentProblem.CORRUPT, "the package has no _rels/.rels");
            }
            return out;
        }
        scanSmall(e, new FastXml.Handler() {
            @Override
            public void start(FastXml x) {
                if (x.localName().equals("Relationship")) {
                    String type = x.attr("Type");
                    String target = x.attr("Target");
                    boolean external = "External".equals(x.attr("TargetMode"));
                    if (type != null && target != null) {
                        out.add(new Relationship(type, external ? target : resolve(dir, target), external));
                    }
                }
            }

            @Override
            public void end(FastXml x) {}

            @Override
            public void text(byte[] buf, int from, int to, boolean cdata) {}
        });
        return out;
    }

    /** Scans a part of at most 8 MB with {@code handler}. */
    public void scanSmall(ZipArchive.Entry e, FastXml.Handler handler) throws IOException {
        if (e.size() > SMALL_PART) {
            throw new Refusal(DocumentProblem.ZIP_BOMB, e.name() + " is " + e.size() + " bytes");
        }
        scan(e, handler);
    }

    /** Scans a part with {@code handler}. */
    public void scan(ZipArchive.Entry e, FastXml.Handler handler) throws IOException {
        try (InputStream in = zip.open(e)) {
            FastXml.scan(in, e.name(), limits.maxNestingDepth(), handler);
            // read to the end so that the length and CRC are checked
            if (in.read() >= 0) {
                throw new Refusal(DocumentProblem.CORRUPT, e.name() + " has bytes after its document element");
            }
        }
    }

    static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        // decode percent-encoding minimally and drop "./" and "../"
        path = path.replace("%20", " ");
        List<String> parts = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }

    private static String normalise(String partName) {
        String p = partName.startsWith("/") ? partName.substring(1) : partName;
        return p.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
