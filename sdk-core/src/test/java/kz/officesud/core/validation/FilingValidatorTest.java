package kz.officesud.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import kz.officesud.core.model.Claim;
import org.junit.jupiter.api.Test;

class FilingValidatorTest {

    @Test
    void validate_whenEmptyClaim_reportsEveryMissingPart() {
        ValidationReport report =
                FilingValidator.standard().validate(Claim.builder().build());
        assertThat(report.violations())
                .extracting(Violation::messageKey)
                .contains("court.required", "claim.plaintiff.required", "claim.defendant.required");
    }
}
