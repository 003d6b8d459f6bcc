package kz.officesud.filing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.StatusChange;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.internal.Wire;
import org.jspecify.annotations.Nullable;

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

    /** Every filing of the account, as the court lists them. */
    public List<CaseSummary> list() {
        return session.get(
                "list my cases",
                answer -> {
                    JsonNode root = mapper().readTree(answer.body());
                    JsonNode items = root.isArray() ? root : root.path("items");
                    if (!items.isArray()) {
                        throw new Wire.MalformedAnswer("the list of my cases is not a JSON array");
                    }
                    List<CaseSummary> cases = new ArrayList<>();
                    for (JsonNode item : items) {
                        cases.add(summary(item));
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
                "get filing " + id.value(), answer -> details(mapper().readTree(answer.body())), "filings", id.value());
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

    private CaseSummary summary(JsonNode node) throws IOException {
        return new CaseSummary(
                new FilingId(Wire.requiredText(node, "filingId")),
                service(node),
                talon(node),
                mapper().treeToValue(Wire.required(node, "court"), Court.class),
                status(Wire.required(node, "status")));
    }

    private FilingDetails details(JsonNode node) throws IOException {
        List<StatusChange> history = new ArrayList<>();
        JsonNode h = node.path("history");
        if (h.isArray()) {
            for (JsonNode change : h) {
                history.add(mapper().treeToValue(change, StatusChange.class));
            }
        }
        return new FilingDetails(
                new FilingId(Wire.requiredText(node, "filingId")),
                service(node),
                talon(node),
                mapper().treeToValue(Wire.required(node, "court"), Court.class),
                status(Wire.required(node, "status")),
                history);
    }

    private CourtService service(JsonNode node) throws IOException {
        return mapper().treeToValue(Wire.required(node, "service"), CourtService.class);
    }

    private @Nullable Talon talon(JsonNode node) throws IOException {
        JsonNode t = node.get("talon");
        return t == null || !t.isObject() ? null : mapper().treeToValue(t, Talon.class);
    }

    private FilingStatus status(JsonNode node) throws IOException {
        if (node.isTextual()) {
            try {
                return FilingStatus.of(FilingState.valueOf(node.asText()));
            } catch (IllegalArgumentException e) {
                throw new Wire.MalformedAnswer("unknown filing state " + node.asText());
            }
        }
        return mapper().treeToValue(node, FilingStatus.class);
    }
}
