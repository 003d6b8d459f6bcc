package kz.officesud.mockserver.internal.court;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.officesud.core.fee.FeeBasis;
import kz.officesud.core.fee.StateFeeCalculation;
import kz.officesud.core.fee.StateFeeCalculator;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.InvalidValueException;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.wire.FeeCalculationForm;
import kz.officesud.core.wire.FeeTopUpForm;
import kz.officesud.core.wire.FilingSubmission;
import kz.officesud.core.wire.NotificationView;
import kz.officesud.mockserver.AnswerDispatch;
import kz.officesud.mockserver.PaymentCheck;
import kz.officesud.mockserver.internal.casefile.Records.ActRecord;
import kz.officesud.mockserver.internal.casefile.Records.AnswerRecord;
import kz.officesud.mockserver.internal.casefile.Records.NotificationRecord;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.Request;
import kz.officesud.mockserver.internal.http.Response;
import kz.officesud.mockserver.internal.http.Route;
import kz.officesud.mockserver.internal.store.FilingRecord;
import kz.officesud.mockserver.internal.store.UserRecord;
import org.jspecify.annotations.Nullable;

/**
 * The routes of the court's registry, the cabinet's notices, the state fee and signing by XML ({@code /api/v1}), of
 * the simulated e-government payment gateway ({@code /gateway}), and of the clerk's hand ({@code /__admin}): the
 * control forms and answers are the records below and the public types of {@code kz.officesud.mockserver}.
 */
public final class DomainApi {
    private static final String BASE = CourtApi.BASE;
    private static final int MAX_TEXT = 20_000;

    private final CourtApi api;
    private final Domain domain;
    private final java.time.Clock clock;

