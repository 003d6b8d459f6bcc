package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.PreparedFiling;
import kz.officesud.filing.UserAgreement;
import kz.officesud.filing.ncalayer.NcaLayer;
import kz.officesud.filing.ncalayer.NcaLayerException;
import kz.officesud.filing.ncalayer.SignRequest;
import kz.officesud.filing.testing.FakeNcaLayer;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.NcaKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desktop application whose user signs in NCALayer: it logs in by a signature made in NCALayer, prepares a
 * claim, has NCALayer sign it and files it; a cancel in NCALayer files nothing.
 */
class NcaLayerEndToEndTest {
    @TempDir
    Path documents;

    @Test
    void logInAndFile_signedInNcaLayer_isRegistered_andACancelFilesNothing() throws Exception {
        try (EmbeddedCourt court = EmbeddedCourt.start(null);
                CourtOffice office = CourtOffice.builder()
                        .baseUrl(court.baseUrl())
                        .allowPlainHttp(true)
                        .build()) {
            Iin iin = Iin.random(new SecureRandom());
            NcaKey key = court.issueIndividual(iin, "НАСТОЛЬНЫЙ", "ПОЛЬЗОВАТЕЛЬ", "");
            office.register(key, "Correct-Horse-7".toCharArray(), "desk@example.kz", UserAgreement.ACCEPTED);
            try (FakeNcaLayer user = new FakeNcaLayer(key);
                    NcaLayer ncaLayer = NcaLayer.builder()
                            .address(user.address())
                            .trust(user.certificate())
                            .timeout(Duration.ofSeconds(30))
                            .build();
                    CourtSession session = office.login(ncaLayer.detachedSigner(SignRequest.signing()
                            .withPurpose(KeyPurpose.AUTHENTICATION)
                            .withIin(iin)))) {
                PreparedFiling prepared = session.prepare(Demo.claim(documents, key.profile(), iin));

                Talon talon = session.submit(
                        prepared, ncaLayer.detachedSigner(SignRequest.signing().withIin(iin)));

                assertThat(session.myCases().filing(talon.filingId()).status()).isEqualTo(FilingStatus.REGISTERED);
                user.mode(FakeNcaLayer.Mode.CANCEL);
                PreparedFiling another = session.prepare(Demo.claim(
                        java.nio.file.Files.createDirectory(documents.resolve("second")), key.profile(), iin));
                assertThatThrownBy(() -> session.submit(another, ncaLayer.detachedSigner(SignRequest.signing())))
                        .isInstanceOfSatisfying(NcaLayerException.class, e -> assertThat(e.reason())
                                .isEqualTo(NcaLayerException.Reason.CANCELLED_BY_USER));
                assertThat(session.myCases().list()).hasSize(1);
            }
        }
    }
}
