package kz.officesud.filing.live.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.officesud.filing.live.PageChangedException;
import kz.officesud.filing.live.PageMapping;
import kz.officesud.transport.CourtIoException;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final HttpUrl URL = HttpUrl.get("https://office.sud.kz/form/proceedings/claim.xhtml");
    private static final String WIZARD = "<html><body><form id=\"j_idt7\" action=\"/form/proceedings/claim.xhtml\">"
            + "<div id=\"j_idt9\" class=\"wizard\"><h2 class=\"wizard-step\">Шаг 1. Вид судопроизводства</h2>"
            + "<select name=\"j_idt7:edit-proceedingKind\"><option value=\"CIVIL\">Гражданское</option></select>"
            + "<script>var goNext = function(){ RichFaces.ajax(\"j_idt31\", null, {}); };</script>"
            + "<input type=\"submit\" id=\"j_idt31\" name=\"j_idt31\" value=\"Далее\"/></div>"
            + "<input type=\"hidden\" name=\"javax.faces.ViewState\" value=\"1:111\"/></form></body></html>";

    private static Page wizard() {
        return new Page(PageMapping.standard().page("wizard.kind"), WIZARD, URL);
    }

    @Test
    void elements_areFoundByWhatTheyAre_notByTheirIds() {
        Page page = wizard();
        assertThat(page.id("next")).isEqualTo("j_idt31");
        assertThat(page.name("proceedingKind")).isEqualTo("j_idt7:edit-proceedingKind");
        assertThat(page.formId(page.form("heading"))).isEqualTo("j_idt7");
        assertThat(page.viewState(page.form("heading"))).isEqualTo("1:111");
    }

    @Test
    void aPartialResponse_replacesTheUpdatedElement_andRenewsTheViewState() {
        Page page = wizard();
        page.apply(
                "test",
                "<?xml version='1.0' encoding='UTF-8'?><partial-response id=\"j_id1\"><changes>"
                        + "<update id=\"j_idt9\"><![CDATA[<div id=\"j_idt9\"><h2 class=\"wizard-step\">Шаг 2. Сведения о"
                        + " деле</h2><ul><li><span class=\"rf-msgs-det\">Выберите суд</span></li></ul></div>]]></update>"
                        + "<update id=\"j_id1:javax.faces.ViewState:0\"><![CDATA[2:222]]></update>"
                        + "</changes></partial-response>");
        assertThat(page.find("heading").text()).contains("Сведения о деле");
        assertThat(page.messages()).containsExactly("Выберите суд");
        assertThat(page.viewState(page.form("heading"))).isEqualTo("2:222");
    }

    @Test
    void aPartialError_orARedirect_isACourtIoError_sayingWhatHappened() {
        assertThatThrownBy(
                        () -> wizard().apply(
                                        "test",
                                        "<partial-response><error><error-name>"
                                                + "javax.faces.application.ViewExpiredException</error-name></error></partial-response>"))
                .isInstanceOf(CourtIoException.class)
                .hasMessageContaining("ViewExpiredException")
                .hasMessageContaining("log in again");
        assertThatThrownBy(() -> wizard().apply(
                                "test", "<partial-response><redirect url=\"/index.xhtml\"/>" + "</partial-response>"))
                .isInstanceOf(CourtIoException.class)
                .hasMessageContaining("/index.xhtml");
    }

    @Test
    void anElementThePageLacks_isOnePageChangedErrorNamingPageAndElement() {
        Page page = wizard();
        assertThatThrownBy(() -> page.find("docType")).isInstanceOfSatisfying(PageChangedException.class, e -> {
            assertThat(e.page()).isEqualTo("wizard.kind");
            assertThat(e.element()).isEqualTo("docType");
            assertThat(e.getMessage()).contains("field 'edit-docType'");
        });
        assertThatThrownBy(() -> page.apply(
                        "test",
                        "<partial-response><changes><update id=\"gone\">"
                                + "<![CDATA[<div/>]]></update></changes></partial-response>"))
                .isInstanceOf(PageChangedException.class);
    }
}
