package kz.officesud.mockserver.internal.cabinet;

import static kz.officesud.mockserver.internal.cabinet.Html.esc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.SigningXml;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Contacts;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.InvalidValueException;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.Region;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.wire.FilingSubmission;
import kz.officesud.core.wire.Problem;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.internal.auth.Challenges;
import kz.officesud.mockserver.internal.cabinet.FilingWizard.Step;
import kz.officesud.mockserver.internal.cabinet.WebSessions.WebSession;
import kz.officesud.mockserver.internal.court.CabinetApi;
import kz.officesud.mockserver.internal.court.CourtApi;
import kz.officesud.mockserver.internal.court.Domain;
import kz.officesud.mockserver.internal.court.FilingDesk;
import kz.officesud.mockserver.internal.court.Registrar;
import kz.officesud.mockserver.internal.http.ProblemException;
import kz.officesud.mockserver.internal.http.Request;
import kz.officesud.mockserver.internal.http.Response;
import kz.officesud.mockserver.internal.http.Route;
import kz.officesud.mockserver.internal.store.BlobStore;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.FilingRecord;
import kz.officesud.mockserver.internal.store.UploadRecord;
import kz.officesud.mockserver.internal.store.UserRecord;

/**
 * The web cabinet «Судебный кабинет» as office.sud.kz serves it — XHTML pages, {@code javax.faces.ViewState}, RichFaces
 * partial posts answered with {@code <partial-response>}, field names {@code <form id>:<field>} — over the same court as
 * the HTTP API: the same accounts and sessions' rules, the same intake ({@link FilingDesk}), the same «Мои дела».
 * Element ids are random per start ({@link Ids}). The pages: log-in by password and by ЭЦП ({@code #xmlToSign0}
 * signed as an enveloped XMLDSig) at {@code /index.xhtml}; the services menu; «Мои дела»; the claim wizard with its
 * signing page; log-out; and the pages that read ({@link ReadPages}): judicial acts, the act legitimacy check, hearing
 * schedules, the court directory and the case search behind its CAPTCHA.
 */
public final class Cabinet {
    static final String LOGIN = "/index.xhtml";
    static final String SERVICES = "/form/proceedings/services.xhtml";
    static final String MY_CASES = "/form/cases/mycases.xhtml";
    static final String WIZARD = "/form/proceedings/claim.xhtml";
    static final String LOGOUT = "/logout.xhtml";
    private static final Duration WEB_IDLE = Duration.ofMinutes(30);
    private static final Set<String> PAGES = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(LOGIN, SERVICES, MY_CASES, WIZARD, LOGOUT), ReadPages.PATHS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The services the filing wizard offers as document types. */
    static final List<CourtService> WIZARD_SERVICES =
            List.of(CourtService.CLAIM, CourtService.APPEAL, CourtService.MOTION, CourtService.LETTER);

    private final CourtStore store;
    private final Registrar registrar;
    private final Challenges challenges;
    private final Domain domain;
    private final Courts courts;
    private final CourtClock clock;
    private final long maxUploadBytes;
    private final Ids ids;
    private final WebSessions sessions;
    private final ReadPages readPages;

    public Cabinet(
            CabinetApi api,
            CourtStore store,
            Registrar registrar,
            Challenges challenges,
            Domain domain,
            Courts courts,
            CourtClock clock,
            Duration sessionTtl,
            long maxUploadBytes) {
        this.store = store;
        this.registrar = registrar;
        this.challenges = challenges;
        this.domain = domain;
        this.courts = courts;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
        SecureRandom random = new SecureRandom();
        this.ids = new Ids(random);
        // a browser's session lapses after half an hour idle, as the live cabinet's does (the API's tokens live longer)
        this.sessions = new WebSessions(clock, sessionTtl.compareTo(WEB_IDLE) < 0 ? sessionTtl : WEB_IDLE, random);
        this.readPages = new ReadPages(sessions, ids, api, domain, courts, clock, this::user);
    }

    public List<Route> routes() {
        List<Route> routes = new java.util.ArrayList<>(List.of(
                new Route("GET", LOGIN, this::loginPage),
                new Route("POST", LOGIN, this::loginPost),
                new Route("GET", SERVICES, this::services),
                new Route("GET", MY_CASES, this::myCases),
                new Route("GET", WIZARD, this::wizardPage),
                new Route("POST", WIZARD, this::wizardPost),
                new Route("GET", LOGOUT, this::logout)));
        routes.addAll(readPages.routes());
        return List.copyOf(routes);
    }

