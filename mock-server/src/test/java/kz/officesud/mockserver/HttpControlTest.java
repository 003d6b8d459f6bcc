package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CourtControl} over HTTP ({@link HttpCourtControl}), against a court kept on disk. */
@ExtendWith(NoLeakedCourt.class)
class HttpControlTest extends CourtControlContract {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
                    builder -> builder.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE))
            .onDisk()
            .controlOverHttp();

    @Override
    ReferenceCourtExtension court() {
        return court;
    }

    @Test
    void aFaultsJson_leavesTimesAndPhaseOut_orIsRefusedWithAWrongPhaseOrFraction() {
        CourtHttp http = CourtHttp.of(court);

        CourtHttp.Reply armed = http.postJson(
                        "/__admin/faults", java.util.Map.of("operation", "GET /api/v1/openapi.yaml", "kind", "DROP"))
                .expect(201);
        CourtHttp.Reply wrong = http.postJson(
                "/__admin/faults",
                java.util.Map.of("operation", "GET /api/v1/openapi.yaml", "kind", "DROP", "phase", "LATER"));
        CourtHttp.Reply notANumber = http.postJson(
                "/__admin/faults",
                java.util.Map.of("operation", "GET /api/v1/openapi.yaml", "kind", "DROP", "fraction", "NaN"));

        assertThat(armed.json().path("times").asInt()).isEqualTo(1);
        assertThat(armed.json().path("phase").asText()).isEqualTo("BEFORE_HANDLING");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("detail").asText()).contains("phase");
        assertThat(court.control().faults()).hasSize(1);
    }

    @Test
    void theInjectedControl_isTheHttpOne() {
        assertThat(court.control()).isInstanceOf(HttpCourtControl.class);
    }
}
