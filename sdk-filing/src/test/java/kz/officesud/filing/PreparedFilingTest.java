package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.model.Claim;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A prepared filing outlives its process: saved and loaded it is the same filing, submitting it repeats its
 * idempotency key, and a damaged file is refused with a clear error.
 */
class PreparedFilingTest extends CourtServerTestBase {

    private PreparedFiling prepared(FilingOptions options) throws Exception {
        Claim claim = claim();
        CourtSession session = session();
        enqueueUploads(claim);
        PreparedFiling prepared = session.prepare(claim, options);
        takeAll();
        return prepared;
    }

    @Test
    void saveThenLoad_givesTheSameFiling_key_reference_andSignature() throws Exception {
        PreparedFiling prepared = prepared(FilingOptions.builder()
                        .idempotencyKey(IdempotencyKey.of("ERP-2026-0042"))
                        .reference("ERP-2026-0042")
                        .build())
                .withSignature(new byte[] {0x30, 0x03, 1, 2, 3});
        Path file = dir.resolve("prepared.json");

        prepared.save(file);
        PreparedFiling loaded = PreparedFiling.load(file);

        assertThat(loaded.idempotencyKey()).isEqualTo(IdempotencyKey.of("ERP-2026-0042"));
        assertThat(loaded.reference()).contains("ERP-2026-0042");
        assertThat(loaded.dataToSign()).isEqualTo(prepared.dataToSign());
        assertThat(loaded.manifest()).isEqualTo(prepared.manifest());
        assertThat(loaded.filing()).isEqualTo(prepared.filing());
        assertThat(loaded.signature()).hasValueSatisfying(s -> assertThat(s).containsExactly(0x30, 0x03, 1, 2, 3));
        assertThat(loaded.uploads()).isEqualTo(prepared.uploads());
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")))
                .as("no temporary file left")
                .isEmpty();
    }

    @Test
    void withoutAKey_aRandomOneIsDrawnOnce_andKept() throws Exception {
        PreparedFiling prepared = prepared(FilingOptions.defaults());
        Path file = dir.resolve("prepared.json");
        prepared.save(file);

        assertThat(prepared.idempotencyKey().value()).hasSize(36);
        assertThat(PreparedFiling.load(file).idempotencyKey()).isEqualTo(prepared.idempotencyKey());
        assertThat(prepared.signature()).isEmpty();
    }

    @Test
    void submittingALoadedFiling_repeatsItsKey() throws Exception {
        PreparedFiling prepared = prepared(FilingOptions.builder()
                .idempotencyKey(IdempotencyKey.of("ERP-7"))
                .build());
        Path file = dir.resolve("prepared.json");
        prepared.save(file);
        CourtSession session = session();
        server.enqueue(filed(200));

        session.submit(PreparedFiling.load(file), key());

        RecordedRequest filing = takeAll().stream()
                .filter(r -> r.getUrl().encodedPath().equals("/api/v1/filings"))
                .findFirst()
                .orElseThrow();
        assertThat(filing.getHeaders().get("Idempotency-Key")).isEqualTo("ERP-7");
        assertThat(bodyJson(filing).get("manifest").asText()).isEqualTo(prepared.dataToSignBase64());
    }

    @Test
    void submit_ofAnUnsignedLoadedFiling_saysItIsNotSigned() throws Exception {
        PreparedFiling prepared = prepared(FilingOptions.defaults());
        CourtSession session = session();

        assertThatThrownBy(() -> session.submit(prepared))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not signed");
    }

    @Test
    void load_refusesWhatIsNotASavedFiling() throws Exception {
        PreparedFiling prepared = prepared(FilingOptions.defaults());
        String json = new String(prepared.toJson(), StandardCharsets.UTF_8);
        Path file = dir.resolve("damaged.json");

        for (Map.Entry<String, String> damage : Map.of(
                        "another format", json.replace("officesud-prepared-filing", "something-else"),
                        "an unknown field", json.replace("{\"format\"", "{\"extra\":1,\"format\""),
                        "cut off", json.substring(0, json.length() / 2),
                        "a bad key", json.replace(prepared.idempotencyKey().value(), "a key with spaces"))
                .entrySet()) {
            Files.writeString(file, damage.getValue());
            assertThatThrownBy(() -> PreparedFiling.load(file))
                    .as(damage.getKey())
                    .isInstanceOf(IllegalArgumentException.class);
        }
        // a manifest that is not the canonical one is refused by the strict reader
        String manifest = prepared.dataToSignBase64();
        byte[] tampered = Manifest.parse(prepared.dataToSign()).canonicalBytes();
        tampered[tampered.length - 2] = (byte) '3'; // version 3
        Files.writeString(
                file, json.replace(manifest, java.util.Base64.getEncoder().encodeToString(tampered)));
        assertThatThrownBy(() -> PreparedFiling.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("manifest");
    }

    @Test
    void theSavedFile_holdsNoSecret() throws Exception {
        PreparedFiling prepared = prepared(FilingOptions.defaults());
        Path file = dir.resolve("prepared.json");
        prepared.save(file);

        assertThat(Files.readString(file)).doesNotContain("tok-secret-1").doesNotContain("PRIVATE");
    }
}
