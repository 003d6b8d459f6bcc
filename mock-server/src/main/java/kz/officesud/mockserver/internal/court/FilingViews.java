package kz.officesud.mockserver.internal.court;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.StatusChange;
import kz.officesud.core.model.Talon;
import kz.officesud.core.wire.FilingView;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.FilingRecord;
import kz.officesud.mockserver.internal.store.FilingRecord.StatusRecord;
import kz.officesud.mockserver.internal.store.FilingRecord.TalonRecord;
import kz.officesud.mockserver.internal.store.UserRecord;

/** «Мои дела» as the wire types show it: a stored filing with its talon, history, documents, events, acts, answers. */
public final class FilingViews {
    private final CourtStore store;
    private final CaseDesk cases;
    private final Courts courts;

    public FilingViews(CourtStore store, CaseDesk cases, Courts courts) {
        this.store = store;
        this.cases = cases;
        this.courts = courts;
    }

    /** The talon, the sender's organisation from the account that sent it. */
    public Talon talon(FilingRecord filing) {
        TalonRecord talon = filing.talon();
        String organisation = talon.senderBin() == null
                ? null
                : store.user(filing.userId()).map(UserRecord::organisation).orElse(null);
        return new Talon(
                talon.number(),
                FilingId.of(filing.filingId()),
                OffsetDateTime.parse(talon.sentAt()),
                new Talon.Sender(
                        talon.senderName(),
                        Iin.ofUnverified(talon.senderIin()),
                        talon.senderBin() == null ? null : Bin.ofUnverified(talon.senderBin()),
                        organisation),
                new Talon.Recipient(talon.courtCode(), talon.courtName()));
    }

    public FilingView view(FilingRecord filing) {
        List<StatusChange> history = new ArrayList<>();
        for (StatusRecord change : filing.history()) {
            history.add(new StatusChange(status(change), Instant.parse(change.at()), change.note()));
        }
        return new FilingView(
                FilingId.of(filing.filingId()),
                CourtService.valueOf(filing.service()),
                talon(filing),
                courts.byCode(filing.courtCode()),
                status(filing.current()),
                history,
                filing.reference(),
                filing.idempotencyKey(),
                cases.documents(filing),
                cases.events(filing.filingId()),
                cases.acts(filing.filingId()),
                cases.answers(filing.filingId()));
    }

    static FilingStatus status(StatusRecord change) {
        FilingState state = FilingState.valueOf(change.state());
        return change.ground() == null
                ? FilingStatus.of(state)
                : FilingStatus.refused(RefusalGround.valueOf(Objects.requireNonNull(change.ground())));
    }
}
