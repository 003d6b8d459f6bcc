package kz.officesud.filing.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageMappingTest {
    private static String bundled() throws IOException {
        try (InputStream in = PageMapping.class.getResourceAsStream(PageMapping.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PageMapping read(String json) {
        return PageMapping.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void theBundledMapping_describesEveryPageTheAdapterDrives() {
        PageMapping mapping = PageMapping.standard();
        assertThat(mapping.pageNames())
                .contains("login", "services", "myCases", "wizard.kind", "wizard.sign", "wizard.done");
        assertThat(mapping.page("login").element("password"))
                .isEqualTo(new PageMapping.Locator("css", "form input[type=password]", false));
        assertThat(mapping.page("wizard.payment").element("totalSum").value()).isEqualTo("edit-totalSum");
    }

    @Test
    void aCopyOfTheBundledMapping_withALocatorCorrected_isLoaded() throws IOException {
        PageMapping mapping = read(bundled().replace("{\"button\": \"Войти\"}", "{\"button\": \"Кіру\"}"));
        assertThat(mapping.page("login").element("submit").value()).isEqualTo("Кіру");
        assertThat(mapping.source()).isEqualTo("test.json");
    }

    @Test
    void aMappingLackingAnElement_isRefusedNamingIt() throws IOException {
        String json = bundled().replace("\"password\": {\"css\": \"form input[type=password]\"},", "");
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("login.password");
    }

    @Test
    void aLocatorWithTwoKinds_orAScriptWithoutAGroup_isRefused() throws IOException {
        assertThatThrownBy(() -> read(
                        bundled().replace("{\"button\": \"Войти\"}", "{\"button\": \"Войти\", \"css\": \"input\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("login.submit")
                .hasMessageContaining("exactly one of");
        assertThatThrownBy(() -> read(bundled()
                        .replace(
                                "\"courtPanel\": {\"script\": \"\\\"render\\\":\\\"([^\\\"]+)\\\"\"}",
                                "\"courtPanel\": {\"script\": \"render\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no group");
    }

    @Test
    void notAMapping_isRefused() {
        assertThatThrownBy(() -> read("{\"pages\": {}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"version\": 1");
        assertThatThrownBy(() -> read("<html/>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void anElementTheMappingDoesNotName_isAPageChangedError() {
        assertThatThrownBy(() -> PageMapping.standard().page("login").element("captcha"))
                .isInstanceOfSatisfying(PageChangedException.class, e -> {
                    assertThat(e.page()).isEqualTo("login");
                    assertThat(e.element()).isEqualTo("captcha");
                });
    }

    @Test
    void theWizardsServices_areData_checkedWhenTheMappingIsLoaded() throws IOException {
        PageMapping.Page kind = PageMapping.standard().page("wizard.kind");
        assertThat(kind.text("steps.LETTER")).isEqualTo("wizard.case wizard.documents");
        assertThat(kind.text("instance.APPEAL")).isEqualTo("APPEAL");
        // a step the adapter does not drive, or steps out of the wizard's order
        assertThatThrownBy(() -> read(bundled()
                        .replace(
                                "\"steps.LETTER\": \"wizard.case wizard.documents\"",
                                "\"steps.LETTER\": \"wizard.case wizard.letter\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steps.LETTER")
                .hasMessageContaining("'wizard.letter'");
        assertThatThrownBy(() -> read(bundled()
                        .replace(
                                "\"steps.MOTION\": \"wizard.case wizard.participants wizard.documents\"",
                                "\"steps.MOTION\": \"wizard.participants wizard.case wizard.documents\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steps.MOTION");
        // a service added with its steps but without its document type
        assertThatThrownBy(() -> read(bundled()
                        .replace(
                                "\"steps.LETTER\":",
                                "\"steps.PETITION\": \"wizard.case wizard.documents\",\n"
                                        + "        \"steps.LETTER\":")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service PETITION lacks wizard.kind.texts.docType.PETITION");
    }
}
