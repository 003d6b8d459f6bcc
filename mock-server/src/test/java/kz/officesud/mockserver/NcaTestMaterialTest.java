package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;
import kz.officesud.signing.TrustAnchors;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real NCA test keys (../shared/testdata/nca, skipped when absent) against a court that trusts the NCA's test
 * CAs as test anchors: their identities 123456789011 / 123456789021 fail the checksum and are still accepted.
 */
@ExtendWith(NoLeakedCourt.class)
class NcaTestMaterialTest {
    static final Path NCA = Path.of(System.getProperty("officesud.shared.dir", "../../shared"), "testdata", "nca");
    static final char[] PASSWORD = "Qwerty12".toCharArray();
    /** Inside the validity of the NCA's 2022 test certificates (they end in 2027). */
    static final Instant COURT_TIME = Instant.parse("2026-11-23T05:00:00Z");
    /** Issued on the court's clock: its certificates are valid at COURT_TIME whatever the machine's date. */
    static final TestNca PRODUCTION_LIKE =
            TestNca.generate(java.time.Clock.fixed(COURT_TIME, java.time.ZoneOffset.UTC));

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(builder -> {
        builder.clock(CourtClock.fixed(COURT_TIME)).clerkPolicy(Clerk.Policy.IMMEDIATE);
        if (Files.isDirectory(NCA.resolve("ca-certs/test"))) {
            builder.trust(
                    TrustAnchors.fromDirectory(NCA.resolve("ca-certs/test")).asTest());
        }
        // A CA the court treats as production: its signers are held to the IIN/BIN checksum.
        builder.trust(TrustAnchors.of(List.of(PRODUCTION_LIKE.root()), List.of(PRODUCTION_LIKE.intermediate())));
    });

    private final CourtHttp http = CourtHttp.of(court);

    @BeforeAll
    static void sharedMaterialPresent() {
        assumeTrue(Files.isDirectory(NCA.resolve("ncanode-go")), "../shared/testdata/nca is absent");
    }

    private final java.util.List<NcaKeyStore> openStores = new java.util.ArrayList<>();

    /** The key stays usable until the test ends (closing its store forgets the key). */
    private NcaKey key(String file) {
        NcaKeyStore store = NcaKeyStore.open(NCA.resolve("ncanode-go").resolve(file), PASSWORD);
        openStores.add(store);
        return store.signingKey();
    }

    @org.junit.jupiter.api.AfterEach
    void closeStores() {
        openStores.forEach(NcaKeyStore::close);
    }

    @Test
    void individualTestKey_registersLogsInAndFiles_despiteTheIinChecksum() throws Exception {
        NcaKey key = key("individual/valid/individual_valid.p12");
        assertThat(Iin.isValid("123456789011")).isFalse();

        JsonNode user =
                http.register(key, "password-nca", "nca@example.kz").expect(201).json();
        assertThat(user.path("login").asText()).isEqualTo("123456789011");
        http.logInWithKey(key).expect(201);
        String token = http.logIn("123456789011", "password-nca")
                .expect(201)
                .json()
                .path("token")
                .asText();

        TestUser signer = new TestUser(
                "123456789011",
                "password-nca",
                key,
                Iin.ofUnverified("123456789011"),
                null,
                user.path("name").asText(),
                null);
        TestClaims.ClaimWithFiles claim = TestClaims.claimBy(signer, "real NCA test key");
        byte[] manifest = CourtHttp.manifest(claim.claim(), signer);
        JsonNode talon = http.file(
                        token,
                        "key-nca",
                        CourtHttp.filingBody(
                                manifest, CourtHttp.sign(key, manifest), http.uploadAll(token, claim.files())))
                .expect(201)
                .json();

        JsonNode filing = http.get(
                        "/api/v1/filings/" + talon.path("filingId").asText(), "Authorization", CourtHttp.bearer(token))
                .expect(200)
                .json();
        assertThat(CourtHttp.MAPPER.treeToValue(filing.path("status"), FilingStatus.class))
                .isEqualTo(FilingStatus.REGISTERED);
    }

    @Test
    void legalEntityHeadTestKey_registersUnderTheBin() {
        JsonNode user = http.register(key("legal/valid/head.p12"), "password-org", "org@example.kz")
                .expect(201)
                .json();

        assertThat(user.path("login").asText()).isEqualTo("123456789021");
        assertThat(user.path("iin").asText()).isEqualTo("123456789011");
        http.logIn("123456789021", "password-org").expect(201);
    }

    @Test
    void productionAnchor_holdsTheSignerToTheChecksum() {
        NcaKey key = PRODUCTION_LIKE.issueIndividual(Iin.ofUnverified("123456789012"), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        assertThat(Iin.isValid("123456789012")).isFalse();

        JsonNode problem = http.register(key, "password-prod", "prod@example.kz")
                .expect(422)
                .json();

        assertThat(problem.path("violations").get(0).path("messageKey").asText())
                .isEqualTo("registration.signature.identity");
    }
}
