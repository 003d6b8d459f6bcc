package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The court's web cabinet as a browser meets it: XHTML with a view state, sessions by cookie, JSF posts and RichFaces
 * partial posts, a stale view refused (and a file posted with it not stored), pages of a logged-in user closed to
 * others. The client that drives these pages is tested end to end in sdk-examples.
 */
@ExtendWith(NoLeakedCourt.class)
class WebCabinetPagesTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess().onDisk();

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"javax\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ID = Pattern.compile("<form id=\"(j_idt\\d+)\"");
    private static final Pattern BUTTON = Pattern.compile("name=\"(j_idt\\d+)\" id=\"j_idt\\d+\" value=\"Войти\"");

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(court.baseUrl().resolve(path.substring(1)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(court.baseUrl().resolve(path.substring(1)))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }

    private String logIn(TestUser user) throws Exception {
        return logIn(http, court, user);
    }

    /** Logs {@code user} in to the web cabinet with a password, as a browser does: the session cookie. */
    static String logIn(HttpClient http, ReferenceCourtExtension court, TestUser user) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(court.baseUrl().resolve("index.xhtml?lang=ru"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String form = first(FORM_ID, page.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":xin", user.login());
        fields.put(form + ":password", user.password());
        fields.put(first(BUTTON, page.body()), "Войти");
        fields.put("javax.faces.ViewState", first(VIEW_STATE, page.body()));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(court.baseUrl().resolve("index.xhtml"))
                        .header("Cookie", cookie(page))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue("/form/proceedings/services.xhtml");
        return cookie(answer);
    }

    @Test
    void theLogInPage_isXhtmlWithAViewState_anEmailTypeLogin_andTheXmlToSignForEcp() throws Exception {
        HttpResponse<String> page = get("/index.xhtml?lang=ru", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(cookie(page)).startsWith("JSESSIONID=");
        assertThat(page.body())
                .contains("name=\"javax.faces.ViewState\"")
                .containsPattern(":xin\" type=\"email\"")
                .contains("id=\"xmlToSign0\"")
                .contains("&lt;challengeId&gt;");
    }

    @Test
    void aLoggedInUsersPages_sendOthersToTheLogIn_andShowTheProfileToTheUser() throws Exception {
        assertThat(get("/form/proceedings/services.xhtml", null).headers().firstValue("Location"))
                .hasValue("/index.xhtml");
        assertThat(get("/form/cases/mycases.xhtml", "JSESSIONID=forged").statusCode())
                .isEqualTo(302);
        TestUser user = court.users().individual();
        String session = logIn(user);
        HttpResponse<String> services = get("/form/proceedings/services.xhtml", session);
        assertThat(services.statusCode()).isEqualTo(200);
        assertThat(services.body()).contains("Выйти").contains(user.iin().value());
        assertThat(get("/logout.xhtml", session).statusCode()).isEqualTo(302);
        assertThat(get("/form/proceedings/services.xhtml", session).statusCode())
                .isEqualTo(302);
    }

    @Test
    void aLogInPostedWithAStaleViewState_isRefusedWithThePageSayingSo() throws Exception {
        TestUser user = court.users().individual();
        HttpResponse<String> page = get("/index.xhtml?lang=ru", null);
        String form = first(FORM_ID, page.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form + ":xin", user.login());
        fields.put(form + ":password", user.password());
        fields.put(first(BUTTON, page.body()), "Войти");
        fields.put("javax.faces.ViewState", "1:1");
        HttpResponse<String> answer = post("/index.xhtml", cookie(page), fields);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Сеанс устарел");
    }

    @Test
    void aPartialPostWithAStaleView_getsViewExpired_andAFilePostedWithIt_isNotStored() throws Exception {
        TestUser user = court.users().individual();
        String session = logIn(user);
        HttpResponse<String> wizard = get("/form/proceedings/claim.xhtml", session);
        assertThat(wizard.body()).contains("goNext = function(){ RichFaces.ajax(");
        String form = first(FORM_ID, wizard.body());

        Map<String, String> stale = new LinkedHashMap<>();
        stale.put(form, form);
        stale.put("javax.faces.ViewState", "1:1");
        stale.put("javax.faces.partial.ajax", "true");
        HttpResponse<String> answer = post("/form/proceedings/claim.xhtml", session, stale);
        assertThat(answer.body()).contains("<partial-response").contains("ViewExpiredException");

        long blobsBefore = files(court.dataDirectory());
        String boundary = "b0undary";
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"javax.faces.ViewState\"\r\n\r\n1:1\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + form + ":edit-claimFile\"; filename=\"иск.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 not stored\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> upload = http.send(
                HttpRequest.newBuilder(URI.create(court.baseUrl() + "form/proceedings/claim.xhtml"))
                        .header("Cookie", session)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(multipart))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.body()).contains("ViewExpiredException");
        assertThat(files(court.dataDirectory())).isEqualTo(blobsBefore);

        // the page's own view state moves the wizard on: the step is re-rendered as a partial update
        Map<String, String> step = new LinkedHashMap<>();
        step.put(form, form);
        step.put(form + ":edit-proceedingKind", "CIVIL");
        step.put("javax.faces.ViewState", first(VIEW_STATE, wizard.body()));
        step.put("javax.faces.source", "j_idt0");
        step.put("javax.faces.partial.ajax", "true");
        HttpResponse<String> partial = post("/form/proceedings/claim.xhtml", session, step);
        assertThat(partial.body())
                .contains("<changes><update id=\"j_idt")
                .contains("<update id=\"j_id1:javax.faces.ViewState:0\">");
    }

    @Test
    void aPartialPostOutsideASession_isSentToTheLogIn() throws Exception {
        HttpResponse<String> answer = post("/form/proceedings/claim.xhtml", "JSESSIONID=none", Map.of("a", "b"));
        assertThat(answer.body()).contains("<redirect url=\"/index.xhtml\"/>");
    }

    private static long files(Path directory) throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theReadingPages_ofAnAccountAreClosedToOthers_andThePublicOnesOpenToAnyone() throws Exception {
        assertThat(get("/form/courtActs/index.xhtml", null).headers().firstValue("Location"))
                .hasValue("/index.xhtml");
        assertThat(get("/form/courtActs/download?uid=ACT-1&filing=F-1", null).statusCode())
                .isEqualTo(302);
        String session = logIn(court.users().individual());
        HttpResponse<String> acts = get("/form/courtActs/index.xhtml", session);
        assertThat(acts.statusCode()).isEqualTo(200);
        assertThat(acts.body())
                .contains("<th>SHA-256</th>")
                .contains(":edit-category")
                .contains(":edit-period");
        // another's or no act: not found, never a file
        assertThat(get("/form/courtActs/download?uid=ACT-1&filing=F-1", session).statusCode())
                .isEqualTo(404);

        HttpResponse<String> directory = get("/gis", null);
        assertThat(directory.statusCode()).isEqualTo(200);
        assertThat(directory.body()).contains("<td>7517</td>").contains("Медеуский");
        for (String page : new String[] {"/new/legitimacy/index.xhtml", "/new/scheduleOfCases/index.xhtml"}) {
            HttpResponse<String> answer = get(page, null);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.body()).as(page).contains("name=\"javax.faces.ViewState\"");
            assertThat(cookie(answer)).startsWith("JSESSIONID=");
        }
    }

    @Test
    void anonymousVisitsBeyondTheSessionCap_leaveASignedInUserSignedIn() throws Exception {
        String session = logIn(court.users().individual());
        // the cabinet keeps at most 10,000 anonymous sessions: a visit to a public page opens one
        for (int i = 0; i < 10_050; i++) {
            HttpResponse<String> visit = get("/new/legitimacy/index.xhtml", null);
            assertThat(visit.statusCode()).isEqualTo(200);
        }

        HttpResponse<String> acts = get("/form/courtActs/index.xhtml", session);
        assertThat(acts.statusCode()).isEqualTo(200);
        assertThat(acts.body()).contains("<th>SHA-256</th>");
    }

    private static final Pattern SEARCH_BUTTON =
            Pattern.compile("goNext = function\\(\\)\\{ RichFaces\\.ajax\\(\"(j_idt\\d+)\"");
    private static final Pattern CAPTCHA_ID = Pattern.compile(":captchaId\" value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("javax\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private Map<String, String> search(String form, String button, String viewState, String answer) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":edit-num", "7517-26-00-2/999999");
        fields.put(form + ":edit-captcha", answer);
        fields.put("javax.faces.ViewState", viewState);
        fields.put("javax.faces.source", button);
        fields.put("javax.faces.partial.ajax", "true");
        fields.put(button, button);
        return fields;
    }

    @Test
    void theCaseSearch_showsACaptchaWithEverySearch_aWrongAnswerGetsAFreshOne_theRightOneSearches() throws Exception {
        HttpResponse<String> page = get("/form/lawsuit/", null);
        String session = cookie(page);
        assertThat(page.body())
                .contains("src=\"data:image/png;base64,")
                .contains(":edit-district")
                .contains(":edit-fio");
        String form = first(FORM_ID, page.body());
        String button = first(SEARCH_BUTTON, page.body());
        String challenge = first(CAPTCHA_ID, page.body());

        HttpResponse<String> wrong =
                post("/form/lawsuit/", session, search(form, button, first(VIEW_STATE, page.body()), "nonsense"));
        assertThat(wrong.body()).contains("<partial-response").contains("Неверно введён код с картинки");
        String fresh = first(CAPTCHA_ID, wrong.body());
        assertThat(fresh).isNotEqualTo(challenge);
        // the used-up picture answers nothing, even rightly read
        assertThat(court.court().observation().challengeAnswer(challenge)).isEmpty();

        String viewState = first(PARTIAL_VIEW_STATE, wrong.body());
        assertThat(post("/form/lawsuit/", session, search(form, button, "1:1", "000000"))
                        .body())
                .contains("ViewExpiredException");
        String read = court.court().observation().challengeAnswer(fresh).orElseThrow();
        HttpResponse<String> right = post("/form/lawsuit/", session, search(form, button, viewState, read));
        assertThat(right.body())
                .doesNotContain("Неверно введён код")
                .contains("<th>Номер дела</th>")
                .contains(":captchaId");
    }
}
