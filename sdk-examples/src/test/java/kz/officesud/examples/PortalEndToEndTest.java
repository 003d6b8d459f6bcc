package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.Iin;
import kz.officesud.examples.portal.PortalExample;
import kz.officesud.filing.CaseSummary;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.UserAgreement;
import kz.officesud.filing.testing.FakeNcaLayer;
import kz.officesud.signing.NcaKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal example in headless Chromium with a fake NCALayer: the user clicks «Подписать и отправить», the page
 * has NCALayer sign the prepared filing, the portal checks and submits it, and the page shows the talon of a
 * filing the court registered. A cancel in NCALayer is said on the page and files nothing. Needs Debian's
 * {@code chromium}; without it the test is skipped (CI installs it).
 */
class PortalEndToEndTest {
    @TempDir
    Path documents;

    @Test
    void aFilingGoesFromTheClickToTheTalon_andACancelFilesNothing() throws Exception {
        Optional<Path> chromium = HeadlessChromium.binary();
        assumeTrue(chromium.isPresent(), "Debian's chromium is not installed");
        try (EmbeddedCourt court = EmbeddedCourt.start(null);
                CourtOffice office = CourtOffice.builder()
                        .baseUrl(court.baseUrl())
                        .allowPlainHttp(true)
                        .build()) {
            Iin iin = Iin.random(new SecureRandom());
            NcaKey key = court.issueIndividual(iin, "ПОРТАЛОВ", "ПОЛЬЗОВАТЕЛЬ", "");
            office.register(key, "Correct-Horse-7".toCharArray(), "portal@example.kz", UserAgreement.ACCEPTED);
            try (CourtSession session = office.login(iin.value(), "Correct-Horse-7".toCharArray());
                    FakeNcaLayer ncaLayer = new FakeNcaLayer(key);
                    PortalExample portal =
                            PortalExample.start(session, summary -> claim(key, iin, summary), ncaLayer.address(), 0);
                    HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
                browser.open(portal.address().toString());

                browser.evaluate("document.getElementById('send').click()");
                browser.waitFor("document.getElementById('talon').dataset.number", Duration.ofSeconds(60));

                String number = browser.evaluate("document.getElementById('talon').dataset.number")
                        .asText();
                assertThat(session.myCases().list()).singleElement().satisfies((CaseSummary filed) -> {
                    assertThat(filed.talon().number()).isEqualTo(number);
                    assertThat(filed.status().state()).isEqualTo(FilingState.REGISTERED);
                });
                assertThat(browser.evaluate("document.getElementById('talon').textContent")
                                .asText())
                        .contains(number)
                        .contains("REGISTERED");
                assertThat(ncaLayer.requests()).singleElement().satisfies(request -> assertThat(request.path("args")
                                .path("signerParams")
                                .path("iin")
                                .asText())
                        .isEqualTo(iin.value()));

                ncaLayer.mode(FakeNcaLayer.Mode.CANCEL);
                browser.evaluate("document.getElementById('summary').value = 'Второй иск'");
                browser.evaluate("document.getElementById('send').click()");
                browser.waitFor(
                        "document.getElementById('status').textContent === 'Подписание отменено'",
                        Duration.ofSeconds(60));
                assertThat(session.myCases().list()).hasSize(1);
            }
        }
    }

    private kz.officesud.core.model.Filing claim(NcaKey key, Iin iin, String summary) {
        try {
            Path directory = Files.createTempDirectory(documents, "claim");
            return Demo.claim(directory, key.profile(), iin).toBuilder()
                    .summary(summary)
                    .build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
