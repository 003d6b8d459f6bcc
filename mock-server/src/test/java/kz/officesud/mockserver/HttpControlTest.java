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
    void theInjectedControl_isTheHttpOne() {
        assertThat(court.control()).isInstanceOf(HttpCourtControl.class);
    }
}
