package kz.officesud.mockserver.internal.court;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.ManifestException;
import kz.officesud.core.model.ActLegitimacy;
import kz.officesud.core.model.CaseEvent;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FiledInCase;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.wire.DraftForm;
import kz.officesud.core.wire.DryRunForm;
import kz.officesud.core.wire.FilingSubmission;
import kz.officesud.core.wire.FilingView;
import kz.officesud.core.wire.HearingView;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.core.wire.LegitimacyCheckForm;
import kz.officesud.core.wire.LegitimacyVerdict;
import kz.officesud.documents.FilingPolicies;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.internal.casefile.Records.ActRecord;
import kz.officesud.mockserver.internal.casefile.Records.CaseFileRecord;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.Request;
import kz.officesud.mockserver.internal.http.Response;
import kz.officesud.mockserver.internal.http.Route;
import kz.officesud.mockserver.internal.store.FilingRecord;
import kz.officesud.mockserver.internal.store.UserRecord;

/**
 * The routes of the cabinet's services around a filing ({@code /api/v1}): the court's policy per filing kind and the
 * dry run of a whole filing (judged by {@link FilingPolicies}, the checks the client runs before sending), the account's
 * judicial acts, the public check of a judicial act's legitimacy and the hearing schedules, the drafts of «Ожидает
 * отправки», and additional documents sent to a refused filing.
 */
public final class CabinetApi {
    private static final String BASE = CourtApi.BASE;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    /** «Проверка законности судебного акта» answers for acts issued within the last twelve months. */
    private static final int CHECKED_MONTHS = 12;

    private final CourtApi api;
    private final Domain domain;
    private final Courts courts;
    private final CourtClock clock;
    private final DraftDesk drafts;

    public CabinetApi(CourtApi api, Domain domain, Courts courts, CourtClock clock) throws IOException {
        this.api = api;
        this.domain = domain;
        this.courts = courts;
        this.clock = clock;
        Path data = domain.store.dataDirectory();
        this.drafts = new DraftDesk(data == null ? null : data.resolve("drafts"), Bridge.newMapper(), clock);
    }

    /** Forgets every draft: part of the court's reset. */
    public void clearDrafts() {
        drafts.clear();
    }

