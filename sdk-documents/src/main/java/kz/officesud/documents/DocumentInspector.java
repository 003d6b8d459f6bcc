package kz.officesud.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.ContentSource;
import kz.officesud.documents.internal.Inspection;

/**
 * Checks a file against the court's rules before it is sent: format by content, readability, hostile input, size,
 * layout. Immutable and thread-safe; inspections are independent. Never throws for any file, whatever the class path
 * (a missing parser library leaves the file {@link Readability.NotInspected}) — the report says what is wrong; only a
 * failure to read the caller's own file or stream is an {@link OfficesudIoException}.
 *
 * <pre>{@code
 * DocumentReport report = DocumentInspector.create()
 *         .inspect(Path.of("исковое заявление.docx"), RuleSets.inForceToday());
 * report.violations().forEach(v -> log.warn(v.message(Locale.forLanguageTag("ru"))));
 * }</pre>
 */
public final class DocumentInspector {
    private final InspectionLimits limits;

    private DocumentInspector(InspectionLimits limits) {
        this.limits = limits;
    }

    /** An inspector with {@link InspectionLimits#defaults()}. */
    public static DocumentInspector create() {
        return new DocumentInspector(InspectionLimits.defaults());
    }

    /** An inspector with the caller's limits. */
    public static DocumentInspector withLimits(InspectionLimits limits) {
        return new DocumentInspector(Objects.requireNonNull(limits, "limits"));
    }

    public InspectionLimits limits() {
        return limits;
    }

    /** Inspects {@code file} under its own name against the rules in force today in Kazakhstan. */
    public DocumentReport inspect(Path file) {
        return inspect(file, RuleSets.inForceToday());
    }

    /** Inspects {@code file} under its own name. */
    public DocumentReport inspect(Path file, RuleSet rules) {
        Path name = file.getFileName();
        return inspect(file, name == null ? "" : name.toString(), rules);
    }

    /** Inspects {@code file} as it will be named in the filing ({@code fileName}, whose extension is checked). */
    public DocumentReport inspect(Path file, String fileName, RuleSet rules) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(rules, "rules");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new OfficesudIoException("cannot read " + file, e);
        }
        return Inspection.run(file, size, fileName, rules, limits);
    }

    /** Inspects an attachment of a filing: its content under its file name. */
    public DocumentReport inspect(Attachment attachment, RuleSet rules) {
        Objects.requireNonNull(attachment, "attachment");
        return inspect(attachment.content(), attachment.fileName(), rules);
    }

    /**
     * Inspects the bytes {@code source} opens. A file's content is read where it lies; other content is copied once
     * to a temporary file (counting the size while streaming; a stream longer than {@link
     * InspectionLimits#maxInspectedBytes()} is cut there and reported too large), which is deleted afterwards.
     */
    public DocumentReport inspect(ContentSource source, String fileName, RuleSet rules) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(rules, "rules");
        if (source instanceof ContentSource.PathContent file) {
            return inspect(file.path(), fileName, rules);
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("officesud-inspect", ".bin");
            long size = 0;
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = source.open();
                    OutputStream out = Files.newOutputStream(tmp)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    long room = limits.maxInspectedBytes() + 1 - size;
                    out.write(buf, 0, (int) Math.min(n, room));
                    size += n;
                    if (size > limits.maxInspectedBytes()) {
                        break;
                    }
                }
            }
            return Inspection.run(tmp, size, fileName, rules, limits);
        } catch (IOException e) {
            throw new OfficesudIoException("cannot read " + fileName, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file the OS will clean up
                }
            }
        }
    }
}
