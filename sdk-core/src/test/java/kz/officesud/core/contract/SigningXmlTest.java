package kz.officesud.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import org.junit.jupiter.api.Test;

/** The XML the court prepares for a signature: what it says, and that a changed or hostile XML does not pass. */
class SigningXmlTest {
    private static final Iin IIN = Iin.random(new java.util.SplittableRandom(3));

    private static Manifest manifest() {
        Claim claim = Claim.builder()
                .court("7594")
                .proceedings(Proceedings.ACTION)
                .category("142030001200070000")
                .plaintiff(Party.individual(IIN, "Асанов Болат"))
                .defendant(Party.legalEntity(Bin.random(new java.util.SplittableRandom(1)), "ТОО «Ответчик»"))
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.paidOnline(Tenge.of(15_000), "12345678901234567890"))
                .statement(Attachment.of(
                        "исковое заявление.pdf", ContentSource.ofBytes("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))))
                .build();
        return Manifest.of(claim, new Manifest.Signer(IIN, null), null, Instant.parse("2026-11-23T05:00:00Z"));
    }

    @Test
    void filingXml_namesTheTalonTheFieldsAndEachDocument() {
        byte[] xml = SigningXml.filing("T-2026-000042", manifest());
        String text = new String(xml, StandardCharsets.UTF_8);

        assertThat(SigningXml.talonId(xml)).contains("T-2026-000042");
        assertThat(text)
                .contains("<f1>T-2026-000042</f1>")
                .contains("<court>7594</court>")
                .contains("<field name=\"claimAmount\">1500000.00</field>")
                .contains("<field name=\"stateFee.paymentCode\">12345678901234567890</field>")
                .contains("<name>исковое заявление.pdf</name>");
        assertThat(SigningXml.sameContent(xml, SigningXml.filing("T-2026-000042", manifest())))
                .isTrue();
    }

    @Test
    void sameContent_ignoresTheEnvelopedSignature_butNotAChange() {
        byte[] xml = SigningXml.filing("T-2026-000042", manifest());
        String text = new String(xml, StandardCharsets.UTF_8);
        String signed = text.replace(
                "</filing>",
                "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo/></ds:Signature></filing>");
        String changed = text.replace("1500000.00", "1.00");

        assertThat(SigningXml.sameContent(signed.getBytes(StandardCharsets.UTF_8), xml))
                .isTrue();
        assertThat(SigningXml.sameContent(changed.getBytes(StandardCharsets.UTF_8), xml))
                .isFalse();
        assertThat(SigningXml.sameContent(SigningXml.filing("T-2026-000043", manifest()), xml))
                .isFalse();
    }

    @Test
    void aDtd_isRefused() {
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE f [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<filing><f1>&x;</f1></filing>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(SigningXml.talonId(hostile)).isEmpty();
        assertThat(SigningXml.sameContent(hostile, hostile)).isFalse();
    }

    @Test
    void logInXml_namesItsChallenge() {
        byte[] xml = SigningXml.logIn("c-1", new byte[] {1, 2, 3}, Instant.parse("2026-11-23T05:05:00Z"));

        assertThat(SigningXml.challengeId(xml)).contains("c-1");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<nonce>AQID</nonce>");
    }
}
