package kz.officesud.filing.live.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.officesud.casesearch.CaseSearch;
import kz.officesud.core.contract.SigningXml;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.wire.HearingView;
import kz.officesud.core.wire.LegitimacyVerdict;
import kz.officesud.filing.RegisteredUser;
import kz.officesud.filing.XmlSigner;
import kz.officesud.filing.internal.Cabinet;
import kz.officesud.filing.internal.CabinetSession;
import kz.officesud.filing.live.LiveCabinet;
import kz.officesud.filing.live.PageMapping;
import kz.officesud.transport.AuthenticationException;
import kz.officesud.transport.CourtIoException;
import kz.officesud.transport.internal.Sleeper;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live cabinet behind {@code CourtOffice}: log-in by password ({@code …:xin}, {@code …:password}, «Войти») and by
 * ЭЦП ({@code #xmlToSign0} signed, posted as {@code …:signedXml}); each log-in is a session with its own cookies. The
 * public pages (the act legitimacy check, hearing schedules, the court directory, case search) are read each in a
 * browser of its own.
 */
public final class WebCabinet implements Cabinet {
    private static final Logger LOG = LoggerFactory.getLogger("kz.officesud.filing.live");

    private final LiveCabinet settings;
    private final OkHttpClient http;
    private final Courts courts;
    private final Clock clock;
    private final Sleeper sleeper;
    private final LiveCaseSearch caseSearch;

    public WebCabinet(LiveCabinet settings, OkHttpClient http, Courts courts, Clock clock, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = Objects.requireNonNull(http, "http");
        this.courts = Objects.requireNonNull(courts, "courts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.caseSearch = new LiveCaseSearch(this);
    }

    PageMapping mapping() {
        return settings.mapping();
    }

    @Override
    public CabinetSession logIn(String login, char[] password) {
        WebClient client = client();
        Page page = open(client, "login");
        Element form = page.form("password");
        Map<String, String> fields = Forms.current(form);
        fields.put(Page.VIEW_STATE, page.viewState(form));
        fields.put(page.name("login"), login);
        fields.put(page.name("password"), new String(password));
        Element submit = page.find("submit");
        fields.put(submit.attr("name"), submit.val());
        try {
            return afterLogIn(
                    client,
                    page,
                    client.post("log in with a password", action(client, page, form), Forms.encode(fields), false),
                    login);
        } finally {
            fields.clear();
        }
    }

    @Override
    public CabinetSession logIn(XmlSigner signer) {
        WebClient client = client();
        Page page = open(client, "login");
        byte[] xml = page.wholeText("xmlToSign").getBytes(StandardCharsets.UTF_8);
        if (SigningXml.challengeId(xml).isEmpty()) {
            // a client never signs what it has not read: this must be the log-in XML of a challenge
            throw new CourtIoException(
                    "the live cabinet's XML to sign for log-in is not a log-in challenge; nothing was" + " signed");
        }
        byte[] signed = signer.signXml(xml);
        Element form = page.form("signedXml");
        Map<String, String> fields = Forms.current(form);
        fields.put(Page.VIEW_STATE, page.viewState(form));
        fields.put(page.name("signedXml"), new String(signed, StandardCharsets.UTF_8));
        Element submit = page.find("keySubmit");
        fields.put(submit.attr("name"), submit.val());
        return afterLogIn(
                client,
                page,
                client.post("log in with a key (XML)", action(client, page, form), Forms.encode(fields), false),
                null);
    }

    private CabinetSession afterLogIn(
            WebClient client, Page loginPage, WebClient.Fetched answer, @Nullable String login) {
        PageMapping.Page services = mapping().page("services");
        if (!answer.url()
                .encodedPath()
                .equals(client.resolve(Objects.requireNonNull(services.path())).encodedPath())) {
            Page again = new Page(loginPage.mapping(), answer.body(), answer.url());
            String said = String.join("; ", again.messages());
            throw new AuthenticationException(
                    "the live cabinet did not log in" + (said.isEmpty() ? "" : ": " + said),
                    answer.status(),
                    "login_refused",
                    said.isEmpty() ? null : said,
                    null);
        }
        Page page = new Page(services, answer.body(), answer.url());
        Element logout = page.find("logout");
        Element profile = page.find("profile");
        String name = page.requiredDefinition(profile, "name");
        String iin = page.requiredDefinition(profile, "iin");
        String bin = page.definition(profile, "bin").orElse(null);
        String organisation = page.definition(profile, "organisation").orElse(null);
        String account = login != null ? login.strip() : (bin != null ? bin : iin);
        RegisteredUser user = new RegisteredUser(
                account,
                account,
                Iin.ofUnverified(iin),
                bin == null ? null : Bin.ofUnverified(bin),
                organisation != null ? organisation : name);
        LOG.debug("logged in to the live cabinet");
        return new LiveSession(this, client, user, name, organisation, client.resolve(logout.attr("href")));
    }

    private Page open(WebClient client, String name) {
        PageMapping.Page map = mapping().page(name);
        String path = map.path();
        if (path == null) {
            throw new IllegalStateException("the page mapping gives no path for page " + name);
        }
        WebClient.Fetched fetched = client.get("open " + name, client.resolve(path));
        return new Page(map, fetched.body(), fetched.url());
    }

    Page openPage(WebClient client, String name) {
        return open(client, name);
    }

    static HttpUrl action(WebClient client, Page page, Element form) {
        String action = form.attr("action");
        return action.isEmpty() ? page.url() : client.resolve(action);
    }

    @Override
    public LegitimacyVerdict checkLegitimacy(String actId, @Nullable Sha256 sha256) {
        return new PageReader(this).legitimacy(client(), actId, sha256);
    }

    @Override
    public List<HearingView> hearings(Court court, LocalDate date) {
        return new PageReader(this).hearings(client(), court, date);
    }

    @Override
    public Courts courtDirectory() {
        return new PageReader(this).directory(client());
    }

    @Override
    public CaseSearch caseSearch() {
        return caseSearch;
    }

    /** A new browser: its own cookies, one request at a time, paced. */
    WebClient client() {
        return new WebClient(http, settings.baseUrl(), settings.userAgent(), settings.pace(), sleeper);
    }

    /** Where the asynchronous forms of the public pages' calls run: OkHttp's dispatcher's executor. */
    java.util.concurrent.Executor executor() {
        return http.dispatcher().executorService();
    }

    Courts courts() {
        return courts;
    }

    Clock clock() {
        return clock;
    }

    LiveCabinet settings() {
        return settings;
    }
}
