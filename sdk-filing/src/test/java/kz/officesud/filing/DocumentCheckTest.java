package kz.officesud.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.officesud.core.model.Claim;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** By default the office opens every document and judges it by the court's rules before sending anything. */
class DocumentCheckTest extends CourtServerTestBase {

    @Test
    void check_byDefault_reportsAnUnreadableStatement_andFileSendsNothing() throws Exception {
        Claim claim = claim(); // the statement and annex are byte soup behind a %PDF header
        try (CourtOffice checking = officeBuilder().checkDocuments(true).build()) {
            ValidationReport report = checking.check(claim);

            assertThat(report.isValid()).isFalse();
            assertThat(report.violations())
                    .anySatisfy(v -> assertThat(v.messageKey()).startsWith("document."));

            server.enqueue(sessionAnswer());
            CourtSession session = checking.login("123456789011", "pw".toCharArray());
            server.takeRequest();
            int before = server.getRequestCount();
            assertThatThrownBy(() -> session.file(claim, key())).isInstanceOf(ValidationException.class);
            assertThat(server.getRequestCount()).isEqualTo(before);
        }
    }

    @Test
    void check_withDocumentsOff_judgesOnlyTheForm() throws IOException {
        assertThat(office.check(claim()).isValid()).isTrue();
    }

    @Test
    void check_anEmptyStatement_isReportedAsEmpty() throws IOException {
        Path pdf = Files.write(dir.resolve("statement.pdf"), new byte[] {});
        try (CourtOffice checking = officeBuilder().checkDocuments(true).build()) {
            Claim claim = claimBuilder().document(pdf).build();
            assertThat(checking.check(claim).violations())
                    .anySatisfy(v -> assertThat(v.messageKey()).isEqualTo("document.empty"));
        }
    }
}
