package kz.officesud.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import kz.officesud.documents.InspectionLimits;

/** Reads every part of a package once: XML parts must be well-formed, every part must inflate to its CRC. */
final class PackageCheck {
    private static final FastXml.Handler NOTHING = new FastXml.Handler() {
        @Override
        public void start(FastXml x) {}

        @Override
        public void end(FastXml x) {}

        @Override
        public void text(byte[] buf, int from, int to, boolean cdata) {}
    };

    private PackageCheck() {}

    /** Checks every entry not named in {@code alreadyRead} (lower-case names). */
    static void checkAllParts(OoxmlPackage pkg, Set<String> alreadyRead, InspectionLimits limits) throws IOException {
        byte[] sink = new byte[64 * 1024];
        for (ZipArchive.Entry e : pkg.zip().entries()) {
            String lower = e.name().toLowerCase(Locale.ROOT);
            if (alreadyRead.contains(lower) || lower.endsWith("/")) {
                continue;
            }
            String type = pkg.contentType(e.name());
            boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels") || (type != null && type.endsWith("xml"));
            if (xml) {
                pkg.scan(e, NOTHING);
            } else {
                try (InputStream in = pkg.zip().open(e)) {
                    while (in.read(sink) >= 0) {
                        // inflate to check length and CRC
                    }
                }
            }
        }
    }
}