    public DomainApi(CourtApi api, Domain domain, java.time.Clock clock) {
        this.api = api;
        this.domain = domain;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", BASE + "/filings/{filingId}/talon.pdf", this::talonPdf),
                new Route("GET", BASE + "/filings/{filingId}/acts/{actId}", this::act),
                new Route("POST", BASE + "/filings/{filingId}/fee-top-ups", this::topUp),
                new Route("POST", BASE + "/filings/xml", this::xmlToSign),
                new Route("GET", BASE + "/notifications", this::notifications),
                new Route("POST", BASE + "/notifications/{notificationId}/read", this::markRead),
                new Route("GET", BASE + "/payments/{paymentCode}", this::receipt),
                new Route("POST", BASE + "/state-fee/calculations", this::calculate),
                new Route("POST", "/gateway/payments", this::pay),
                new Route("GET", "/__admin/filings/{filingId}/card", this::card),
                new Route("POST", "/__admin/filings/{filingId}/registration", this::register),
                new Route("POST", "/__admin/filings/{filingId}/refusal", this::refuse),
                new Route("POST", "/__admin/filings/{filingId}/events", this::event),
                new Route("POST", "/__admin/filings/{filingId}/acts", this::issueAct),
                new Route("POST", "/__admin/filings/{filingId}/payment-checks", this::checkPayments),
                new Route("POST", "/__admin/answers", this::answer),
                new Route("PUT", "/__admin/payments/lag", this::lag),
                new Route("GET", "/__admin/outbox/emails", this::emails),
                new Route("POST", "/__admin/webhooks", this::registerWebhook),
                new Route("GET", "/__admin/outbox/webhooks", this::deliveries),
                new Route("POST", "/__admin/retention/run", this::purge));
    }

    // The applicant's side

    private Response talonPdf(Request request) {
        FilingRecord filing = api.ownFiling(request);
        byte[] pdf = TalonPdf.render(domain.views.talon(filing), CourtService.valueOf(filing.service()));
        return Response.bytes(200, "application/pdf", pdf)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"talon-" + filing.talon().number() + ".pdf\"");
    }

    private Response act(Request request) {
        FilingRecord filing = api.ownFiling(request);
        ActRecord act = domain.cases
                .document(filing.filingId(), request.param("actId"))
                .orElseThrow(() -> ProblemException.notFound("no such judicial act on this filing"));
        // streamed from the blob store with its length known: never held whole in memory, whatever its size
        return Response.stream(200, act.mediaType(), act.size(), () -> domain.store
                        .blobs()
                        .open(act.sha256()))
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encode(act.fileName()));
    }

    private Response topUp(Request request) throws IOException {
        FilingRecord filing = api.ownFiling(request);
        FeeTopUpForm form = request.json(FeeTopUpForm.class);
        String code = form.paymentCode();
        if (code == null || code.isBlank() || code.length() > 64) {
            throw ProblemException.badRequest("bad_request", "paymentCode is required");
        }
        if (!domain.fees.topUp(filing, code.strip())) {
            throw new ProblemException(
                    409, "payment_unknown", "the gateway knows no such payment, or it belongs to another filing");
        }
        return Response.json(
                200, domain.views.view(domain.store.filing(filing.filingId()).orElseThrow()));
    }

    private Response xmlToSign(Request request) throws IOException {
        UserRecord user = api.authenticate(request);
        FilingSubmission body = request.json(FilingSubmission.class);
        return Response.json(201, domain.desk.prepareXml(user, body, request.locale()));
    }

    private Response notifications(Request request) {
        UserRecord user = api.authenticate(request);
        boolean unread = request.query("unread").map("true"::equalsIgnoreCase).orElse(false);
        int limit = request.query("limit").map(DomainApi::limit).orElse(100);
        List<NotificationView> out = new ArrayList<>();
        for (NotificationRecord n : domain.notifier.of(user.userId(), unread, limit)) {
            out.add(DomainViews.notification(n, request.locale()));
        }
        return Response.json(200, out);
    }

    private static int limit(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ProblemException.badRequest("bad_request", "limit is 1 to 1000");
    }

    private Response markRead(Request request) {
        UserRecord user = api.authenticate(request);
        NotificationRecord n = domain.notifier
                .markRead(user.userId(), request.param("notificationId"))
                .orElseThrow(() -> ProblemException.notFound("no such notice among yours"));
        return Response.json(200, DomainViews.notification(n, request.locale()));
    }

    private Response receipt(Request request) {
        api.authenticate(request);
        return Response.json(
                200,
                domain.fees
                        .receipt(request.param("paymentCode"))
                        .orElseThrow(() -> ProblemException.notFound("no payment with this code")));
    }

    private Response calculate(Request request) throws IOException {
        FeeCalculationForm form = request.json(FeeCalculationForm.class);
        if (form.service() == null || form.payer() == null) {
            throw ProblemException.badRequest("bad_request", "service and payer are required");
        }
        LocalDate date = form.date() != null ? form.date() : LocalDate.now(clock);
        FeeBasis basis = new FeeBasis(
                form.service(), form.proceedings(), form.payer(), form.claimAmount(), form.exemption(), date);
        StateFeeCalculation calculation;
        try {
            calculation = StateFeeCalculator.standard().calculate(basis);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(422, "no_rates", e.getMessage());
        }
        return Response.json(200, calculation);
    }

    /**
     * The e-government payment gateway's form, as the simulation takes it.
     *
     * @param payerIin the payer's IIN
     * @param payerBin the BIN of the legal entity that pays, if any
     * @param payerName the payer's name
     * @param amount the amount
     * @param purpose what is paid for
     */
    public record PaymentForm(
            @Nullable String payerIin,
            @Nullable String payerBin,
            @Nullable String payerName,
            @Nullable Tenge amount,
            @Nullable String purpose) {}

    private Response pay(Request request) throws IOException {
        PaymentForm form = request.json(PaymentForm.class);
        if (form.payerIin() == null || form.payerName() == null || form.amount() == null) {
            throw ProblemException.badRequest("bad_request", "payerIin, payerName and amount are required");
        }
        try {
            var payment = domain.fees.pay(
                    Iin.ofUnverified(form.payerIin()),
                    form.payerBin() == null ? null : Bin.ofUnverified(form.payerBin()),
                    form.payerName(),
                    form.amount(),
                    form.purpose() == null ? "Государственная пошлина" : form.purpose());
            return Response.json(201, FeeDesk.receipt(payment));
        } catch (InvalidValueException | IllegalArgumentException e) {
            throw ProblemException.badRequest("bad_request", e.getMessage());
        }
    }

    // The clerk's hand (control)

    private FilingRecord filing(Request request) {
        return domain.filing(request.param("filingId")).orElseThrow(() -> ProblemException.notFound("no such filing"));
    }

    private Response card(Request request) {
        FilingRecord filing = filing(request);
        return Response.json(
                200, domain.cases.card(filing).orElseThrow(() -> ProblemException.notFound("the filing has no card")));
    }

    /** A comment of the clerk's. */
    public record ClerkComment(@Nullable String comment) {}

    private Response register(Request request) throws IOException {
        FilingRecord filing = filing(request);
        ClerkComment form = request.json(ClerkComment.class);
        return decided(filing, FilingStatus.REGISTERED, comment(form.comment(), "registered by the court"));
    }

    /** A refusal of registration: the ground, and the clerk's comment. */
    public record RefusalForm(@Nullable RefusalGround ground, @Nullable String comment) {}

    private Response refuse(Request request) throws IOException {
        FilingRecord filing = filing(request);
        RefusalForm form = request.json(RefusalForm.class);
        if (form.ground() == null) {
            throw ProblemException.badRequest("bad_request", "ground is required (a RefusalGround)");
        }
        return decided(filing, FilingStatus.refused(form.ground()), comment(form.comment(), "refused by the court"));
    }

    private Response decided(FilingRecord filing, FilingStatus status, String comment) {
        try {
            return Response.json(200, domain.views.view(domain.decide(filing.filingId(), status, comment)));
        } catch (IllegalStateException e) {
            throw new ProblemException(409, "invalid_transition", e.getMessage());
        }
    }

    /** An event of the case: its kind, the court's words, and the hearing's time for a hearing set or moved. */
    public record CaseEventForm(
            @Nullable CaseEventKind kind, @Nullable String text, @Nullable OffsetDateTime hearingAt) {}

    private Response event(Request request) throws IOException {
        FilingRecord filing = filing(request);
        CaseEventForm form = request.json(CaseEventForm.class);
        if (form.kind() == null) {
            throw ProblemException.badRequest("bad_request", "kind is required (a CaseEventKind)");
        }
        try {
            return Response.json(
                    201,
                    domain.event(
                            filing,
                            form.kind(),
                            comment(form.text(), form.kind().nameRu()),
                            form.hearingAt()));
        } catch (IllegalStateException e) {
            throw new ProblemException(409, "invalid_transition", e.getMessage());
        }
    }

    /** A judicial act to issue: its kind, title and file (base64). */
    public record JudicialActForm(
            @Nullable JudicialActKind kind,
            @Nullable String title,
            @Nullable String fileName,
            @Nullable String mediaType,
            @Nullable String content) {}

    private Response issueAct(Request request) throws IOException {
        FilingRecord filing = filing(request);
        JudicialActForm form = request.json(JudicialActForm.class);
        if (form.kind() == null || form.title() == null || form.fileName() == null || form.content() == null) {
            throw ProblemException.badRequest("bad_request", "kind, title, fileName and content (base64) are required");
        }
        // the court's own documents are held to the file-name rule its users' documents are
        CourtApi.checkFileName("fileName", form.fileName(), request.locale());
        byte[] content = bytes(form.content());
        return Response.json(
                201,
                domain.cases.issueAct(
                        filing,
                        form.kind(),
                        text(form.title(), "title"),
                        text(form.fileName(), "fileName"),
                        form.mediaType() == null ? "application/pdf" : form.mediaType(),
                        new ByteArrayInputStream(content)));
    }

    private Response checkPayments(Request request) {
        FilingRecord filing = filing(request);
        List<PaymentCheck> checks = domain.fees.check(filing);
        return Response.json(200, checks);
    }

    /**
     * An outgoing document of the court: linked to an incoming filing (or not), marked for delivery through the
     * cabinet (or not), its text and an optional court document (base64).
     */
    public record AnswerForm(
            @Nullable String filingId,
            @Nullable Boolean deliverThroughCabinet,
            @Nullable String text,
            @Nullable String fileName,
            @Nullable String mediaType,
            @Nullable String content) {}

    private Response answer(Request request) throws IOException {
        AnswerForm form = request.json(AnswerForm.class);
        FilingRecord linked = null;
        if (form.filingId() != null) {
            linked = domain.filing(form.filingId()).orElseThrow(() -> ProblemException.notFound("no such filing"));
        }
        if (form.fileName() != null) {
            CourtApi.checkFileName("fileName", form.fileName(), request.locale());
        }
        byte[] content = form.content() == null ? null : bytes(form.content());
        AnswerRecord answer = domain.cases.answer(
                linked,
                form.deliverThroughCabinet() == null || form.deliverThroughCabinet(),
                text(form.text(), "text"),
                form.fileName(),
                form.mediaType(),
                content == null ? null : new ByteArrayInputStream(content));
        return Response.json(201, new AnswerDispatch(answer.answerId(), answer.delivered(), answer.reason()));
    }

    /** The lag of payments to the tax authority, in working days (0 to 3). */
    public record PaymentLagForm(@Nullable Integer workingDays) {}

    private Response lag(Request request) throws IOException {
        PaymentLagForm form = request.json(PaymentLagForm.class);
        try {
            domain.fees.lagWorkingDays(form.workingDays() == null ? -1 : form.workingDays());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("bad_request", e.getMessage());
        }
        return Response.json(200, new PaymentLagForm(domain.fees.lagWorkingDays()));
    }

    private Response emails(Request request) {
        return Response.json(
                200, domain.notifier.emails().stream().map(DomainViews::email).toList());
    }

    /** A webhook to register: where to POST events, and the secret that signs them (a random one when absent). */
    public record WebhookForm(@Nullable String url, @Nullable String secret) {}

    private Response registerWebhook(Request request) throws IOException {
        WebhookForm form = request.json(WebhookForm.class);
        if (form.url() == null) {
            throw ProblemException.badRequest("bad_request", "url is required");
        }
        try {
            return Response.json(201, DomainViews.webhook(domain.webhooks.register(form.url(), form.secret())));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.badRequest("bad_request", e.getMessage());
        }
    }

    private Response deliveries(Request request) {
        return Response.json(
                200,
                domain.webhooks.deliveries().stream().map(DomainViews::delivery).toList());
    }

    /** What the retention rule deleted: the uploads whose copies went. */
    public record RetentionRun(List<String> purgedUploads) {}

    private Response purge(Request request) {
        return Response.json(
                200,
                new RetentionRun(domain.retention.purgeDue().stream()
                        .map(p -> p.uploadId())
                        .toList()));
    }

    // helpers

    private static String comment(@Nullable String comment, String otherwise) {
        if (comment == null || comment.isBlank()) {
            return otherwise;
        }
        return text(comment, "comment");
    }

    private static String text(@Nullable String value, String field) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
            throw ProblemException.badRequest("bad_request", field + " is 1 to " + MAX_TEXT + " characters");
        }
        return value;
    }

    private static byte[] bytes(String base64) {
        byte[] bytes = Registrar.decodeBase64(base64);
        if (bytes == null) {
            throw ProblemException.badRequest("bad_request", "content is not base64");
        }
        return bytes;
    }

    private static String encode(String fileName) {
        return java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
