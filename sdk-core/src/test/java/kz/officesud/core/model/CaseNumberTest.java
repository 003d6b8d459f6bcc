package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"7517-21-00-2/6609", "7599-22-00-2а/1489", "6003-25-00-4к/1454(2)", "6001-24-00-6ап/1"})
    void parse_thenFormat_givesTheSameText(String text) {
        CaseNumber number = CaseNumber.parse(text);
        assertThat(number.format()).isEqualTo(text);
        assertThat(number.toString()).isEqualTo(text);
        assertThat(CaseNumber.isValid(text)).isTrue();
    }

    @Test
    void parse_splitsTheParts() {
        assertThat(CaseNumber.parse("7517-21-00-2/6609")).isEqualTo(new CaseNumber("7517", 21, "2", 6609, null));
        CaseNumber appeal = CaseNumber.parse("7599-22-00-2а/1489");
        assertThat(appeal.caseType()).isEqualTo("2\u0430"); // Cyrillic а
        assertThat(appeal.courtCode()).isEqualTo("7599");
        assertThat(appeal.fullYear()).isEqualTo(2022);
        assertThat(appeal.region()).contains(Region.ALMATY);
        CaseNumber cassation = CaseNumber.parse("6003-25-00-4к/1454(2)");
        assertThat(cassation).isEqualTo(new CaseNumber("6003", 25, "4к", 1454, 2));
        assertThat(cassation.suffix()).isEqualTo(2);
        assertThat(cassation.region()).isEmpty(); // republican courts, prefix 60
    }

    @Test
    void parse_ignoresSurroundingWhitespace() {
        assertThat(CaseNumber.parse("  7517-21-00-2/6609\n").format()).isEqualTo("7517-21-00-2/6609");
    }

    @Test
    void format_padsSingleDigitYears() {
        assertThat(new CaseNumber("7517", 5, "2", 12, null).format()).isEqualTo("7517-05-00-2/12");
        assertThat(CaseNumber.parse("7517-05-00-2/12").year()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "7517-21-00-2-6609;caseNumber.slash",
                "7517-21-00-2/66/09;caseNumber.slash",
                "7517-21-2/6609;caseNumber.groups",
                "7517-21-00-00-2/6609;caseNumber.groups",
                "751-21-00-2/6609;caseNumber.courtCode",
                "75A7-21-00-2/6609;caseNumber.courtCode",
                "7517-2021-00-2/6609;caseNumber.year",
                "7517-21-01-2/6609;caseNumber.zeros",
                "7599-22-00-2a/1489;caseNumber.typeLatin",
                "6003-25-00-4k/1454;caseNumber.typeLatin",
                "7599-22-00-2А/1489;caseNumber.type",
                "7599-22-00-а/1489;caseNumber.type",
                "7599-22-00-/1489;caseNumber.type",
                "7517-21-00-2/;caseNumber.sequence",
                "7517-21-00-2/06609;caseNumber.sequence",
                "7517-21-00-2/66x09;caseNumber.sequence",
                "6003-25-00-4к/1454(2;caseNumber.suffix",
                "6003-25-00-4к/1454();caseNumber.suffix",
                "6003-25-00-4к/1454(0);caseNumber.suffix",
                "6003-25-00-4к/1454(2)x;caseNumber.suffix",
            })
    void parse_rejectsAnythingElse_namingWhatIsWrong(String text, String key) {
        assertThat(CaseNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> CaseNumber.parse(text)).isInstanceOfSatisfying(InvalidCaseNumberException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.getMessage()).startsWith("not a case number: '" + text.strip() + "'");
            for (String lang : new String[] {"kk", "ru", "en"}) {
                String message = e.message(Locale.forLanguageTag(lang));
                assertThat(message).as(lang).contains(text.strip()).doesNotContain("{value}");
            }
        });
    }

    @Test
    void parse_latinLetter_saysSo() {
        assertThatThrownBy(() -> CaseNumber.parse("7599-22-00-2a/1489"))
                .hasMessageContaining("Latin")
                .isInstanceOfSatisfying(
                        InvalidCaseNumberException.class,
                        e -> assertThat(e.message(Locale.forLanguageTag("ru"))).contains("латинские"));
    }

    @Test
    void constructor_rejectsImpossibleParts() {
        assertThatThrownBy(() -> new CaseNumber("751", 21, "2", 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber("7517", 100, "2", 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber("7517", 21, "x", 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber("7517", 21, "2", 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber("7517", 21, "2", 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equality_isByParts() {
        assertThat(CaseNumber.parse("6003-25-00-4к/1454(2)"))
                .isEqualTo(CaseNumber.parse("6003-25-00-4к/1454(2)"))
                .hasSameHashCodeAs(CaseNumber.parse("6003-25-00-4к/1454(2)"))
                .isNotEqualTo(CaseNumber.parse("6003-25-00-4к/1454"));
    }
}