    /** Whether {@code METHOD /template} is one of the cabinet's pages (not an operation of the HTTP API). */
    public static boolean isPage(String operation) {
        int space = operation.indexOf(' ');
        return PAGES.contains(space < 0 ? operation : operation.substring(space + 1));
    }

    // Log-in

    private Response loginPage(Request request) {
        Optional<WebSession> found = sessions.find(request);
        WebSession session = found.orElseGet(() -> sessions.open(request.remoteAddress()));
        synchronized (session) {
            if (session.userId != null) {
                return Html.redirect(SERVICES);
            }
            Response page = renderLogin(session, List.of());
            return found.isPresent() ? page : page.header("Set-Cookie", sessions.setCookie(session));
        }
    }

    private Response renderLogin(WebSession session, List<String> messages) {
        String viewState = sessions.nextViewState(session);
        Challenges.Challenge challenge = challenges.issue();
        session.loginChallengeId = challenge.id();
        String xml = new String(
                SigningXml.logIn(challenge.id(), challenge.bytes(), challenge.expiresAt()), StandardCharsets.UTF_8);
        String form = ids.of("loginForm");
        String keyForm = ids.of("keyLoginForm");
        StringBuilder sb = new StringBuilder("<div class=\"login\"><h1>Вход в Судебный кабинет</h1>");
        messages(sb, messages);
        String urlEncoded = "application/x-www-form-urlencoded";
        sb.append(Html.formOpen(form, LOGIN, urlEncoded))
                .append("<label for=\"" + form + ":xin\">ИИН/БИН</label>")
                .append("<input id=\"" + form + ":xin\" name=\"" + form + ":xin\" type=\"email\" maxlength=\"12\"/>")
                .append("<label for=\"" + form + ":password\">Пароль</label>")
                .append("<input id=\"" + form + ":password\" name=\"" + form + ":password\" type=\"password\"/>")
                .append(Html.submit(ids.of("loginButton"), "Войти"))
                .append(Html.viewState(viewState))
                .append("</form>");
        sb.append(Html.formOpen(keyForm, LOGIN, urlEncoded))
                .append("<textarea id=\"xmlToSign0\" style=\"display:none\">" + esc(xml) + "</textarea>")
                .append("<input type=\"hidden\" id=\"" + keyForm + ":signedXml\" name=\"" + keyForm
                        + ":signedXml\" value=\"\"/>")
                .append(Html.submit(ids.of("keyLoginButton"), "Войти с помощью ЭЦП"))
                .append(Html.viewState(viewState))
                .append("</form></div>");
        return Html.page("Вход", sb.toString());
    }

    private Response loginPost(Request request) throws IOException {
        FormPost post = FormPost.read(request, null);
        Optional<WebSession> found = sessions.find(request);
        if (found.isEmpty()) {
            return Html.redirect(LOGIN);
        }
        WebSession session = found.get();
        synchronized (session) {
            if (!post.field("javax.faces.ViewState").orElse("").equals(session.viewState)) {
                return renderLogin(session, List.of("Сеанс устарел: обновите страницу и повторите вход"));
            }
            UserRecord user;
            try {
                if (post.has(ids.of("keyLoginButton"))) {
                    String signed = post.suffixed("signedXml").orElse("");
                    String challengeId = session.loginChallengeId;
                    session.loginChallengeId = null;
                    user = registrar.logInWithSignature(
                            challengeId,
                            null,
                            Base64.getEncoder().encodeToString(signed.getBytes(StandardCharsets.UTF_8)));
                } else if (post.has(ids.of("loginButton"))) {
                    user = registrar.logIn(
                            post.suffixed("xin").orElse(null),
                            post.suffixed("password").map(String::toCharArray).orElse(null));
                } else {
                    return renderLogin(session, List.of("Форма входа не распознана"));
                }
            } catch (ProblemException refused) {
                String message = refused.code().equals("wrong_credentials") || refused.status() == 401
                        ? (post.has(ids.of("keyLoginButton"))
                                ? "Вход с помощью ЭЦП не выполнен: подпись не принята"
                                : "Неверный ИИН/БИН или пароль")
                        : "Заполните ИИН/БИН и пароль";
                return renderLogin(session, List.of(message));
            }
            sessions.close(session);
            WebSession logged = sessions.signIn(user.userId());
            return Html.redirect(SERVICES).header("Set-Cookie", sessions.setCookie(logged));
        }
    }

