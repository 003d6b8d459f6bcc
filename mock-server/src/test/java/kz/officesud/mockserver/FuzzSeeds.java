package kz.officesud.mockserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.PersonKind;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.samples.SampleFilings;
import kz.officesud.core.wire.CaseSearchForm;
import kz.officesud.core.wire.DraftForm;
import kz.officesud.core.wire.DryRunForm;
import kz.officesud.core.wire.FeeCalculationForm;
import kz.officesud.core.wire.FilingSubmission;
import kz.officesud.core.wire.LegitimacyCheckForm;
import kz.officesud.core.wire.LogInForm;
import kz.officesud.core.wire.ObservationForm;
import kz.officesud.core.wire.RegistrationForm;
import kz.officesud.core.wire.SignatureLogInForm;

/**
 * Writes the seeds of {@link JsonEndpointsFuzzTest}: a sample body of each endpoint's wire type (written by the wire
 * types' own JSON mapping), behind the two bytes that pick the endpoint and how it is sent. Into {@code
 * .cifuzz-corpus/<target class>/<method>/} under the directory it runs in; run from the module's directory with its
 * test class path ({@code scripts/fuzz-corpus.sh seed mock-server}).
 */
public final class FuzzSeeds {
    private static final int AS_JSON = 0;
    private static final int WITH_SESSION = 1;

    private FuzzSeeds() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".cifuzz-corpus");
        Path dir = Files.createDirectories(
                root.resolve(JsonEndpointsFuzzTest.class.getName()).resolve("endpoints"));
        ObjectMapper mapper = OfficesudJson.newMapper();
        Claim claim = (Claim) SampleFilings.of(Claim.class);
        String manifest = Base64.getEncoder()
                .encodeToString(Manifest.of(
                                claim,
                                new Manifest.Signer(Iin.of("900101300007"), null),
                                null,
                                Instant.parse("2026-11-23T10:00:00Z"))
                        .canonicalBytes());
        String signature = Base64.getEncoder().encodeToString("0\u0080".getBytes(StandardCharsets.ISO_8859_1));
        Map<String, String> uploads = Map.of("0".repeat(64), "UP-1");
        char[] password = "Пароль-2026!".toCharArray();
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("sessions", new LogInForm("900101300007", password));
        bodies.put("users", new RegistrationForm(true, password, password, "user@mail.kz", "CH-1", signature));
        bodies.put("sessions-signature", new SignatureLogInForm("CH-1", signature));
        bodies.put(
                "state-fee-calculations",
                new FeeCalculationForm(
                        CourtService.CLAIM,
                        Proceedings.ACTION,
                        PersonKind.INDIVIDUAL,
                        Tenge.of(1_500_000),
                        null,
                        LocalDate.parse("2026-11-23")));
        bodies.put(
                "case-searches",
                new CaseSearchForm(null, SampleFilings.COURT, 2026, "900101300007", null, null, false, null, null));
        bodies.put("observations", new ObservationForm("900101300007", "123456"));
        bodies.put(
                "access-requests",
                Map.of(
                        "caseNumber", SampleFilings.CASE.format(),
                        "iin", "900101300007",
                        "fullName", "Асанов Болат Серикович",
                        "category", "PLAINTIFF",
                        "email", "user@mail.kz",
                        "signature", signature));
        bodies.put("legitimacy-checks", new LegitimacyCheckForm("ACT-1", "0".repeat(64)));
        bodies.put("filings", new FilingSubmission(manifest, signature, uploads, null));
        bodies.put("dry-runs", new DryRunForm(manifest, uploads, true));
        bodies.put("filings-xml", new DryRunForm(manifest, uploads, null));
        bodies.put("drafts", new DraftForm(claim));
        bodies.put(
                "gateway-payments",
                Map.of("payerIin", "900101300007", "payerName", "Асанов Болат Серикович", "amount", "45000"));
        bodies.put("clock-advance", Map.of("workingDays", 1));
        bodies.put("clerk-policy", Map.of("policy", "IMMEDIATE"));
        int endpoint = 0;
        for (Map.Entry<String, Object> body : bodies.entrySet()) {
            byte[] json = mapper.writeValueAsBytes(body.getValue());
            String path = JsonEndpointsFuzzTest.ENDPOINTS.get(endpoint).path();
            if (!path.replace("/", "-").endsWith(body.getKey())) {
                throw new IllegalStateException(body.getKey() + " is not the body of " + path);
            }
            seed(dir, body.getKey(), endpoint, AS_JSON, json);
            seed(dir, body.getKey() + "-session", endpoint, WITH_SESSION, json);
            endpoint++;
        }
        if (endpoint != JsonEndpointsFuzzTest.ENDPOINTS.size()) {
            throw new IllegalStateException("a seed for every endpoint");
        }
    }

    private static void seed(Path dir, String name, int endpoint, int how, byte[] body) throws IOException {
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) endpoint;
        out[1] = (byte) how;
        System.arraycopy(body, 0, out, 2, body.length);
        Files.write(dir.resolve(name), out);
    }
}
