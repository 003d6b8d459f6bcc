package kz.officesud.mockserver.internal.cabinet;

import static kz.officesud.mockserver.internal.cabinet.Html.esc;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.Region;
import kz.officesud.core.wire.CaseSearchForm;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.HearingView;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.core.wire.LegitimacyVerdict;
import kz.officesud.core.wire.SearchChallenge;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.internal.cabinet.WebSessions.WebSession;
import kz.officesud.mockserver.internal.casefile.Records.ActRecord;
import kz.officesud.mockserver.internal.court.CabinetApi;
import kz.officesud.mockserver.internal.court.Domain;
import kz.officesud.mockserver.internal.court.SearchThrottle;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.Request;
import kz.officesud.mockserver.internal.http.Response;
import kz.officesud.mockserver.internal.http.Route;
import kz.officesud.mockserver.internal.store.FilingRecord;
import kz.officesud.mockserver.internal.store.UserRecord;
import org.jspecify.annotations.Nullable;

/**
 * The cabinet's pages that read rather than file: «Судебные акты» and an act's file, «Проверка законности судебного
 * акта», «График судебных заседаний», the court directory ({@code /gis}) and «Поиск судебного дела» behind its
 * CAPTCHA — each over the same court as the HTTP API ({@link CabinetApi}, the observation desk's search), so a page
 * and an API call can never tell two stories. Forms are posted with their view state; the case search is a RichFaces
 * partial post whose button id is in the page's script.
 */
final class ReadPages {
    static final String ACTS = "/form/courtActs/index.xhtml";
    static final String ACT_FILE = "/form/courtActs/download";
    static final String LEGITIMACY = "/new/legitimacy/index.xhtml";
    static final String HEARINGS = "/new/scheduleOfCases/index.xhtml";
    static final String GIS = "/gis";
    static final String LAWSUIT = "/form/lawsuit/";
    static final List<String> PATHS = List.of(ACTS, ACT_FILE, LEGITIMACY, HEARINGS, GIS, LAWSUIT);

    /** The forms of proceedings as the pages write them. */
    static final Map<ProceedingsForm, String> FORMS = new EnumMap<>(Map.of(
            ProceedingsForm.CIVIL, "Гражданское",
            ProceedingsForm.CRIMINAL, "Уголовное",
            ProceedingsForm.ADMINISTRATIVE, "Административное",
            ProceedingsForm.ADMINISTRATIVE_OFFENCE, "Об административных правонарушениях"));

    private final WebSessions sessions;
    private final Ids ids;
    private final CabinetApi api;
    private final Domain domain;
    private final Courts courts;
    private final CourtClock clock;
    private final Function<Optional<WebSession>, Optional<UserRecord>> users;