    private Response logout(Request request) {
        sessions.find(request).ifPresent(sessions::close);
        return Html.redirect(LOGIN + "?lang=ru")
                .header("Set-Cookie", WebSessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly");
    }

    // Pages of a logged-in user

    private Optional<UserRecord> user(Optional<WebSession> session) {
        return session.map(s -> s.userId).flatMap(store::user);
    }

    private Response services(Request request) {
        Optional<WebSession> session = sessions.find(request);
        Optional<UserRecord> user = user(session);
        if (user.isEmpty()) {
            return Html.redirect(LOGIN);
        }
        StringBuilder sb = new StringBuilder();
        profileMenu(sb, user.get());
        sb.append("<h1>Сервисы</h1><ul class=\"services\">")
                .append("<li><a href=\"")
                .append(WIZARD)
                .append("\">Құжаттарды жіберу / Отправить документы</a></li>")
                .append("<li><a href=\"")
                .append(MY_CASES)
                .append("\">Мои дела</a></li>")
                .append("<li><a href=\"" + ReadPages.ACTS + "\">Судебные акты</a></li></ul>");
        return Html.page("Сервисы", sb.toString());
    }

    private void profileMenu(StringBuilder sb, UserRecord user) {
        sb.append("<div class=\"profile-menu\" id=\"").append(ids.of("profile")).append("\"><dl>");
        sb.append("<dt>Пользователь</dt><dd>").append(esc(user.fullName())).append("</dd>");
        sb.append("<dt>ИИН</dt><dd>").append(esc(user.iin())).append("</dd>");
        if (user.bin() != null) {
            sb.append("<dt>БИН</dt><dd>").append(esc(user.bin())).append("</dd>");
        }
        if (user.organisation() != null) {
            sb.append("<dt>Организация</dt><dd>")
                    .append(esc(user.organisation()))
                    .append("</dd>");
        }
        sb.append("</dl><a id=\"")
                .append(ids.of("logout"))
                .append("\" href=\"")
                .append(LOGOUT)
                .append("\">Выйти</a></div>");
    }

    private Response myCases(Request request) {
        Optional<WebSession> session = sessions.find(request);
        Optional<UserRecord> user = user(session);
        if (user.isEmpty()) {
            return Html.redirect(LOGIN);
        }
        StringBuilder sb = new StringBuilder();
        profileMenu(sb, user.get());
        sb.append("<h1>Мои дела</h1><table class=\"rf-dt\" id=\"")
                .append(ids.of("casesTable"))
                .append("\">")
                .append("<thead><tr><th>Номер талона</th><th>Дата отправки</th><th>Вид документа</th><th>Суд</th>"
                        + "<th>Статус</th><th>Номер обращения</th></tr></thead><tbody>");
        for (FilingRecord filing : store.filingsOf(user.get().userId())) {
            var view = domain.views.view(filing);
            var talon = view.talon();
            String status = view.status().state().nameRu()
                    + (view.status().ground() == null
                            ? ""
                            : " (основание " + view.status().ground().number() + ")");
            sb.append("<tr><td>")
                    .append(esc(talon.number()))
                    .append("</td><td>")
                    .append(esc(talon.sentAt().toString()))
                    .append("</td><td>")
                    .append(esc(view.service().nameRu()))
                    .append("</td><td>")
                    .append(esc(view.court().nameRu() + " (" + view.court().code() + ")"))
                    .append("</td><td>")
                    .append(esc(status))
                    .append("</td><td>")
                    .append(esc(view.filingId().value()))
                    .append("</td></tr>");
        }
        sb.append("</tbody></table>");
        return Html.page("Мои дела", sb.toString());
    }

    // The claim wizard

    private Response wizardPage(Request request) {
        Optional<WebSession> found = sessions.find(request);
        if (user(found).isEmpty()) {
            return Html.redirect(LOGIN);
        }
        WebSession session = found.get();
        synchronized (session) {
            session.wizard = new FilingWizard(UUID.randomUUID().toString());
            String viewState = sessions.nextViewState(session);
            String form = ids.of("wizardForm");
            StringBuilder sb = new StringBuilder();
            profileMenu(sb, user(found).orElseThrow());
            sb.append("<h1>Құжаттарды жіберу</h1>")
                    .append(Html.formOpen(form, WIZARD, "multipart/form-data"))
                    .append(session.wizard.panel(ids, courts))
                    .append(Html.viewState(viewState))
                    .append("</form>");
            return Html.page("Отправка документов", sb.toString());
        }
    }

    private Response wizardPost(Request request) throws IOException {
        Optional<WebSession> found = sessions.find(request);
        Optional<UserRecord> user = user(found);
        if (user.isEmpty() || found.get().wizard == null) {
            String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response id=\"j_id1\"><redirect url=\""
                    + LOGIN + "\"/></partial-response>";
            return Response.bytes(200, Html.PARTIAL, xml.getBytes(StandardCharsets.UTF_8));
        }
        WebSession session = found.get();
        synchronized (session) {
            FilingWizard wizard = java.util.Objects.requireNonNull(session.wizard);
            String expected = session.viewState;
            FormPost post;
            try {
                post = FormPost.read(request, (before, field, fileName, mediaType, content) -> {
                    // a file is stored only for the page's current view: its view state comes before the file
                    if (!expected.equals(before.get("javax.faces.ViewState"))) {
                        throw new ViewExpired();
                    }
                    return upload(user.get(), fileName, mediaType, content, request.locale());
                });
            } catch (ViewExpired e) {
                return Html.viewExpired();
            }
            if (!post.field("javax.faces.ViewState").orElse("").equals(expected)) {
                return Html.viewExpired();
            }
            wizard.messages.clear();
            String source = post.field("javax.faces.source").orElse("");
            if (source.endsWith(":edit-region")) {
                wizard.region = region(post.suffixed("edit-region").orElse("")).orElse(null);
                return Html.partial(
                        ids.of("courtPanel"), wizard.courtPanel(ids, courts), sessions.nextViewState(session));
            }
            attachUploads(wizard, post);
            if (source.equals(ids.of("addParticipant")) && wizard.step == Step.PARTICIPANTS) {
                addParticipant(wizard, post);
            } else if (source.equals(ids.of("next"))) {
                next(wizard, post, user.get(), request.locale());
            } else if (source.equals(ids.of("sign")) && wizard.step == Step.SIGN) {
                sign(wizard, post, user.get(), request.locale());
            }
            return Html.partial(ids.of("stepPanel"), wizard.panel(ids, courts), sessions.nextViewState(session));
        }
    }

    private String upload(UserRecord user, String fileName, String mediaType, InputStream content, Locale locale)
            throws IOException {
        CourtApi.checkFileName("fileName", fileName, locale);
        BlobStore.Stored stored;
        try {
            stored = store.blobs().store(content, maxUploadBytes);
        } catch (BlobStore.TooLargeException e) {
            throw new ProblemException(413, "payload_too_large", "an upload is at most " + maxUploadBytes + " bytes");
        }
        UploadRecord record = new UploadRecord(
                "UP-" + UUID.randomUUID(),
                user.userId(),
                fileName,
                mediaType,
                stored.size(),
                stored.sha256(),
                clock.instant().toString());
        store.addUpload(record);
        domain.retention.schedule(Instant.parse(record.uploadedAt()));
        return record.uploadId();
    }

    private void attachUploads(FilingWizard wizard, FormPost post) {
        post.file("edit-claimFile").flatMap(store::upload).ifPresent(u -> wizard.statement = u);
        post.file("edit-receipt").flatMap(store::upload).ifPresent(u -> wizard.receipt = u);
        post.file("edit-attachments").flatMap(store::upload).ifPresent(wizard.annexes::add);
        post.file("edit-powers").flatMap(store::upload).ifPresent(wizard.powers::add);
    }

    private void next(FilingWizard wizard, FormPost post, UserRecord user, Locale locale) {
        List<String> problems = wizard.messages;
        switch (wizard.step) {
            case KIND -> {
                String kind = post.suffixed("edit-proceedingKind").orElse("");
                String instance = post.suffixed("edit-instance").orElse("");
                String type = post.suffixed("edit-docType").orElse("");
                Optional<CourtService> service = WIZARD_SERVICES.stream()
                        .filter(s -> type.equals(ids.of("docType." + s.name())))
                        .findFirst();
                if (service.isEmpty()) {
                    problems.add("Вид документа не выбран или подаётся в другом разделе");
                } else if (!kind.equals("CIVIL") || !instance.equals(FilingWizard.INSTANCE.get(service.get()))) {
                    problems.add("Выберите вид судопроизводства и инстанцию");
                } else {
                    wizard.service = service.get();
                }
            }
            case CASE -> {
                wizard.proceedings = post.suffixed("edit-caseKind")
                        .filter(v -> !v.isEmpty())
                        .flatMap(Cabinet::proceedings)
                        .orElse(null);
                parse(
                        problems,
                        "Категория дела",
                        () -> wizard.category = blank(post.suffixed("edit-category"))
                                ? null
                                : CaseCategory.of(
                                        post.suffixed("edit-category").get().strip()));
                parse(
                        problems,
                        "Номер дела",
                        () -> wizard.caseNumber = blank(post.suffixed("edit-caseNumber"))
                                ? null
                                : CaseNumber.parse(
                                        post.suffixed("edit-caseNumber").get()));
                wizard.nature =
                        post.suffixed("edit-nature").filter(v -> !v.isBlank()).orElse(null);
                wizard.region = region(post.suffixed("edit-region").orElse("")).orElse(wizard.region);
                wizard.court = post.suffixed("edit-court").flatMap(courts::find).orElse(null);
                if (wizard.court == null) {
                    problems.add("Выберите суд");
                }
            }
            case PARTICIPANTS -> {
                if (wizard.participants.isEmpty()) {
                    problems.add("Добавьте участников процесса");
                }
            }
            case PAYMENT -> payment(wizard, post, problems);
            case DOCUMENTS -> {
                wizard.summary =
                        post.suffixed("edit-summary").filter(v -> !v.isBlank()).orElse(null);
                wizard.subject =
                        post.suffixed("edit-subject").filter(v -> !v.isBlank()).orElse(null);
                if (problems.isEmpty()) {
                    prepare(wizard, user, locale);
                }
                return; // prepare moves to the signing step itself
            }
            default -> {
                return;
            }
        }
        if (problems.isEmpty()) {
            wizard.step = wizard.nextStep();
        }
    }

    private static boolean blank(Optional<String> value) {
        return value.isEmpty() || value.get().isBlank();
    }

    private void payment(FilingWizard wizard, FormPost post, List<String> problems) {
        parse(
                problems,
                "Цена иска",
                () -> wizard.claimAmount = blank(post.suffixed("edit-totalSum"))
                        ? null
                        : Tenge.parse(post.suffixed("edit-totalSum").get()));
        String mode = post.suffixed("edit-feeMode").orElse("");
        Tenge[] duty = new Tenge[1];
        parse(
                problems,
                "Сумма государственной пошлины",
                () -> duty[0] = blank(post.suffixed("edit-duty"))
                        ? null
                        : Tenge.parse(post.suffixed("edit-duty").get()));
        String code =
                post.suffixed("edit-paymentCode").filter(v -> !v.isBlank()).orElse(null);
        switch (mode) {
            case "EXEMPT" ->
                wizard.stateFee =
                        StateFee.exempt(post.suffixed("edit-exemption").orElse(""));
            case "ONLINE" ->
                wizard.stateFee =
                        code == null ? new StateFee.PaidOnline(duty[0]) : new StateFee.PaidOnline(duty[0], code);
            case "RECEIPT" -> wizard.stateFee = new StateFee.Receipt(duty[0], null);
            default -> wizard.stateFee = null;
        }
    }

    private void addParticipant(FilingWizard wizard, FormPost post) {
        List<String> problems = wizard.messages;
        Optional<PartySide> side = post.suffixed("edit-side").flatMap(v -> parseEnum(PartySide.class, v));
        String name = post.suffixed("edit-name").orElse("").strip();
        if (side.isEmpty() || name.isEmpty()) {
            problems.add("Укажите процессуальное положение и ФИО / наименование участника");
            return;
        }
        boolean resident = post.suffixed("edit-resident").isPresent();
        String idn = post.suffixed("edit-idn").orElse("").strip();
        Contacts contacts = Contacts.of(
                post.suffixed("edit-phone").filter(v -> !v.isBlank()).orElse(null),
                post.suffixed("edit-email").filter(v -> !v.isBlank()).orElse(null),
                post.suffixed("edit-address").filter(v -> !v.isBlank()).orElse(null));
        boolean legal = post.suffixed("edit-personKind").orElse("").equals("LEGAL_ENTITY");
        parse(problems, "ИИН/БИН", () -> {
            Party party = legal
                    ? new Party.LegalEntity(idn.isEmpty() ? null : Bin.ofUnverified(idn), name, resident, contacts)
                    : new Party.Individual(idn.isEmpty() ? null : Iin.ofUnverified(idn), name, resident, contacts);
            wizard.participants.add(new Participant(side.get(), party));
        });
    }

    private void prepare(FilingWizard wizard, UserRecord user, Locale locale) {
        Manifest manifest = Manifest.of(
                wizard.filing(),
                new Manifest.Signer(
                        Iin.ofUnverified(user.iin()), user.bin() == null ? null : Bin.ofUnverified(user.bin())),
                null,
                clock.instant());
        byte[] bytes = manifest.canonicalBytes();
        var uploads = wizard.uploadIds();
        try {
            wizard.xmlToSign = domain.desk.prepareXml(
                    user, new FilingSubmission(Base64.getEncoder().encodeToString(bytes), null, uploads), locale);
        } catch (ProblemException refused) {
            said(wizard, refused);
            return;
        }
        wizard.manifest = manifest;
        wizard.manifestBytes = bytes;
        wizard.uploads = uploads;
        wizard.step = Step.SIGN;
    }

    private void sign(FilingWizard wizard, FormPost post, UserRecord user, Locale locale) throws IOException {
        String signed = post.suffixed("signedXml").orElse("");
        if (signed.isBlank()) {
            wizard.messages.add("Подпишите заявление ЭЦП");
            return;
        }
        FilingDesk.Accepted accepted;
        try {
            accepted = domain.desk.accept(
                    user,
                    wizard.idempotencyKey,
                    FilingSubmission.ofSignedXml(
                            java.util.Objects.requireNonNull(wizard.manifestBytes),
                            signed.getBytes(StandardCharsets.UTF_8),
                            java.util.Objects.requireNonNull(wizard.uploads)),
                    locale);
        } catch (ProblemException refused) {
            said(wizard, refused);
            return;
        }
        wizard.talon = domain.views.talon(accepted.filing());
        wizard.step = Step.DONE;
    }

    /** What the court said about a refused step, as the page says it: every violation, else the detail. */
    private static void said(FilingWizard wizard, ProblemException refused) {
        if (refused.violations().isEmpty()) {
            wizard.messages.add(refused.detail());
            return;
        }
        for (Problem.ProblemViolation v : refused.violations()) {
            wizard.messages.add(v.path() + ": " + (v.message() == null ? v.messageKey() : v.message()));
        }
    }

    private static void parse(List<String> problems, String label, Runnable parse) {
        try {
            parse.run();
        } catch (InvalidValueException e) {
            problems.add(label + ": " + e.getMessage());
        }
    }

    private static Optional<Proceedings> proceedings(String value) {
        return parseEnum(Proceedings.class, value);
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Region> region(String id) {
        for (Region r : Region.values()) {
            if (FilingWizard.regionId(r).equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static void messages(StringBuilder sb, List<String> messages) {
        if (messages.isEmpty()) {
            return;
        }
        sb.append("<ul class=\"rf-msgs\">");
        for (String m : messages) {
            sb.append("<li class=\"rf-msgs-err\"><span class=\"rf-msgs-det\">")
                    .append(esc(m))
                    .append("</span></li>");
        }
        sb.append("</ul>");
    }

    /** A post for a view that is no longer the session's. */
    private static final class ViewExpired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ViewExpired() {
            super("the view has expired", null, false, false);
        }
    }
}
