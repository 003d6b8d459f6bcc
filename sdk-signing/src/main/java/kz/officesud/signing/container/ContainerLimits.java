package kz.officesud.signing.container;

/**
 * Bounds on what verifying or co-signing one container may read, so that a hostile archive is refused
 * (as {@link ContainerProblem.Code#ZIP_BOMB} or {@link ContainerProblem.Code#TOO_MANY_ENTRIES}) instead of
 * taking the caller's CPU, disk or memory. Entries are streamed: only the manifest and the signatures are
 * ever held in memory, within their own bounds.
 *
 * @param maxEntries the most entries an archive may have
 * @param maxEntryBytes the most one entry may expand to
 * @param maxTotalBytes the most all entries together may expand to
 * @param maxCompressionRatio the most an entry may expand (uncompressed / compressed), judged once it is
 *     larger than {@code ratioGraceBytes}
 * @param ratioGraceBytes entries up to this size are never judged by ratio
 * @param maxManifestBytes the largest {@code NCAManifest.xml} read
 * @param maxSignatureBytes the largest signature entry read
 */
public record ContainerLimits(
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxCompressionRatio,
        long ratioGraceBytes,
        int maxManifestBytes,
        int maxSignatureBytes) {

    public ContainerLimits {
        positive(maxEntries, "maxEntries");
        positive(maxEntryBytes, "maxEntryBytes");
        positive(maxTotalBytes, "maxTotalBytes");
        positive(maxCompressionRatio, "maxCompressionRatio");
        positive(maxManifestBytes, "maxManifestBytes");
        positive(maxSignatureBytes, "maxSignatureBytes");
        if (ratioGraceBytes < 0) {
            throw new IllegalArgumentException("ratioGraceBytes must not be negative: " + ratioGraceBytes);
        }
    }

    /**
     * 10,000 entries; 1 GiB an entry, 4 GiB in all; ratio 200 beyond 1 MiB (office documents and text
     * compress 3 to 20 times; deflate cannot exceed about 1,030); a 4 MiB manifest; 4 MiB a signature.
     */
    public static ContainerLimits defaults() {
        return new ContainerLimits(10_000, 1L << 30, 4L << 30, 200, 1L << 20, 4 << 20, 4 << 20);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
