package kz.officesud.core.document.internal;

import java.io.IOException;
import kz.officesud.core.document.InspectionLimits;
import kz.officesud.core.document.LayoutReport;
import kz.officesud.core.document.LayoutRule;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/** DOC (Word 97–2003) through POI HWPF. */
final class DocReader {
    private DocReader() {}

    static Outcome inspect(POIFSFileSystem fs, @Nullable LayoutRule layout, InspectionLimits limits)
            throws IOException {
        return Outcome.readable(true, LayoutReport.notChecked());
    }
}
