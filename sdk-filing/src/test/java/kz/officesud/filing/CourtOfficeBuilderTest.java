package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Courts;
import kz.officesud.transport.RetryPolicy;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class CourtOfficeBuilderTest {

    private static CourtOffice.Builder valid() {
        return CourtOffice.builder().baseUrl(URI.create("https://court.example.kz"));
    }

    @Test
    void build_withoutBaseUrl_fails() {
        assertThatThrownBy(() -> CourtOffice.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("baseUrl is required");
    }

    @Test
    void build_rejectsBaseUrlsThatAreNotPlainHttpOrHttps() {
        assertThatThrownBy(() -> CourtOffice.builder()
                        .baseUrl(URI.create("ftp://court.kz"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> CourtOffice.builder()
                        .baseUrl(URI.create("https://court.kz/?x=1"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query");
        assertThatThrownBy(() ->
                        CourtOffice.builder().baseUrl(URI.create("/relative")).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void build_rejectsPlainHttpToAnotherMachine_unlessAllowed() {
        assertThatThrownBy(() -> CourtOffice.builder()
                        .baseUrl(URI.create("http://court.kz"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unencrypted");
        try (CourtOffice local = CourtOffice.builder()
                        .baseUrl(URI.create("http://127.0.0.1:8080"))
                        .build();
                CourtOffice named = CourtOffice.builder()
                        .baseUrl(URI.create("http://localhost:8080"))
                        .build();
                CourtOffice allowed = CourtOffice.builder()
                        .baseUrl(URI.create("http://court.test:8080"))
                        .allowPlainHttp(true)
                        .build()) {
            assertThat(local.baseUrl()).hasToString("http://127.0.0.1:8080");
            assertThat(named).isNotNull();
            assertThat(allowed).isNotNull();
        }
    }

    @Test
    void build_rejectsNegativeTimeoutsAndUnsupportedLanguages() {
        assertThatThrownBy(() -> valid().callTimeout(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> valid().attemptTimeout(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attemptTimeout");
        assertThatThrownBy(() -> valid().locale(Locale.GERMAN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kk, ru or en");
    }

    @Test
    void defaults_areRussianAndTheDocumentedTimeouts() {
        try (CourtOffice office = valid().build()) {
            assertThat(office.locale().getLanguage()).isEqualTo("ru");
            assertThat(office.callTimeout()).isEqualTo(Duration.ofMinutes(15));
            assertThat(office.attemptTimeout()).isEqualTo(Duration.ofMinutes(5));
            assertThat(office.retryPolicy()).isEqualTo(RetryPolicy.defaults());
        }
    }

    @Test
    void toBuilder_keepsTheSettings_andOverridesOnlyWhatIsSet() {
        try (CourtOffice office = valid().locale(Locale.forLanguageTag("kk"))
                        .callTimeout(Duration.ofSeconds(42))
                        .build();
                CourtOffice english = office.toBuilder().locale(Locale.ENGLISH).build()) {
            assertThat(english.callTimeout()).isEqualTo(Duration.ofSeconds(42));
            assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(office.locale().getLanguage()).isEqualTo("kk");
            assertThat(english.baseUrl()).isEqualTo(office.baseUrl());
        }
    }

    @Test
    void close_leavesTheCallersHttpClientOpen() {
        OkHttpClient mine = new OkHttpClient();
        try {
            valid().httpClient(mine).build().close();

            assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
        } finally {
            mine.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void close_shutsTheOwnHttpClientDown_onlyWhenTheLastDerivedOfficeCloses() {
        CourtOffice office = valid().build();
        CourtOffice derived = office.toBuilder().locale(Locale.ENGLISH).build();
        OkHttpClient shared = office.transportClient();
        assertThat(derived.transportClient()).isSameAs(shared);

        office.close();
        assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
        derived.close();
        assertThat(shared.dispatcher().executorService().isShutdown()).isTrue();
        assertThatThrownBy(() -> office.toBuilder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> office.login("123456789011", new char[] {'x'}))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void objectMapper_isCopied_notChanged() {
        ObjectMapper callers = new ObjectMapper();
        int modulesBefore = callers.getRegisteredModuleIds().size();

        try (CourtOffice office = valid().objectMapper(callers).build()) {
            assertThat(office.mapper()).isNotSameAs(callers);
            assertThat(office.mapper().getRegisteredModuleIds()).hasSizeGreaterThan(modulesBefore);
        }
        assertThat(callers.getRegisteredModuleIds()).hasSize(modulesBefore);
    }

    @Test
    void courts_anUpdatedDirectory_readsTheCourtsAnswersNamingItsCourts() throws Exception {
        Courts updated = Courts.standard()
                .plus(Courts.read(
                        new java.io.ByteArrayInputStream("7501||ALMATY|DISTRICT|CIVIL|Тестовый районный суд||\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "test"));
        try (CourtOffice standard = valid().build();
                CourtOffice withUpdate = valid().courts(updated).build();
                CourtOffice withOwnMapper =
                        valid().courts(updated).objectMapper(new ObjectMapper()).build()) {
            assertThat(withUpdate.mapper().readValue("\"7501\"", Court.class).nameRu())
                    .isEqualTo("Тестовый районный суд");
            assertThat(withOwnMapper.mapper().readValue("\"7501\"", Court.class))
                    .isEqualTo(updated.byCode("7501"));
            assertThat(withUpdate.toBuilder().build().mapper().readValue("\"7599\"", Court.class))
                    .isEqualTo(Courts.standard().byCode("7599"));
            assertThatThrownBy(() -> standard.mapper().readValue("\"7501\"", Court.class))
                    .hasMessageContaining("no court with code 7501");
        }
    }
}
