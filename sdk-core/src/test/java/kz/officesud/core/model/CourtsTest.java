package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CourtsTest {

    @Test
    void standard_findsTheAlmatyCityCourtByCode() {
        Court court = Courts.standard().byCode("7599");
        assertThat(court.nameRu()).isEqualTo("Алматинский городской суд");
        assertThat(court.officeId()).isEqualTo(13);
        assertThat(court.region()).isEqualTo(Region.ALMATY);
        assertThat(court.instance()).isEqualTo(CourtInstance.APPEAL);
    }

    @Test
    void byCode_whenUnknown_throwsTypedError() {
        assertThatThrownBy(() -> Courts.standard().byCode("0000"))
                .isInstanceOfSatisfying(
                        UnknownCourtException.class, e -> assertThat(e.code()).isEqualTo("0000"));
        assertThat(Courts.standard().find("0000")).isEmpty();
    }

    @Test
    void regions_areTwenty() {
        assertThat(Region.values()).hasSize(20);
    }
}
