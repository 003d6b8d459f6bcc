package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kz.officesud.core.model.ActLegitimacy;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public check of a judicial act answers for acts issued within the last twelve months: a year and a day later
 * the same act is outside its period. A court of its own, since its clock moves a year.
 */
class ActLegitimacyPeriodEndToEndTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    @TempDir
    java.nio.file.Path documents;

    @Test
    void anActIssuedMoreThanTwelveMonthsAgo_isOutsideThePeriodOfTheCheck() throws Exception {
        court.clerk().immediate();
        TestUser user = court.users().individual();
        try (CourtOffice office = CourtOffice.builder()
                        .baseUrl(court.baseUrl())
                        .allowPlainHttp(true)
                        .build();
                CourtSession session =
                        office.login(user.login(), user.password().toCharArray())) {
            Talon talon = session.file(Demo.claim(documents, user.key().profile(), user.iin()), user.key());
            court.clerk().event(talon.filingId(), CaseEventKind.ACCEPTED, "Иск принят к производству");
            JudicialAct act = court.clerk()
                    .issueAct(
                            talon.filingId(),
                            JudicialActKind.RULING,
                            "Определение",
                            "Определение.pdf",
                            "application/pdf",
                            "%PDF-1.7 ОПРЕДЕЛЕНИЕ".getBytes(StandardCharsets.UTF_8));

            court.clock().advance(Duration.ofDays(364));
            assertThat(office.checkLegitimacy(act.actId()).outcome()).isEqualTo(ActLegitimacy.GENUINE);

            court.clock().advance(Duration.ofDays(2));
            assertThat(office.checkLegitimacy(act.actId()).outcome()).isEqualTo(ActLegitimacy.OUTSIDE_PERIOD);
        }
    }
}