    /** The drafts, as a court snapshot carries them. */
    public kz.officesud.mockserver.internal.store.KeptTable keptDrafts() {
        return drafts;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", BASE + "/policies/{service}", this::policy),
                new Route("POST", BASE + "/filings/dry-runs", this::dryRun),
                new Route("POST", BASE + "/filings/{filingId}/additional-documents", this::additionalDocuments),
                new Route("GET", BASE + "/judicial-acts", this::judicialActs),
                new Route("POST", BASE + "/judicial-acts/legitimacy-checks", this::legitimacy),
                new Route("GET", BASE + "/hearings", this::hearings),
                new Route("POST", BASE + "/drafts", this::saveDraft),
                new Route("GET", BASE + "/drafts", this::listDrafts),
                new Route("GET", BASE + "/drafts/{draftId}", this::draft),
                new Route("PUT", BASE + "/drafts/{draftId}", this::replaceDraft),
                new Route("DELETE", BASE + "/drafts/{draftId}", this::deleteDraft));
    }

    // Policy and dry run

    private Response policy(Request request) {
        CourtService service;
        try {
            service = CourtService.valueOf(request.param("service"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such service");
        }
        if (service.filingType().isEmpty()) {
            throw ProblemException.notFound("the service files nothing of its own kind");
        }
        LocalDate date = request.query("date").map(CabinetApi::date).orElseGet(clock::today);
        try {
            return Response.json(200, FilingPolicies.of(service, date));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(422, "no_rules", "no court rules were in force on " + date);
        }
    }

    private Response dryRun(Request request) throws IOException {
        UserRecord user = api.authenticate(request);
        DryRunForm form = request.json(DryRunForm.class);
        return Response.json(200, domain.desk.dryRun(user, form, request.locale()));
    }

    // Additional documents after a refusal

    private Response additionalDocuments(Request request) throws IOException {
        UserRecord user = api.authenticate(request);
        FilingSubmission body = request.json(FilingSubmission.class);
        FilingDesk.Accepted accepted = domain.desk.resubmit(user, request.param("filingId"), body, request.locale());
        FilingRecord filing = accepted.filing();
        if (accepted.created()) {
            domain.cases.notifyArrived(filing);
        }
        return Response.json(200, domain.views.view(filing));
    }

    // Judicial acts, their legitimacy, hearing schedules

    private Response judicialActs(Request request) {
        return Response.json(200, judicialActsOf(api.authenticate(request)));
    }

    /** «Судебные акты»: the judicial acts issued on {@code user}'s filings, the last issued first. */
    public List<JudicialActEntry> judicialActsOf(UserRecord user) {
        List<JudicialActEntry> entries = new ArrayList<>();
        for (FilingRecord filing : domain.store.filingsOf(user.userId())) {
            List<JudicialAct> acts = domain.cases.acts(filing.filingId());
            if (acts.isEmpty()) {
                continue;
            }
            FilingView view = domain.views.view(filing);
            for (JudicialAct act : acts) {
                entries.add(new JudicialActEntry(view.filingId(), view.service(), view.court(), act));
            }
        }
        entries.sort(
                Comparator.comparing((JudicialActEntry e) -> e.act().issuedAt()).reversed());
        return entries;
    }

    private Response legitimacy(Request request) throws IOException {
        LegitimacyCheckForm form = request.json(LegitimacyCheckForm.class);
        return Response.json(200, checkLegitimacy(form.actId(), form.sha256()));
    }

    /**
     * «Проверка законности судебного акта»: whether the courts issued the act {@code actId} within the last twelve
     * months, and whether a file of SHA-256 {@code sha256} (if given) is that act.
     *
     * @throws ProblemException 400 a malformed id or digest
     */
    public LegitimacyVerdict checkLegitimacy(
            @org.jspecify.annotations.Nullable String actId, @org.jspecify.annotations.Nullable String sha256) {
        if (actId == null || !ID.matcher(actId).matches()) {
            throw ProblemException.badRequest("bad_request", "actId is 1 to 100 letters, digits, '.', '_' or '-'");
        }
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw ProblemException.badRequest("bad_request", "sha256 is 64 hexadecimal digits");
        }
        for (CaseFileRecord file : domain.files.cases.all()) {
            for (ActRecord act : file.acts()) {
                if (act.actId().equals(actId)) {
                    return verdict(file, act, sha256);
                }
            }
        }
        return new LegitimacyVerdict(actId, ActLegitimacy.NOT_FOUND, null, null, null, null, null);
    }

    private LegitimacyVerdict verdict(
            CaseFileRecord file, ActRecord act, @org.jspecify.annotations.Nullable String sha) {
        Instant issuedAt = Instant.parse(act.issuedAt());
        ActLegitimacy outcome;
        if (OffsetDateTime.ofInstant(issuedAt, clock.getZone())
                .plusMonths(CHECKED_MONTHS)
                .toInstant()
                .isBefore(clock.instant())) {
            outcome = ActLegitimacy.OUTSIDE_PERIOD;
        } else if (sha != null && !sha.equalsIgnoreCase(act.sha256())) {
            outcome = ActLegitimacy.CONTENT_DIFFERS;
        } else {
            outcome = ActLegitimacy.GENUINE;
        }
        Court court = domain.filing(file.filingId())
                .flatMap(filing -> courts.find(filing.courtCode()))
                .orElse(null);
        return new LegitimacyVerdict(
                act.actId(),
                outcome,
                JudicialActKind.valueOf(act.kind()),
                act.title(),
                court,
                issuedAt,
                Sha256.ofHex(act.sha256()));
    }

    private Response hearings(Request request) {
        String code = request.query("court")
                .orElseThrow(() -> ProblemException.badRequest("bad_request", "court (a court's code) is required"));
        Court court = courts.find(code).orElseThrow(() -> ProblemException.notFound("no court with this code"));
        LocalDate day = request.query("date")
                .map(CabinetApi::date)
                .orElseThrow(() -> ProblemException.badRequest("bad_request", "date (YYYY-MM-DD) is required"));
        return Response.json(200, hearings(court, day));
    }

    /** «График судебных заседаний»: the hearings of {@code court} on {@code day}, each as last set or moved. */
    public List<HearingView> hearings(Court court, LocalDate day) {
        List<HearingView> hearings = new ArrayList<>();
        for (FilingRecord filing : domain.store.filings()) {
            if (!filing.courtCode().equals(court.code())) {
                continue;
            }
            // the schedule holds a hearing as the court last set or moved it
            Optional<CaseEvent> last = domain.cases.events(filing.filingId()).stream()
                    .filter(event -> event.hearingAt() != null)
                    .reduce((first, second) -> second);
            if (last.isEmpty()) {
                continue;
            }
            OffsetDateTime at = last.get().hearingAt();
            if (at == null
                    || !at.atZoneSameInstant(clock.getZone()).toLocalDate().equals(day)) {
                continue;
            }
            hearings.add(new HearingView(
                    court,
                    at,
                    CourtService.valueOf(filing.service()),
                    caseNumber(filing),
                    last.get().text()));
        }
        hearings.sort(Comparator.comparing(HearingView::hearingAt));
        return hearings;
    }

    private @org.jspecify.annotations.Nullable String caseNumber(FilingRecord filing) {
        try {
            Manifest manifest = Manifest.parse(Base64.getDecoder().decode(filing.manifest()), courts);
            return manifest.filing() instanceof FiledInCase inCase
                    ? inCase.caseNumber().toString()
                    : null;
        } catch (ManifestException | IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("bad_request", "date is YYYY-MM-DD");
        }
    }

    // Drafts («Ожидает отправки»)

    private Response saveDraft(Request request) throws IOException {
        UserRecord user = api.authenticate(request);
        DraftForm form = draftForm(request);
        try {
            var draft = drafts.save(user.userId(), java.util.Objects.requireNonNull(form.filing()));
            return Response.json(201, draft).header("Location", BASE + "/drafts/" + draft.draftId());
        } catch (DraftDesk.Refused e) {
            throw new ProblemException(409, "draft_refused", e.getMessage());
        }
    }

    private Response listDrafts(Request request) {
        UserRecord user = api.authenticate(request);
        return Response.json(200, drafts.of(user.userId()));
    }

    private Response draft(Request request) {
        UserRecord user = api.authenticate(request);
        return Response.json(
                200,
                drafts.get(user.userId(), request.param("draftId"))
                        .orElseThrow(() -> ProblemException.notFound("no such draft among yours")));
    }

    private Response replaceDraft(Request request) throws IOException {
        UserRecord user = api.authenticate(request);
        // whose draft it is, before what the body says: another's draft is not found, whatever is sent
        if (drafts.get(user.userId(), request.param("draftId")).isEmpty()) {
            throw ProblemException.notFound("no such draft among yours");
        }
        DraftForm form = draftForm(request);
        try {
            return Response.json(
                    200,
                    drafts.replace(
                                    user.userId(),
                                    request.param("draftId"),
                                    java.util.Objects.requireNonNull(form.filing()))
                            .orElseThrow(() -> ProblemException.notFound("no such draft among yours")));
        } catch (DraftDesk.Refused e) {
            throw new ProblemException(409, "draft_refused", e.getMessage());
        }
    }

    private Response deleteDraft(Request request) {
        UserRecord user = api.authenticate(request);
        if (!drafts.delete(user.userId(), request.param("draftId"))) {
            throw ProblemException.notFound("no such draft among yours");
        }
        return Response.empty(204);
    }

    private static DraftForm draftForm(Request request) throws IOException {
        if (request.declaredLength() > DraftDesk.MAX_BYTES) {
            throw new ProblemException(
                    413, "payload_too_large", "a draft is at most " + DraftDesk.MAX_BYTES + " bytes");
        }
        DraftForm form = request.json(DraftForm.class);
        if (form.filing() == null) {
            throw ProblemException.badRequest("bad_request", "filing is required");
        }
        return form;
    }
}
