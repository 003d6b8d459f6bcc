package kz.officesud.examples;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.core.model.Claim;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.FilingOptions;
import kz.officesud.filing.FilingProgress;
import kz.officesud.filing.PreparedFiling;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;

/**
 * The application of {@link LargeUploadTest}, run in a JVM with a small heap: prepares a claim whose annex is far
 * larger than the heap (uploading it), checks that the progress reports came in order and reached the total, and
 * prints {@code uploaded <bytes> in <reports> reports, heap peak <bytes>}.
 */
public final class LargeUploadChild {
    private LargeUploadChild() {}

    public static void main(String[] args) throws Exception {
        URI court = URI.create(args[0]);
        Path keyFile = Path.of(args[1]);
        char[] password = args[2].toCharArray();
        Path documents = Path.of(args[3]);
        Path annex = Path.of(args[4]);
        List<FilingProgress> reports = new ArrayList<>();
        try (NcaKeyStore store = NcaKeyStore.open(keyFile, password);
                CourtOffice office = CourtOffice.builder()
                        .baseUrl(court)
                        .allowPlainHttp(true)
                        // the annex is byte soup, not a document the rules could open
                        .checkDocuments(false)
                        .build()) {
            NcaKey key = store.signingKey();
            Claim claim = Demo.claim(
                            documents, key.profile(), key.profile().iin().orElseThrow())
                    .toBuilder()
                    .attachment(annex)
                    .build();
            try (CourtSession session = office.login(key)) {
                PreparedFiling prepared = session.prepare(claim, FilingOptions.defaults(), reports::add);
                if (prepared.filing().documents().size() != 3) {
                    throw new AssertionError(
                            "three documents: " + prepared.filing().documents());
                }
            }
        }
        long previous = -1;
        for (FilingProgress p : reports) {
            if (p.bytesUploaded() < previous) {
                throw new AssertionError("progress went back: " + previous + " then " + p.bytesUploaded());
            }
            previous = p.bytesUploaded();
        }
        FilingProgress last = reports.get(reports.size() - 1);
        if (last.bytesUploaded() != last.totalBytes()) {
            throw new AssertionError("progress stopped at " + last);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("uploaded " + last.totalBytes() + " in " + reports.size() + " reports, heap peak " + peak);
    }
}
