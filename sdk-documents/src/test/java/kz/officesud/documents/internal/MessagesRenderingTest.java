package kz.officesud.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesRenderingTest {
    @ParameterizedTest
    @CsvSource({
        "ru, 1, 0",
        "ru, 2, 1",
        "ru, 4, 1",
        "ru, 5, 2",
        "ru, 11, 2",
        "ru, 12, 2",
        "ru, 14, 2",
        "ru, 21, 0",
        "ru, 22, 1",
        "ru, 25, 2",
        "ru, 101, 0",
        "ru, 111, 2",
        "ru, 1000, 2",
        "ru, 0, 2",
        "en, 1, 0",
        "en, 0, 1",
        "en, 2, 1",
        "en, 21, 1",
        "kk, 1, 0",
        "kk, 5, 0"
    })
    void pluralForms_ofEachLanguage(String language, long n, int form) {
        assertThat(Messages.pluralForm(language, n)).isEqualTo(form);
    }

    @ParameterizedTest
    @CsvSource({
        "0.00004, 0.01",
        "0.0001, 0.01",
        "0.00126, 0.13",
        "0.005, 0.5",
        "0.0099, 0.99",
        "0.01, 1",
        "0.1234, 12.3",
        "0.5, 50",
        "0.9996, 99.9",
        "0.99999, 99.9",
        "1, 100",
        "0, 0"
    })
    void percent_neverShowsZeroForSomething_norAHundredForLessThanAll(double share, String shown) {
        assertThat(Inspection.percent(share)).isEqualTo(shown);
    }
}
