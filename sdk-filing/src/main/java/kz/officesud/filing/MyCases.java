package kz.officesud.filing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.Talon;
import kz.officesud.core.wire.FeeTopUpForm;
import kz.officesud.core.wire.FilingView;
import kz.officesud.transport.CourtServiceException;
import kz.officesud.transport.internal.Answer;
import kz.officesud.transport.internal.ApiRequest;
import kz.officesud.transport.internal.FileDownload;
import kz.officesud.transport.internal.Futures;
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
        var cabinet = session.cabinet();
        if (cabinet != null) {
            return cabinet.myCases();
        }
        return session.get("list my cases", this::cases, "filings");
    }

    private List<CaseSummary> cases(Answer answer) throws IOException {
        JsonNode tree = mapper().readTree(answer.body());
        if (tree == null || !tree.isArray()) {
            throw new MalformedAnswer("the list of my cases is not a JSON array");
        }
        List<FilingView> views = mapper().convertValue(tree, LIST_OF_FILINGS);
        List<CaseSummary> cases = new ArrayList<>();
        for (FilingView view : views) {
            cases.add(new CaseSummary(view.filingId(), view.service(), view.talon(), view.court(), view.status()));
        }
        return List.copyOf(cases);
    }

    /** As {@link #list()}, without blocking. */
    public CompletableFuture<List<CaseSummary>> listAsync() {
        if (session.cabinet() != null) {
            return session.throughCabinet(this::list);
        }
        return session.executeAsync(session.request("list my cases", "GET", "filings"), this::cases);
    }

    /**
     * One filing with its status history.
     *
     * @throws CourtServiceException {@code not_found} (404) when the account has no such filing
     */
    public FilingDetails filing(FilingId id) {
        Objects.requireNonNull(id, "id");
        return session.get("get filing " + id.value(), session.details(), "filings", id.value());
    }

    /** As {@link #filing(FilingId)}, without blocking. */
    public CompletableFuture<FilingDetails> filingAsync(FilingId id) {
        Objects.requireNonNull(id, "id");
        return session.getAsync("get filing " + id.value(), session.details(), "filings", id.value());
    }

    /** The talon of a filing. */
    public Talon talon(FilingId id) {
        Objects.requireNonNull(id, "id");
        if (session.cabinet() != null) {
            return talonIn(list(), id);
        }
        return session.execute(talonRequest(id), session.office().reader(Talon.class));
    }

    /** As {@link #talon(FilingId)}, without blocking. */
    public CompletableFuture<Talon> talonAsync(FilingId id) {
        Objects.requireNonNull(id, "id");
        if (session.cabinet() != null) {
            return Futures.map(listAsync(), cases -> talonIn(cases, id));
        }
        return Futures.start(
                () -> session.executeAsync(talonRequest(id), session.office().reader(Talon.class)));
    }

    private ApiRequest.Builder talonRequest(FilingId id) {
        return session.request("get the talon of filing " + id.value(), "GET", "filings", id.value(), "talon");
    }

    /** The talon «Мои дела» lists for a filing (the live cabinet shows no filing alone). */
    private static Talon talonIn(List<CaseSummary> cases, FilingId id) {
        return cases.stream()
                .filter(c -> c.filingId().equals(id) && c.talon() != null)
                .map(CaseSummary::talon)
                .findFirst()
                .orElseThrow(() -> new CourtServiceException(
                        "«Мои дела» lists no filing " + id.value(), 404, "not_found", null, null));
    }

    /**
     * Downloads the talon as a PDF (number, date and time, sender with organisation, recipient court) to {@code
     * target}, streamed (memory stays flat whatever the size) and written whole or not at all (a temporary file
     * beside it, then moved over it).
     *
     * @return {@code target}
     */
    public Path talonPdf(FilingId id, Path target) {
        return session.stream(talonPdfRequest(id), new FileDownload(target, -1, null))
                .path();
    }

    /** As {@link #talonPdf(FilingId, Path)}, without blocking; cancelling the future stops the download. */
    public CompletableFuture<Path> talonPdfAsync(FilingId id, Path target) {
        return Futures.map(
                session.streamAsync(talonPdfRequest(id), new FileDownload(target, -1, null)), FileDownload.Saved::path);
    }

    /**
     * Downloads a judicial act of a filing (or the document of the court's answer: {@link JudicialAct#actId()}, the
     * notice's link) to {@code target}, streamed (never whole in memory) and written whole or not at all; {@link
     * JudicialActs#download} also checks the act's size and SHA-256.
     *
     * @return {@code target}
     */
    public Path downloadAct(FilingId id, String actId, Path target) {
        return session.stream(actRequest(id, actId), new FileDownload(target, -1, null))
                .path();
    }

    /** As {@link #downloadAct(FilingId, String, Path)}, without blocking; cancelling the future stops the download. */
    public CompletableFuture<Path> downloadActAsync(FilingId id, String actId, Path target) {
        return Futures.map(
                session.streamAsync(actRequest(id, actId), new FileDownload(target, -1, null)),
                FileDownload.Saved::path);
    }

    /**
     * Downloads a judicial act of a filing to {@code target}, streamed, and checks on the way that its bytes are
     * those the court listed ({@link JudicialAct#sha256()}): other bytes never reach {@code target}.
     *
     * @throws CourtIoException the court sent other bytes than it listed
     * @return {@code target}
     */
    public Path downloadAct(FilingId id, JudicialAct act, Path target) {
        var cabinet = session.cabinet();
        if (cabinet != null) {
            return cabinet.downloadAct(Objects.requireNonNull(id, "id"), Objects.requireNonNull(act, "act"), target);
        }
        return session.stream(actRequest(id, act.actId()), actDownload(act, target))
                .path();
    }

    /** As {@link #downloadAct(FilingId, JudicialAct, Path)}, without blocking; cancelling stops the download. */
    public CompletableFuture<Path> downloadActAsync(FilingId id, JudicialAct act, Path target) {
        if (session.cabinet() != null) {
            return session.throughCabinet(() -> downloadAct(id, act, target));
        }
        return Futures.map(
                session.streamAsync(actRequest(id, act.actId()), actDownload(act, target)), FileDownload.Saved::path);
    }

    private ApiRequest.Builder talonPdfRequest(FilingId id) {
        Objects.requireNonNull(id, "id");
        return session.request("download the talon of " + id.value(), "GET", "filings", id.value(), "talon.pdf");
    }

    private ApiRequest.Builder actRequest(FilingId id, String actId) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actId, "actId");
        return session.request("download act " + actId, "GET", "filings", id.value(), "acts", actId);
    }

    private static FileDownload actDownload(JudicialAct act, Path target) {
        return new FileDownload(target, act.size(), act.sha256());
    }

    /**
     * «Отправить доплату государственной пошлины»: adds a further payment, made through the e-government payment
     * gateway, to a sent filing by its unique code; the court checks it with the tax authority like the first.
     *
     * @throws CourtServiceException {@code payment_unknown} (409) when the gateway knows no such payment or it belongs
     *     to another filing
     */
    public FilingDetails topUpStateFee(FilingId id, String paymentCode) {
        return session.execute(topUpRequest(id, paymentCode), session.details());
    }

    /** As {@link #topUpStateFee(FilingId, String)}, without blocking. */
    public CompletableFuture<FilingDetails> topUpStateFeeAsync(FilingId id, String paymentCode) {
        return Futures.start(() -> session.executeAsync(topUpRequest(id, paymentCode), session.details()));
    }

    private ApiRequest.Builder topUpRequest(FilingId id, String paymentCode) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paymentCode, "paymentCode");
        byte[] body = JsonBodies.json(mapper(), new FeeTopUpForm(paymentCode));
        return session.request("top up the state fee of " + id.value(), "POST", "filings", id.value(), "fee-top-ups")
                .body(JsonBodies.repeatable(body));
    }

    private ObjectMapper mapper() {
        return session.office().mapper();
    }

    private static final TypeReference<List<FilingView>> LIST_OF_FILINGS = new TypeReference<>() {};
}
