package kz.officesud.filing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.Talon;
import kz.officesud.core.wire.FilingView;
import kz.officesud.filing.internal.Wire;

/**
 * «Мои дела»: the filings of the logged-in account. Each method asks the court afresh.
 *
 * <pre>{@code
 * FilingDetails details = session.myCases().filing(talon.filingId());
 * details.statusHistory(); // SENT → REGISTERED → IN_PROCEEDINGS ...
 * }</pre>
 */
public final class MyCases {
    private final CourtSession session;

    MyCases(CourtSession session) {
        this.session = session;
    }

    /** Every filing of the account, as the court lists them (newest first). */
    public List<CaseSummary> list() {
        return session.get(
                "list my cases",
                answer -> {
                    JsonNode tree = mapper().readTree(answer.body());
                    if (tree == null || !tree.isArray()) {
                        throw new Wire.MalformedAnswer("the list of my cases is not a JSON array");
                    }
                    List<FilingView> views = mapper().convertValue(tree, LIST_OF_FILINGS);
                    List<CaseSummary> cases = new ArrayList<>();
                    for (FilingView view : views) {
                        cases.add(new CaseSummary(
                                view.filingId(), view.service(), view.talon(), view.court(), view.status()));
                    }
                    return List.copyOf(cases);
                },
                "filings");
    }

    /**
     * One filing with its status history.
     *
     * @throws CourtServiceException {@code not_found} (404) when the account has no such filing
     */
    public FilingDetails filing(FilingId id) {
        Objects.requireNonNull(id, "id");
        return session.get(
                "get filing " + id.value(),
                answer -> {
                    FilingView view = mapper().readValue(answer.body(), FilingView.class);
                    return new FilingDetails(
                            view.filingId(),
                            view.service(),
                            view.talon(),
                            view.court(),
                            view.status(),
                            view.history(),
                            view.reference());
                },
                "filings",
                id.value());
    }

    /** The talon of a filing. */
    public Talon talon(FilingId id) {
        Objects.requireNonNull(id, "id");
        return session.get(
                "get the talon of filing " + id.value(),
                answer -> mapper().readValue(answer.body(), Talon.class),
                "filings",
                id.value(),
                "talon");
    }

    private ObjectMapper mapper() {
        return session.office().mapper();
    }

    private static final TypeReference<List<FilingView>> LIST_OF_FILINGS = new TypeReference<>() {};
}
