package kz.officesud.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Iin;
import kz.officesud.core.samples.SampleFilings;

/**
 * Writes the seeds of this module's fuzz targets: the manifest of every sample filing (signed by a person and by an
 * organisation's representative), and the values the courts' seed documents show (case numbers, IIN, BIN, amounts)
 * with the bundled court directory. Into {@code .cifuzz-corpus/<target class>/<method>/} under the directory it runs
 * in; run from the module's directory with its test class path (docs/reliability.md).
 */
public final class FuzzSeeds {
    private FuzzSeeds() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".cifuzz-corpus");
        Path manifests = dir(root, "kz.officesud.core.contract.ManifestFuzzTest", "parse");
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        for (Class<?> type : Filing.class.getPermittedSubclasses()) {
            @SuppressWarnings("unchecked")
            Filing filing = SampleFilings.of((Class<? extends Filing>) type);
            String name = type.getSimpleName();
            Files.write(
                    manifests.resolve(name + "-person"),
                    Manifest.of(filing, new Manifest.Signer(Iin.of("900101300007"), null), null, at)
                            .canonicalBytes());
            Files.write(
                    manifests.resolve(name + "-organisation"),
                    Manifest.of(
                                    filing,
                                    new Manifest.Signer(Iin.of("900101300007"), Bin.of("000740001307")),
                                    "ERP-2026/0042",
                                    at)
                            .canonicalBytes());
        }
        Path values = dir(root, "kz.officesud.core.model.ValuesFuzzTest", "parse");
        List<String> caseNumbers = List.of("7517-21-00-2/6609", "7599-22-00-2а/1489", "6003-25-00-4к/1454(2)");
        for (int i = 0; i < caseNumbers.size(); i++) {
            seed(values, "case-number-" + i, 0, caseNumbers.get(i).getBytes(StandardCharsets.UTF_8));
        }
        seed(values, "iin", 1, "900101300007".getBytes(StandardCharsets.US_ASCII));
        seed(values, "bin", 2, "000740001307".getBytes(StandardCharsets.US_ASCII));
        seed(values, "tenge", 3, "1500000.50".getBytes(StandardCharsets.US_ASCII));
        try (InputStream in = Courts.class.getResourceAsStream("courts.txt")) {
            seed(values, "courts", 4, in.readAllBytes());
        }
    }

    private static Path dir(Path root, String target, String method) throws IOException {
        return Files.createDirectories(root.resolve(target).resolve(method));
    }

    private static void seed(Path dir, String name, int selector, byte[] bytes) throws IOException {
        byte[] out = new byte[bytes.length + 1];
        out[0] = (byte) selector;
        System.arraycopy(bytes, 0, out, 1, bytes.length);
        Files.write(dir.resolve(name), out);
    }
}
