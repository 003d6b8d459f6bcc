package kz.officesud.mockserver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseKind;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;

/** Claims for tests: a valid claim by a test user, with small real PDF documents. */
final class TestClaims {
    /** A court that hears civil cases at first instance, as a claim needs. */
    static final String COURT_CODE =
            Courts.standard().hearing(CaseKind.CIVIL_FIRST_INSTANCE).get(0).code();

    private TestClaims() {}

    /** A claim and the bytes of each of its documents. */
    record ClaimWithFiles(Claim claim, Map<Attachment, byte[]> files) {}

    static ClaimWithFiles claimBy(TestUser plaintiff, String text) {
        return claimBy(plaintiff, text, pdf("Исковое заявление. " + text));
    }

    /** A claim whose statement ("исковое заявление.pdf") has exactly these bytes. */
    static ClaimWithFiles claimBy(TestUser plaintiff, String text, byte[] statement) {
        return claimBy(plaintiff, text, "исковое заявление.pdf", statement);
    }

    /** A claim whose statement is {@code statement} under {@code statementName}. */
    static ClaimWithFiles claimBy(TestUser plaintiff, String text, String statementName, byte[] statement) {
        byte[] contract = pdf("Договор подряда. " + text);
        Attachment statementFile = Attachment.of(statementName, ContentSource.ofBytes(statement));
        Attachment contractFile = Attachment.of("договор подряда.pdf", ContentSource.ofBytes(contract));
        Party party = plaintiff.bin() != null
                ? Party.legalEntity(
                        plaintiff.bin(), plaintiff.organisation() == null ? "ТОО" : plaintiff.organisation())
                : Party.individual(plaintiff.iin(), plaintiff.name());
        Claim claim = Claim.builder()
                .court(Courts.standard().byCode(COURT_CODE))
                .proceedings(Proceedings.ACTION)
                .category("142030001200070000")
                .nature("О взыскании задолженности по договору подряда")
                .plaintiff(party)
                .defendant(Party.legalEntity(Bin.random(new SplittableRandom(7)), "ТОО «Ответчик»"))
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.paidOnline(Tenge.of(45_000)))
                .summary("Ответчик не оплатил выполненные работы. " + text)
                .statement(statementFile)
                .attachment(contractFile)
                .build();
        Map<Attachment, byte[]> files = new LinkedHashMap<>();
        files.put(statementFile, statement);
        files.put(contractFile, contract);
        return new ClaimWithFiles(claim, files);
    }

    /** A minimal well-formed one-page PDF showing {@code text} (ASCII-escaped). */
    static byte[] pdf(String text) {
        String shown = text.chars()
                .mapToObj(c -> c < 128 && c != '(' && c != ')' && c != '\\' ? String.valueOf((char) c) : "?")
                .reduce("", String::concat);
        String stream = "BT /F1 12 Tf 72 720 Td (" + shown + ") Tj ET";
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>");
        objects.add("<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
