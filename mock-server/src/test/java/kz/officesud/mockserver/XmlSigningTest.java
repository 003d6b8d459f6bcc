package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.officesud.core.contract.SigningXml;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.wire.FilingView;
import kz.officesud.mockserver.TestClaims.ClaimWithFiles;
import kz.officesud.signing.XmlDsig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signing the live cabinet's way: the court prepares the XML (talon id in f1, the form's fields, each document), the
 * key signs it as an enveloped XMLDSig, the signed XML files the filing; log-in by ЭЦП signs the challenge's XML.
 */
@ExtendWith(NoLeakedCourt.class)
class XmlSigningTest {
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(MONDAY_10)).clerkPolicy(Clerk.Policy.IMMEDIATE));

    private final CourtHttp http = CourtHttp.of(court);

    /** The manifest and uploads of a claim, as both requests carry them. */
    private Map<String, Object> unsigned(String token, ClaimWithFiles claim, TestUser signer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("manifest", Base64.getEncoder().encodeToString(CourtHttp.manifest(claim.claim(), signer)));
        body.put("uploads", http.uploadAll(token, claim.files()));
        return body;
    }

    private JsonNode xmlToSign(String token, Map<String, Object> body) {
        return http.postJson("/api/v1/filings/xml", body, "Authorization", CourtHttp.bearer(token))
                .expect(201)
                .json();
    }

    @Test
    void aFiling_signedAsXml_getsTheTalonItsXmlNamed_andIsRegistered() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        ClaimWithFiles claim = TestClaims.claimBy(user, "xml");
        Map<String, Object> body = unsigned(token, claim, user);

        JsonNode toSign = xmlToSign(token, body);
        byte[] xml = Base64.getDecoder().decode(toSign.path("xml").asText());
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<f1>" + toSign.path("signingId").asText() + "</f1>");
        assertThat(text).contains("исковое заявление.pdf").contains("<field name=\"claimAmount\">1500000.00</field>");
        for (var attachment : claim.files().keySet()) {
            assertThat(text).contains(attachment.sha256().hex()).contains("<size>" + attachment.size() + "</size>");
        }
        byte[] signed = XmlDsig.signEnveloped(user.key(), xml);
        body.put("signedXml", Base64.getEncoder().encodeToString(signed));

        FilingView filed = CourtHttp.MAPPER.readValue(
                http.file(token, "xml-1", body).expect(201).body(), FilingView.class);

        assertThat(filed.talon().number()).isEqualTo(toSign.path("signingId").asText());
        assertThat(SigningXml.talonId(signed)).contains(filed.talon().number());
        assertThat(filed.status()).isEqualTo(FilingStatus.REGISTERED);
        // the same signed XML again, under another key: its talon id is used
        assertThat(http.file(token, "xml-2", body).status()).isEqualTo(400);
    }

    @Test
    void aSignedXml_thatSaysSomethingElse_isRefusedAtOnce() throws Exception {
        TestUser user = court.users().individual();
        String token = http.token(user);
        Map<String, Object> body = unsigned(token, TestClaims.claimBy(user, "xml tampered"), user);
        byte[] xml =
                Base64.getDecoder().decode(xmlToSign(token, body).path("xml").asText());
        String changed = new String(xml, StandardCharsets.UTF_8).replace("1500000.00", "1.00");
        body.put(
                "signedXml",
                Base64.getEncoder()
                        .encodeToString(XmlDsig.signEnveloped(user.key(), changed.getBytes(StandardCharsets.UTF_8))));

        CourtHttp.Reply reply = http.file(token, "xml-tampered", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("code").asText()).isEqualTo("signed_xml_invalid");
    }

    @Test
    void anXmlSignedByAnotherKey_isRefusedAsNotAuthentic() throws Exception {
        TestUser user = court.users().individual();
        TestUser stranger = court.users().individual();
        String token = http.token(user);
        Map<String, Object> body = unsigned(token, TestClaims.claimBy(user, "xml stranger"), user);
        byte[] xml =
                Base64.getDecoder().decode(xmlToSign(token, body).path("xml").asText());
        body.put("signedXml", Base64.getEncoder().encodeToString(XmlDsig.signEnveloped(stranger.key(), xml)));

        FilingView filed = CourtHttp.MAPPER.readValue(
                http.file(token, "xml-stranger", body).expect(201).body(), FilingView.class);

        assertThat(filed.status()).isEqualTo(FilingStatus.refused(RefusalGround.SIGNATURE_NOT_AUTHENTIC));
    }

    @Test
    void logIn_bySigningTheChallengesXml() {
        TestUser user = court.users().legalEntity();
        JsonNode challenge = http.challenge();
        byte[] xml = Base64.getDecoder().decode(challenge.path("xml").asText());
        assertThat(SigningXml.challengeId(xml))
                .contains(challenge.path("challengeId").asText());

        JsonNode session = http.postJson(
                        "/api/v1/sessions/signature",
                        Map.of(
                                "challengeId", challenge.path("challengeId").asText(),
                                "signedXml",
                                        Base64.getEncoder().encodeToString(XmlDsig.signEnveloped(user.key(), xml))))
                .expect(201)
                .json();
        assertThat(session.path("user").path("login").asText()).isEqualTo(user.login());

        JsonNode other = http.challenge();
        byte[] foreign = Base64.getDecoder().decode(challenge.path("xml").asText()); // the first challenge's XML
        assertThat(http.postJson(
                                "/api/v1/sessions/signature",
                                Map.of(
                                        "challengeId", other.path("challengeId").asText(),
                                        "signedXml",
                                                Base64.getEncoder()
                                                        .encodeToString(XmlDsig.signEnveloped(user.key(), foreign))))
                        .status())
                .isEqualTo(401);
    }
}
