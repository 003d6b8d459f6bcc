package kz.officesud.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {
    @Test
    void message_isChosenByLocale() {
        DocumentViolation v = DocumentViolation.of(
                DocumentProblem.TOO_LARGE, Map.of("fileName", "иск.pdf", "size", "25", "limit", "20"));
        assertThat(v.message(Locale.forLanguageTag("ru")))
                .isEqualTo("Размер файла «иск.pdf» — 25 МБ; предел — 20 МБ на файл.");
        assertThat(v.message(Locale.forLanguageTag("kk-KZ")))
                .isEqualTo("«иск.pdf» файлының көлемі — 25 МБ; бір файлдың шегі — 20 МБ.");
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("«иск.pdf» is 25 MB; the limit is 20 MB a file.");
        assertThat(v.message(Locale.FRENCH)).isEqualTo(v.message(Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ru", "_kk"})
    void everyProblem_hasAMessageInEveryLanguage_withTheFileName(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("Messages" + suffix + ".properties")) {
            assertThat(in).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (DocumentProblem problem : DocumentProblem.values()) {
            assertThat(p.getProperty(problem.messageKey()))
                    .as(problem.messageKey() + " in Messages" + suffix)
                    .isNotBlank()
                    .contains("{fileName}");
        }
    }

    @Test
    void messageKeys_areCamelCase() {
        assertThat(DocumentProblem.XML_DTD_FORBIDDEN.messageKey()).isEqualTo("document.xmlDtdForbidden");
        assertThat(DocumentProblem.TOO_LARGE.messageKey()).isEqualTo("document.tooLarge");
    }
}
