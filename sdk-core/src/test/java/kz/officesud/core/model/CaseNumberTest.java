package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"7517-21-00-2/6609", "7599-22-00-2а/1489", "6003-25-00-4к/1454(2)"})
    void parse_thenFormat_givesTheSameText(String text) {
        assertThat(CaseNumber.parse(text).format()).isEqualTo(text);
    }
}
