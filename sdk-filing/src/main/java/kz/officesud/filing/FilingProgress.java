package kz.officesud.filing;

/**
 * How far the upload of a filing's documents has got.
 *
 * @param bytesUploaded bytes of the documents sent so far (falls back when an upload is repeated)
 * @param totalBytes the size of every document to upload
 */
public record FilingProgress(long bytesUploaded, long totalBytes) {
    public FilingProgress {
        if (bytesUploaded < 0 || totalBytes < 0 || bytesUploaded > totalBytes) {
            throw new IllegalArgumentException("bad progress: " + bytesUploaded + " of " + totalBytes);
        }
    }

    /** The share uploaded, from 0.0 to 1.0 (1.0 when there is nothing to upload). */
    public double fraction() {
        return totalBytes == 0 ? 1.0 : (double) bytesUploaded / totalBytes;
    }

    /** Told of the progress of a filing's uploads, on the thread that files. */
    @FunctionalInterface
    public interface Listener {
        void onProgress(FilingProgress progress);

        /** A listener that ignores every report. */
        static Listener none() {
            return progress -> {};
        }
    }
}