    ReadPages(
            WebSessions sessions,
            Ids ids,
            CabinetApi api,
            Domain domain,
            Courts courts,
            CourtClock clock,
            Function<Optional<WebSession>, Optional<UserRecord>> users) {
        this.sessions = sessions;
        this.ids = ids;
        this.api = api;
        this.domain = domain;
        this.courts = courts;
        this.clock = clock;
        this.users = users;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", ACTS, this::acts),
                new Route("POST", ACTS, this::acts),
                new Route("GET", ACT_FILE, this::actFile),
                new Route("GET", LEGITIMACY, this::legitimacy),
                new Route("POST", LEGITIMACY, this::legitimacy),
                new Route("GET", HEARINGS, this::hearings),
                new Route("POST", HEARINGS, this::hearings),
                new Route("GET", GIS, this::gis),
                new Route("GET", LAWSUIT, this::lawsuit),
                new Route("POST", LAWSUIT, this::lawsuitSearch));
    }

    // «Судебные акты» (the account's own)

    private Response acts(Request request) throws IOException {
        Optional<WebSession> found = sessions.find(request);
        Optional<UserRecord> user = users.apply(found);
        if (user.isEmpty()) {
            return Html.redirect(Cabinet.LOGIN);
        }
        WebSession session = found.orElseThrow();
        synchronized (session) {
            String kind = "";
            String period = "ALL";
            List<String> messages = new ArrayList<>();
            if (request.method().equals("POST")) {
                FormPost post = FormPost.read(request, null);
                if (!post.field("javax.faces.ViewState").orElse("").equals(session.viewState)) {
                    messages.add("Сеанс устарел: обновите страницу");
                } else {
                    kind = post.suffixed("edit-category").orElse("");
                    period = post.suffixed("edit-period").orElse("ALL");
                }
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            OffsetDateTime since =
                    switch (period) {
                        case "MONTH" -> now.minusMonths(1);
                        case "YEAR" -> now.minusYears(1);
                        default -> null;
                    };
            String form = ids.of("actsForm");
            StringBuilder sb = new StringBuilder("<h1>Судебные акты</h1>");
            Cabinet.messages(sb, messages);
            sb.append(Html.formOpen(form, ACTS, "application/x-www-form-urlencoded"));
            List<String[]> kinds = new ArrayList<>();
            for (JudicialActKind k : JudicialActKind.values()) {
                kinds.add(new String[] {k.name(), k.nameRu()});
            }
            select(sb, form, "edit-category", "Категория", kinds, kind);
            select(
                    sb,
                    form,
                    "edit-period",
                    "Период",
                    List.of(
                            new String[] {"ALL", "За всё время"},
                            new String[] {"MONTH", "За последний месяц"},
                            new String[] {"YEAR", "За последний год"}),
                    period);
            sb.append(Html.submit(ids.of("actsFind"), "Найти"))
                    .append(Html.viewState(sessions.nextViewState(session)))
                    .append("</form>");
            sb.append("<table class=\"rf-dt\" id=\"")
                    .append(ids.of("actsTable"))
                    .append("\"><thead><tr><th>Дата вынесения</th><th>Вид акта</th><th>Наименование</th>"
                            + "<th>Идентификатор акта</th><th>Номер обращения</th><th>Вид документа</th><th>Суд</th>"
                            + "<th>Файл</th><th>Размер, байт</th><th>SHA-256</th></tr></thead><tbody>");
            for (JudicialActEntry entry : api.judicialActsOf(user.get())) {
                JudicialAct act = entry.act();
                if (!kind.isEmpty() && !act.kind().name().equals(kind)) {
                    continue;
                }
                if (since != null && act.issuedAt().isBefore(since.toInstant())) {
                    continue;
                }
                String href = ACT_FILE + "?uid=" + url(act.actId()) + "&filing="
                        + url(entry.filingId().value());
                sb.append("<tr><td>")
                        .append(esc(act.issuedAt().toString()))
                        .append("</td><td>")
                        .append(esc(act.kind().nameRu()))
                        .append("</td><td>")
                        .append(esc(act.title()))
                        .append("</td><td>")
                        .append(esc(act.actId()))
                        .append("</td><td>")
                        .append(esc(entry.filingId().value()))
                        .append("</td><td>")
                        .append(esc(entry.service().nameRu()))
                        .append("</td><td>")
                        .append(esc(
                                entry.court().nameRu() + " (" + entry.court().code() + ")"))
                        .append("</td><td><a href=\"")
                        .append(esc(href))
                        .append("\" type=\"")
                        .append(esc(act.mediaType()))
                        .append("\">")
                        .append(esc(act.fileName()))
                        .append("</a></td><td>")
                        .append(act.size())
                        .append("</td><td>")
                        .append(esc(act.sha256().hex()))
                        .append("</td></tr>");
            }
            sb.append("</tbody></table>");
            return Html.page("Судебные акты", sb.toString());
        }
    }

    private Response actFile(Request request) throws IOException {
        Optional<UserRecord> user = users.apply(sessions.find(request));
        if (user.isEmpty()) {
            return Html.redirect(Cabinet.LOGIN);
        }
        String filingId = request.query("filing").orElse("");
        String actId = request.query("uid").orElse("");
        Optional<FilingRecord> filing = domain.store.filing(filingId);
        if (filing.isEmpty() || !filing.get().userId().equals(user.get().userId())) {
            throw ProblemException.notFound("no such judicial act among yours");
        }
        ActRecord act = domain.cases
                .document(filingId, actId)
                .orElseThrow(() -> ProblemException.notFound("no such judicial act among yours"));
        // streamed from the blob store with its length known: never held whole in memory, whatever its size
        return Response.stream(200, act.mediaType(), act.size(), () -> domain.store
                        .blobs()
                        .open(act.sha256()))
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + url(act.fileName()));
    }

    // «Проверка законности судебного акта» (public)

    private Response legitimacy(Request request) throws IOException {
        Anonymous visit = anonymous(request);
        synchronized (visit.session) {
            List<String> messages = new ArrayList<>();
            LegitimacyVerdict verdict = null;
            if (request.method().equals("POST")) {
                FormPost post = FormPost.read(request, null);
                if (!post.field("javax.faces.ViewState").orElse("").equals(visit.session.viewState)) {
                    messages.add("Сеанс устарел: обновите страницу");
                } else {
                    String actId = post.suffixed("edit-actId").orElse("").strip();
                    String sha = post.suffixed("edit-sha256")
                            .map(String::strip)
                            .filter(v -> !v.isEmpty())
                            .orElse(null);
                    try {
                        verdict = api.checkLegitimacy(actId, sha);
                    } catch (ProblemException refused) {
                        messages.add("Укажите идентификатор судебного акта и, если нужно, SHA-256 его файла");
                    }
                }
            }
            String form = ids.of("legitimacyForm");
            StringBuilder sb = new StringBuilder("<h1>Проверка законности судебного акта</h1>");
            Cabinet.messages(sb, messages);
            sb.append(Html.formOpen(form, LEGITIMACY, "application/x-www-form-urlencoded"));
            input(sb, form, "edit-actId", "Идентификатор судебного акта");
            input(sb, form, "edit-sha256", "SHA-256 файла (необязательно)");
            sb.append(Html.submit(ids.of("legitimacyCheck"), "Проверить"))
                    .append(Html.viewState(sessions.nextViewState(visit.session)))
                    .append("</form>");
            if (verdict != null) {
                sb.append("<dl class=\"verdict\" id=\"")
                        .append(ids.of("verdict"))
                        .append("\">");
                FilingWizard.entry(sb, "Идентификатор акта", verdict.actId());
                FilingWizard.entry(sb, "Результат проверки", verdict.outcome().nameRu());
                if (verdict.kind() != null) {
                    FilingWizard.entry(sb, "Вид акта", verdict.kind().nameRu());
                }
                if (verdict.title() != null) {
                    FilingWizard.entry(sb, "Наименование", verdict.title());
                }
                if (verdict.court() != null) {
                    FilingWizard.entry(
                            sb,
                            "Суд",
                            verdict.court().nameRu() + " (" + verdict.court().code() + ")");
                }
                if (verdict.issuedAt() != null) {
                    FilingWizard.entry(sb, "Дата вынесения", verdict.issuedAt().toString());
                }
                if (verdict.sha256() != null) {
                    FilingWizard.entry(sb, "SHA-256", verdict.sha256().hex());
                }
                sb.append("</dl>");
            }
            return visit.answer(Html.page("Проверка законности судебного акта", sb.toString()));
        }
    }

    // «График судебных заседаний» (public)

    private Response hearings(Request request) throws IOException {
        Anonymous visit = anonymous(request);
        synchronized (visit.session) {
            List<String> messages = new ArrayList<>();
            List<HearingView> hearings = null;
            String courtCode = "";
            String date = "";
            if (request.method().equals("POST")) {
                FormPost post = FormPost.read(request, null);
                if (!post.field("javax.faces.ViewState").orElse("").equals(visit.session.viewState)) {
                    messages.add("Сеанс устарел: обновите страницу");
                } else {
                    courtCode = post.suffixed("edit-court").orElse("").strip();
                    date = post.suffixed("edit-date").orElse("").strip();
                    Optional<Court> court = courts.find(courtCode);
                    LocalDate day = null;
                    try {
                        day = LocalDate.parse(date);
                    } catch (DateTimeParseException e) {
                        messages.add("Дата: укажите дату в виде ГГГГ-ММ-ДД");
                    }
                    if (court.isEmpty()) {
                        messages.add("Выберите суд");
                    }
                    if (court.isPresent() && day != null) {
                        hearings = api.hearings(court.get(), day);
                    }
                }
            }
            String form = ids.of("scheduleForm");
            StringBuilder sb = new StringBuilder("<h1>График судебных заседаний</h1>");
            Cabinet.messages(sb, messages);
            sb.append(Html.formOpen(form, HEARINGS, "application/x-www-form-urlencoded"));
            List<String[]> options = new ArrayList<>();
            for (Court c : courts.all()) {
                options.add(new String[] {c.code(), c.nameRu()});
            }
            select(sb, form, "edit-court", "Суд", options, courtCode);
            input(sb, form, "edit-date", "Дата");
            sb.append(Html.submit(ids.of("scheduleShow"), "Показать"))
                    .append(Html.viewState(sessions.nextViewState(visit.session)))
                    .append("</form>");
            if (hearings != null) {
                sb.append("<table class=\"rf-dt\" id=\"")
                        .append(ids.of("scheduleTable"))
                        .append("\"><thead><tr><th>Дата и время</th><th>Суд</th><th>Вид документа</th>"
                                + "<th>Номер дела</th><th>Сведения</th></tr></thead><tbody>");
                for (HearingView h : hearings) {
                    sb.append("<tr><td>")
                            .append(esc(h.hearingAt().toString()))
                            .append("</td><td>")
                            .append(esc(h.court().nameRu() + " (" + h.court().code() + ")"))
                            .append("</td><td>")
                            .append(esc(h.service().nameRu()))
                            .append("</td><td>")
                            .append(esc(h.caseNumber() == null ? "" : h.caseNumber()))
                            .append("</td><td>")
                            .append(esc(h.text()))
                            .append("</td></tr>");
                }
                sb.append("</tbody></table>");
            }
            return visit.answer(Html.page("График судебных заседаний", sb.toString()));
        }
    }

    // The court directory (public)

    private Response gis(Request request) {
        StringBuilder sb = new StringBuilder("<h1>Суды Республики Казахстан</h1><table class=\"rf-dt courts\" id=\"")
                .append(ids.of("courtsTable"))
                .append("\"><thead><tr><th>Код суда</th><th>Наименование</th><th>Атауы</th><th>Name</th>"
                        + "<th>Регион</th><th>Вид суда</th><th>Идентификатор</th><th>Формы судопроизводства</th>"
                        + "</tr></thead><tbody>");
        for (Court c : courts.all()) {
            List<String> forms = new ArrayList<>();
            for (ProceedingsForm f : c.forms()) {
                forms.add(FORMS.get(f));
            }
            sb.append("<tr><td>")
                    .append(esc(c.code()))
                    .append("</td><td>")
                    .append(esc(c.nameRu()))
                    .append("</td><td>")
                    .append(esc(c.nameKk() == null ? "" : c.nameKk()))
                    .append("</td><td>")
                    .append(esc(c.nameEn() == null ? "" : c.nameEn()))
                    .append("</td><td>")
                    .append(esc(c.region().nameRu()))
                    .append("</td><td>")
                    .append(esc(c.kind().nameRu()))
                    .append("</td><td>")
                    .append(c.officeId() == null ? "" : c.officeId().toString())
                    .append("</td><td>")
                    .append(esc(String.join("; ", forms)))
                    .append("</td></tr>");
        }
        sb.append("</tbody></table>");
        return Html.page("Суды", sb.toString());
    }

    // «Поиск судебного дела» (public, behind a CAPTCHA)

    private Response lawsuit(Request request) {
        Anonymous visit = anonymous(request);
        synchronized (visit.session) {
            String form = ids.of("lawsuitForm");
            StringBuilder sb = new StringBuilder("<h1>Поиск судебного дела</h1>");
            sb.append(Html.formOpen(form, LAWSUIT, "application/x-www-form-urlencoded"));
            List<String[]> regions = new ArrayList<>();
            for (Region r : Region.values()) {
                regions.add(new String[] {FilingWizard.regionId(r), r.nameRu()});
            }
            select(sb, form, "edit-district", "Регион", regions, "");
            List<String[]> all = new ArrayList<>();
            for (Court c : courts.all()) {
                all.add(new String[] {c.code(), c.nameRu()});
            }
            select(sb, form, "edit-court", "Суд", all, "");
            input(sb, form, "edit-year", "Год");
            input(sb, form, "edit-iin", "ИИН/БИН участника");
            input(sb, form, "edit-num", "Номер дела");
            input(sb, form, "edit-fio", "ФИО участника");
            select(
                    sb,
                    form,
                    "edit-archive",
                    "Дела",
                    List.of(new String[] {"CURRENT", "Текущие"}, new String[] {"ARCHIVED", "Архивные"}),
                    "");
            sb.append(searchPanel(visit.session, request.remoteAddress(), List.of(), null));
            String button = ids.of("lawsuitSearch");
            sb.append("<input type=\"button\" id=\"")
                    .append(button)
                    .append("\" name=\"")
                    .append(button)
                    .append("\" value=\"Искать\" onclick=\"goNext()\"/>")
                    .append(Html.viewState(sessions.nextViewState(visit.session)))
                    .append("</form>");
            sb.append("<script>goNext = function(){ RichFaces.ajax(\"")
                    .append(button)
                    .append("\", null, {\"incId\":\"1\"}); };</script>");
            return visit.answer(Html.page("Поиск судебного дела", sb.toString()));
        }
    }

    private Response lawsuitSearch(Request request) throws IOException {
        Optional<WebSession> found = sessions.find(request);
        if (found.isEmpty()) {
            return Html.viewExpired();
        }
        WebSession session = found.get();
        synchronized (session) {
            FormPost post = FormPost.read(request, null);
            if (!post.field("javax.faces.ViewState").orElse("").equals(session.viewState)) {
                return Html.viewExpired();
            }
            String address = request.remoteAddress();
            List<String> messages = new ArrayList<>();
            List<CaseSummary> cases = null;
            SearchThrottle throttle = domain.observation.throttle();
            String challengeId = session.searchChallengeId;
            session.searchChallengeId = null;
            String answer = post.suffixed("edit-captcha").orElse("");
            if (challengeId == null || answer.isBlank() || !throttle.answered(address, challengeId, answer)) {
                messages.add("Неверно введён код с картинки");
            } else {
                try {
                    CaseSearchForm form = new CaseSearchForm(
                            region(post.suffixed("edit-district").orElse("")),
                            blankToNull(post.suffixed("edit-court")),
                            year(post.suffixed("edit-year"), messages),
                            blankToNull(post.suffixed("edit-iin")),
                            blankToNull(post.suffixed("edit-num")),
                            blankToNull(post.suffixed("edit-fio")),
                            switch (post.suffixed("edit-archive").orElse("")) {
                                case "ARCHIVED" -> Boolean.TRUE;
                                case "CURRENT" -> Boolean.FALSE;
                                default -> null;
                            },
                            null,
                            null);
                    if (messages.isEmpty()) {
                        List<CaseSummary> out = new ArrayList<>();
                        String searcher =
                                users.apply(found).map(UserRecord::iin).orElse(null);
                        if (domain.observation.search(form, searcher, address, request.locale(), out)
                                instanceof SearchThrottle.Challenged) {
                            messages.add("Неверно введён код с картинки");
                        } else {
                            cases = out;
                        }
                    }
                } catch (ProblemException refused) {
                    messages.add(
                            switch (refused.code()) {
                                case "search_too_broad" -> "Укажите номер дела, ИИН/БИН или ФИО участника";
                                case "invalid_name" -> "ФИО участника: от 3 до 200 символов";
                                case "invalid_id" -> "ИИН/БИН: 12 цифр";
                                case "invalid_court" -> "Выберите суд из списка";
                                default -> "Проверьте условия поиска";
                            });
                }
            }
            return Html.partial(
                    ids.of("searchPanel"),
                    searchPanel(session, address, messages, cases),
                    sessions.nextViewState(session));
        }
    }

    /** What the search re-renders: what the page said, the cases found, and a new CAPTCHA (one per search). */
    private String searchPanel(
            WebSession session, String address, List<String> messages, @Nullable List<CaseSummary> cases) {
        StringBuilder sb = new StringBuilder("<div id=\"" + ids.of("searchPanel") + "\">");
        Cabinet.messages(sb, messages);
        if (cases != null) {
            sb.append("<table class=\"rf-dt\" id=\"")
                    .append(ids.of("lawsuitTable"))
                    .append("\"><thead><tr><th>Номер дела</th><th>Суд</th><th>Форма судопроизводства</th>"
                            + "<th>Дата регистрации</th><th>Состояние</th></tr></thead><tbody>");
            for (CaseSummary c : cases) {
                sb.append("<tr><td>")
                        .append(esc(c.caseNumber()))
                        .append("</td><td>")
                        .append(esc(c.courtName() + " (" + c.courtCode() + ")"))
                        .append("</td><td>")
                        .append(esc(FORMS.get(c.form())))
                        .append("</td><td>")
                        .append(esc(c.registeredOn().toString()))
                        .append("</td><td>")
                        .append(c.archived() ? "Архивное" : "Текущее")
                        .append("</td></tr>");
            }
            sb.append("</tbody></table>");
        }
        SearchChallenge challenge = domain.observation.throttle().challenge(address);
        session.searchChallengeId = challenge.challengeId();
        String form = ids.of("lawsuitForm");
        sb.append("<div class=\"captcha\"><img class=\"captcha-image\" id=\"")
                .append(ids.of("captchaImage"))
                .append("\" alt=\"Код с картинки\" data-expires=\"")
                .append(esc(challenge.expiresAt().toString()))
                .append("\" src=\"data:")
                .append(challenge.mediaType())
                .append(";base64,")
                .append(Base64.getEncoder().encodeToString(challenge.image()))
                .append("\"/><input type=\"hidden\" id=\"")
                .append(form)
                .append(":captchaId\" name=\"")
                .append(form)
                .append(":captchaId\" value=\"")
                .append(esc(challenge.challengeId()))
                .append("\"/>");
        input(sb, form, "edit-captcha", "Код с картинки");
        return sb.append("</div></div>").toString();
    }

    private static @Nullable Region region(String id) {
        for (Region r : Region.values()) {
            if (FilingWizard.regionId(r).equals(id)) {
                return r;
            }
        }
        return null;
    }

    private static @Nullable Integer year(Optional<String> value, List<String> messages) {
        String v = value.orElse("").strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            messages.add("Год: четыре цифры");
            return null;
        }
    }

    private static @Nullable String blankToNull(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** A visitor of a public page: their session, opened for them if they have none (its cookie then set). */
    private record Anonymous(WebSession session, boolean opened, WebSessions sessions) {
        Response answer(Response page) {
            return opened ? page.header("Set-Cookie", sessions.setCookie(session)) : page;
        }
    }

    private Anonymous anonymous(Request request) {
        Optional<WebSession> found = sessions.find(request);
        return found.map(s -> new Anonymous(s, false, sessions))
                .orElseGet(() -> new Anonymous(sessions.open(request.remoteAddress()), true, sessions));
    }

    private static void input(StringBuilder sb, String form, String field, String label) {
        String name = form + ":" + field;
        sb.append("<label for=\"")
                .append(name)
                .append("\">")
                .append(esc(label))
                .append("</label><input type=\"text\" id=\"")
                .append(name)
                .append("\" name=\"")
                .append(name)
                .append("\" value=\"\"/>");
    }

    private static void select(
            StringBuilder sb, String form, String field, String label, List<String[]> options, String selected) {
        String name = form + ":" + field;
        sb.append("<label for=\"")
                .append(name)
                .append("\">")
                .append(esc(label))
                .append("</label><select id=\"")
                .append(name)
                .append("\" name=\"")
                .append(name)
                .append("\" size=\"1\"><option value=\"\">— все —</option>");
        for (String[] o : options) {
            sb.append("<option value=\"")
                    .append(esc(o[0]))
                    .append("\"")
                    .append(o[0].equals(selected) ? " selected=\"selected\"" : "")
                    .append(">")
                    .append(esc(o[1]))
                    .append("</option>");
        }
        sb.append("</select>");
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
