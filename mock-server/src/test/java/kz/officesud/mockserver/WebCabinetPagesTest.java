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
        HttpResponse<String> page = get("/index.xhtml?lang=ru", null);
        String form = first(FORM_ID, page.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":xin", user.login());
        fields.put(form + ":password", user.password());
        fields.put(first(BUTTON, page.body()), "Войти");
        fields.put("javax.faces.ViewState", first(VIEW_STATE, page.body()));
        HttpResponse<String> answer = post("/index.xhtml", cookie(page), fields);
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
}
