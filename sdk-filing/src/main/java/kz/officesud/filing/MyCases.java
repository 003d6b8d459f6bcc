package kz.officesud.filing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.OfficesudIoException;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.Talon;
import kz.officesud.core.wire.FeeTopUpForm;
import kz.officesud.core.wire.FilingView;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.internal.Answer;
import kz.officesud.transport.internal.JsonBodies;
import kz.officesud.transport.internal.MalformedAnswer;

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
                        throw new MalformedAnswer("the list of my cases is not a JSON array");
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
                    return FilingDetails.of(view);
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

    /**
     * Downloads the talon as a PDF (number, date and time, sender with organisation, recipient court) to {@code
     * target}, written whole or not at all (a temporary file beside it, then moved over it).
     *
     * @return {@code target}
     */
    public Path talonPdf(FilingId id, Path target) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        byte[] pdf =
                session.get("download the talon of " + id.value(), Answer::body, "filings", id.value(), "talon.pdf");
        return write(pdf, target);
    }

    /**
     * Downloads a judicial act of a filing (or the document of the court's answer: {@link JudicialAct#actId()}, the
     * notice's link) to {@code target}, written whole or not at all, and checks its SHA-256 when the act is known.
     *
     * @return {@code target}
     */
    public Path downloadAct(FilingId id, String actId, Path target) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actId, "actId");
        Objects.requireNonNull(target, "target");
        byte[] bytes = session.get("download act " + actId, Answer::body, "filings", id.value(), "acts", actId);
        return write(bytes, target);
    }

    /**
     * «Отправить доплату государственной пошлины»: adds a further payment, made through the e-government payment
     * gateway, to a sent filing by its unique code; the court checks it with the tax authority like the first.
     *
     * @throws CourtServiceException {@code payment_unknown} (409) when the gateway knows no such payment or it belongs
     *     to another filing
     */
    public FilingDetails topUpStateFee(FilingId id, String paymentCode) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paymentCode, "paymentCode");
        byte[] body = JsonBodies.json(mapper(), new FeeTopUpForm(paymentCode));
        return session.execute(
                session.request("top up the state fee of " + id.value(), "POST", "filings", id.value(), "fee-top-ups")
                        .body(JsonBodies.repeatable(body)),
                answer -> FilingDetails.of(mapper().readValue(answer.body(), FilingView.class)));
    }

    private static Path write(byte[] bytes, Path target) {
        Path directory = target.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(directory, ".officesud-", ".part");
            try {
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new OfficesudIoException("cannot write " + target, e);
        }
    }

    private ObjectMapper mapper() {
        return session.office().mapper();
    }

    private static final TypeReference<List<FilingView>> LIST_OF_FILINGS = new TypeReference<>() {};
}
