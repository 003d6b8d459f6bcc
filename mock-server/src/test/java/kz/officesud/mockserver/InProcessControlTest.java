package kz.officesud.mockserver;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CourtControl} in process. */
@ExtendWith(NoLeakedCourt.class)
class InProcessControlTest extends CourtControlContract {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE));

    @Override
    ReferenceCourtExtension court() {
        return court;
    }
}
