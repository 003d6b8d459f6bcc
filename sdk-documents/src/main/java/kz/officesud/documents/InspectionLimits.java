package kz.officesud.documents;

/**
 * Bounds on the work and memory one inspection may take, so that hostile input is refused instead of taking the
 * caller down. The defaults fit the court's 20 MB files with a wide margin.
 *
 * @param maxInspectedBytes files (or spooled streams) larger than this are not opened
 * @param maxZipEntries the most entries a ZIP package (DOCX, XLSX) may have
 * @param maxCompressionRatio the most a ZIP entry or a PDF stream may expand (uncompressed / compressed), checked
 *     once its output passes {@code ratioGraceBytes}
 * @param ratioGraceBytes output below this size is never judged by ratio
 * @param maxInflatedBytes the most bytes all ZIP entries, or all PDF streams read, may expand to in total
 * @param maxStreamBytes the most one ZIP entry or one PDF stream may expand to
 * @param maxNestingDepth the deepest nesting of XML elements, PDF arrays or dictionaries, or the PDF page tree
 * @param maxPages the most pages a PDF may have
 * @param maxFindings the most layout findings kept in a report (the rest are counted); past it, the first finding of
 *     each aspect is kept all the same, unless it is zero
 */
public record InspectionLimits(
        long maxInspectedBytes,
        int maxZipEntries,
        int maxCompressionRatio,
        long ratioGraceBytes,
        long maxInflatedBytes,
        long maxStreamBytes,
        int maxNestingDepth,
        int maxPages,
        int maxFindings) {

    public InspectionLimits {
        positive(maxInspectedBytes, "maxInspectedBytes");
        positive(maxZipEntries, "maxZipEntries");
        positive(maxCompressionRatio, "maxCompressionRatio");
        positive(maxInflatedBytes, "maxInflatedBytes");
        positive(maxStreamBytes, "maxStreamBytes");
        positive(maxNestingDepth, "maxNestingDepth");
        positive(maxPages, "maxPages");
        if (ratioGraceBytes < 0 || maxFindings < 0) {
            throw new IllegalArgumentException("ratioGraceBytes and maxFindings must not be negative");
        }
    }

    /**
     * 256 MiB inspected; 10,000 ZIP entries; ratio 200 beyond 1 MiB; 1 GiB inflated in all, 256 MiB a stream; nesting
     * 200; 100,000 pages; 100 findings.
     */
    public static InspectionLimits defaults() {
        return new InspectionLimits(256L << 20, 10_000, 200, 1L << 20, 1L << 30, 256L << 20, 200, 100_000, 100);
    }

    /** These limits with another maximum page count. */
    public InspectionLimits withMaxPages(int pages) {
        return new InspectionLimits(
                maxInspectedBytes,
                maxZipEntries,
                maxCompressionRatio,
                ratioGraceBytes,
                maxInflatedBytes,
                maxStreamBytes,
                maxNestingDepth,
                pages,
                maxFindings);
    }

    /** These limits with another maximum number of kept findings. */
    public InspectionLimits withMaxFindings(int findings) {
        return new InspectionLimits(
                maxInspectedBytes,
                maxZipEntries,
                maxCompressionRatio,
                ratioGraceBytes,
                maxInflatedBytes,
                maxStreamBytes,
                maxNestingDepth,
                maxPages,
                findings);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
