package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.Talon;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.Violation;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.PreparedFiling;
import kz.officesud.filing.UserAgreement;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path through every module: sdk-core's claim, sdk-signing's CMS, sdk-filing's client, and
 * the reference court's registration, upload, filing desk and clerk — including the portal path
 * (prepare in the SDK, sign in the browser with NCALayer, submit), the signatures the SDK stops before they
 * are sent, and the court's refusals.
 */
class EndToEndTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static EmbeddedCourt court;
    private static CourtOffice office;

    @TempDir
    Path documents;

    @BeforeAll
    static void start() throws IOException {
        court = EmbeddedCourt.start(null);
        office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .build();
    }

    @AfterAll
    static void stop() {
        office.close();
        court.close();
    }

    /** A registered user with a fresh key; the caller closes the session. */
    private static CourtSession newUser(NcaKey key) {
        office.register(key, "Correct-Horse-7".toCharArray(), "user@example.kz", UserAgreement.ACCEPTED);
        return office.login(key);
    }

    private static NcaKey freshKey() {
        return court.issueIndividual(Iin.random(RANDOM), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
    }

    private Claim claimOf(NcaKey key) throws IOException {
        return Demo.claim(documents, key.profile(), key.profile().iin().orElseThrow());
    }

    private static FilingStatus statusOf(CourtSession session, Talon talon) {
        return session.myCases().filing(talon.filingId()).status();
    }

    @Test
    void file_signedByTheUser_isRegistered_andListedInMyCases() throws IOException {
        NcaKey key = freshKey();
        try (CourtSession session = newUser(key)) {
            Talon talon = session.file(claimOf(key), key);

            assertThat(talon.sender().iin()).isEqualTo(key.profile().iin().orElseThrow());
            assertThat(talon.recipient().courtCode()).isEqualTo(Demo.COURT_CODE);
            assertThat(statusOf(session, talon)).isEqualTo(FilingStatus.REGISTERED);
            assertThat(session.myCases().list()).singleElement().satisfies(c -> assertThat(c.filingId())
                    .isEqualTo(talon.filingId()));
        }
    }

    @Test
    void portal_preparedInTheSdk_signedLikeNcaLayer_isRegistered_andASecondSubmitGivesTheSameTalon()
            throws IOException {
        NcaKey key = freshKey();
        try (CourtSession session = newUser(key)) {
            PreparedFiling prepared = session.prepare(claimOf(key));
            // NCALayer's createCMSSignatureFromBase64(..., attached=false) answers a base64 detached CMS
            String fromBrowser = Base64.getEncoder()
                    .encodeToString(Cms.signDetached(key, Base64.getDecoder().decode(prepared.dataToSignBase64())));

            Talon first = session.submit(prepared, fromBrowser);
            Talon again = session.submit(prepared, fromBrowser);

            assertThat(again).isEqualTo(first);
            assertThat(session.myCases().list()).hasSize(1);
            assertThat(statusOf(session, first)).isEqualTo(FilingStatus.REGISTERED);
        }
    }

    @Test
    void portal_signedBySomeoneElse_isStoppedInTheSdk_andNothingIsFiled() throws IOException {
        NcaKey user = freshKey();
        NcaKey someoneElse = freshKey();
        try (CourtSession session = newUser(user)) {
            PreparedFiling prepared = session.prepare(claimOf(user));
            byte[] signature = Cms.signDetached(someoneElse, prepared.dataToSign());

            assertThatThrownBy(() -> session.submit(prepared, signature))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                                    e.report().violations())
                            .extracting(Violation::messageKey)
                            .containsExactly("signer.NOT_NAMED_SIGNER"));
            assertThat(session.myCases().list()).isEmpty();
        }
    }

    @Test
    void portal_signatureOverOtherBytes_isStoppedInTheSdk_andNothingIsFiled() throws IOException {
        NcaKey key = freshKey();
        try (CourtSession session = newUser(key)) {
            PreparedFiling prepared = session.prepare(claimOf(key));
            byte[] other = prepared.dataToSign();
            other = java.util.Arrays.copyOf(other, other.length + 1);
            other[other.length - 1] = ' ';
            byte[] signature = Cms.signDetached(key, other);

            assertThatThrownBy(() -> session.submit(prepared, signature))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                                    e.report().violations())
                            .extracting(Violation::messageKey)
                            .containsExactly("signature.DIGEST_MISMATCH"));
            assertThat(session.myCases().list()).isEmpty();
        }
    }

    /** The SDK does not know the court's anchors here (no signatureVerifier): the court refuses. */
    @Test
    void portal_signatureByAKeyOfAnUntrustedCa_isRefusedSignatureNotAuthentic() throws IOException {
        NcaKey key = freshKey();
        NcaKey stranger = kz.officesud.signing.testnca.TestNca.generate()
                .issueIndividual(key.profile().iin().orElseThrow(), "ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ");
        try (CourtSession session = newUser(key)) {
            PreparedFiling prepared = session.prepare(claimOf(key));

            Talon talon = session.submit(prepared, Cms.signDetached(stranger, prepared.dataToSign()));

            assertThat(statusOf(session, talon)).isEqualTo(FilingStatus.refused(RefusalGround.SIGNATURE_NOT_AUTHENTIC));
        }
    }

    @Test
    void manifest_namesEveryDocumentByItsSha256() throws IOException {
        NcaKey key = freshKey();
        try (CourtSession session = newUser(key)) {
            Claim claim = claimOf(key);
            String manifest = new String(session.prepare(claim).dataToSign(), StandardCharsets.UTF_8);

            claim.documents().forEach(d -> assertThat(manifest)
                    .contains(d.attachment().sha256().hex()));
        }
    }
}
