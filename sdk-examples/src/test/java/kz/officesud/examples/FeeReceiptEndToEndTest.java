package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.DocumentRole;
import kz.officesud.core.model.FiledDocument;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.validation.ValidationException;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.FilingView;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.FilingDetails;
import kz.officesud.mockserver.OutgoingAnswer;
import kz.officesud.mockserver.ReferenceCourtExtension;
import kz.officesud.mockserver.TestUser;
import kz.officesud.signing.Cms;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state fee paid with an uploaded receipt: the receipt is a document of the filing like any other — uploaded,
 * judged by the document rules before sending and at the court's dry run, read by the clerk (ground 1), and listed in
 * «Мои дела» with its role beside the statement, the status history, the case's events, the acts and the answers.
 */
class FeeReceiptEndToEndTest {
    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();

    @TempDir
    static Path documents;

    private static TestUser user;
    private static CourtOffice office;

    /** The court is reset before every test: a user of its own, and the clerk who decides at once. */
    @BeforeEach
    void open() {
        court.clerk().immediate();
        user = court.users().individual();
        office = CourtOffice.builder()
                .baseUrl(court.baseUrl())
                .allowPlainHttp(true)
                .validationOptions(ValidationOptions.builder()
                        .acceptUnverifiedIdentity(user.iin().value())
                        .build())
                .build();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        office.close();
    }

    /** A one-page PDF, as a bank's terminal prints a payment receipt. */
    private static byte[] receiptPdf() throws IOException {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 14);
                text.newLineAtOffset(72, 700);
                text.showText("Payment receipt No. 000123, state duty 15000 KZT");
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static Claim claimPaidWith(Attachment receipt, String folder) throws IOException {
        Claim claim = Demo.claim(
                Files.createDirectories(documents.resolve(folder)), user.key().profile(), user.iin());
        return claim.toBuilder()
                .stateFee(StateFee.receipt(Tenge.of(15_000), receipt))
                .build();
    }

    @Test
    void aReceipt_isUploadedAndFiled_andMyCasesShowsEverything() throws IOException {
        Attachment receipt = Attachment.of("Квитанция.pdf", ContentSource.ofBytes(receiptPdf()));
        Claim claim = claimPaidWith(receipt, "paid");
        try (CourtSession session = office.login(user.login(), user.password().toCharArray())) {
            Talon talon = session.file(claim, user.key());
            court.clerk().event(talon.filingId(), CaseEventKind.ACCEPTED, "Иск принят к производству");
            court.clerk()
                    .issueAct(
                            talon.filingId(),
                            JudicialActKind.RULING,
                            "Определение о подготовке дела",
                            "Определение.pdf",
                            "application/pdf",
                            receiptPdf());
            court.clerk().answer(OutgoingAnswer.linkedTo(talon.filingId(), "Ответ суда"));

            FilingDetails details = session.myCases().filing(talon.filingId());

            assertThat(details.documents())
                    .filteredOn(d -> d.role() == DocumentRole.FEE_RECEIPT)
                    .singleElement()
                    .satisfies(d -> {
                        assertThat(d.fileName()).isEqualTo("Квитанция.pdf");
                        assertThat(d.sha256()).isEqualTo(receipt.sha256());
                        assertThat(d.size()).isEqualTo(receipt.size());
                    });
            assertThat(details.documents())
                    .extracting(FiledDocument::role)
                    .contains(DocumentRole.STATEMENT, DocumentRole.ANNEX, DocumentRole.FEE_RECEIPT);
            assertThat(details.statusHistory())
                    .extracting(change -> change.status().state())
                    .containsExactly(FilingState.SENT, FilingState.REGISTERED, FilingState.IN_PROCEEDINGS);
            assertThat(details.events()).extracting(e -> e.kind()).containsExactly(CaseEventKind.ACCEPTED);
            assertThat(details.acts()).extracting(a -> a.title()).containsExactly("Определение о подготовке дела");
            assertThat(details.answers()).extracting(a -> a.text()).containsExactly("Ответ суда");
        }
    }

    @Test
    void aReceiptInAFormatTheRulesDoNotAccept_isAViolationBeforeSending_andAtTheCourtsDryRun() throws IOException {
        Attachment photo = Attachment.of(
                "Квитанция.jpg", ContentSource.ofBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}));
        Claim claim = claimPaidWith(photo, "photo");
        try (CourtSession session = office.login(user.login(), user.password().toCharArray())) {
            assertThatThrownBy(() -> session.file(claim, user.key()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                                    e.report().violations())
                            .extracting(Violation::path)
                            .contains("stateFee.receipt"));
            assertThat(session.dryRun(claim).violations())
                    .extracting(Violation::path)
                    .contains("stateFee.receipt");
        }
    }

    @Test
    void anUnreadableReceipt_sentWithoutTheClientsCheck_isRefusedOnGround1() throws IOException {
        Attachment broken = Attachment.of(
                "Квитанция.pdf", ContentSource.ofBytes("%PDF-1.7 обрыв".getBytes(StandardCharsets.UTF_8)));
        Claim claim = claimPaidWith(broken, "broken");
        RawCourt raw = new RawCourt(court.baseUrl());
        String token = raw.token(user.login(), user.password().toCharArray());
        Map<String, String> uploads = raw.uploadAll(token, claim.documents());
        byte[] manifest = Manifest.of(claim, new Manifest.Signer(user.iin(), null), null, Instant.now())
                .canonicalBytes();

        FilingView filed = raw.file(token, manifest, Cms.signDetached(user.key(), manifest), uploads);

        assertThat(raw.filing(token, filed.filingId()).status())
                .isEqualTo(FilingStatus.refused(RefusalGround.UNREADABLE_ATTACHMENT));
        assertThat(raw.filing(token, filed.filingId()).history().get(1).note()).contains("Квитанция.pdf");
    }
}
