package kz.officesud.mockserver.internal.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.contract.SignerIdentity;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.Iin;
import kz.officesud.core.validation.FilingValidator;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.ValidationReport;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaRole;
import kz.officesud.signing.SignerIdentities;
import kz.officesud.signing.SignerReport;
import kz.officesud.signing.TrustAnchors;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.VerificationReport;
import kz.officesud.signing.revocation.RevocationPolicy;
import kz.officesud.signing.testnca.TestNca;

/**
 * Every call the court makes into sdk-core and sdk-signing, in one place: the two libraries are written in
 * parallel, so their exact signatures are adapted here only.
 */
public final class Bridge {
    private static final FilingValidator VALIDATOR = FilingValidator.standard();

    private Bridge() {}

    /** The one mapper of the court: the SDK's, so court and client read and write the same JSON. */
    public static ObjectMapper newMapper() {
        return OfficesudJson.newMapper();
    }

    private static final kz.officesud.documents.DocumentInspector INSPECTOR =
            kz.officesud.documents.DocumentInspector.create();

    /**
     * Why a stored document cannot be read under the rules in force on {@code filingDate} (the 2018 rules, seed 004, §24,
     * ground 1): a wrong or disguised format, an empty, truncated, corrupt, password-protected or hostile
     * file. Layout deviations (font, size, spacing) are not a ground for refusal and are not reported.
     * Empty when the document is readable.
     */
    public static List<String> unreadable(ContentSource stored, String fileName, LocalDate filingDate) {
        kz.officesud.documents.DocumentReport report;
        try {
            report = INSPECTOR.inspect(stored, fileName, kz.officesud.documents.RuleSets.inForceOn(filingDate));
        } catch (OfficesudException e) {
            return List.of(fileName + ": cannot be read (" + e.getMessage() + ")");
        }
        List<String> reasons = new ArrayList<>();
        for (kz.officesud.documents.DocumentProblem problem : report.problems()) {
            var kind = problem.kind();
            if (kind == kz.officesud.documents.DocumentProblem.Kind.UNREADABLE
                    || kind == kz.officesud.documents.DocumentProblem.Kind.FORMAT) {
                reasons.add(fileName + ": " + problem);
            }
        }
        return reasons;
    }

    private static final kz.officesud.documents.DocumentText TEXT = kz.officesud.documents.DocumentText.create();

    /** What a stored statement says, read from its text (a DOCX, DOC or PDF); empty when it has no text to read. */
    public static Optional<kz.officesud.core.statement.StatementText> statementText(
            kz.officesud.mockserver.internal.store.BlobStore blobs, String sha256) {
        try {
            return blobs.asFile(sha256, TEXT::read).map(kz.officesud.core.statement.StatementText::of);
        } catch (OfficesudException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Validates as of {@code filingDate} (the rules in force that day). {@code ownTestIdentities}: the IIN and BIN
     * of a filer whose certificate chains to a test anchor (the NCA's test identities fail the checksum), accepted
     * unverified; every other party's IIN and BIN are held to the checksum.
     */
    public static ValidationReport validate(Filing filing, List<String> ownTestIdentities, LocalDate filingDate) {
        ValidationOptions.Builder options = ValidationOptions.builder().filingDate(filingDate);
        ownTestIdentities.forEach(options::acceptUnverifiedIdentity);
        return VALIDATOR.validate(filing, options.build());
    }

    /** Verifies a detached CMS over {@code content} as of {@code at}, and reads who signed. */
    public static SignatureCheck.Outcome check(
            TrustAnchors anchors, RevocationPolicy revocation, Instant at, byte[] cms, byte[] content) {
        return outcome(
                anchors, revocation, at, verifier -> verifier.verifyDetached(cms, new ByteArrayInputStream(content)));
    }

    /** Verifies the enveloped XMLDSig of {@code xml} as of {@code at}, and reads who signed. */
    public static SignatureCheck.Outcome checkXml(
            TrustAnchors anchors, RevocationPolicy revocation, Instant at, byte[] xml) {
        return outcome(anchors, revocation, at, verifier -> verifier.verifyXml(xml));
    }

    private static SignatureCheck.Outcome outcome(
            TrustAnchors anchors,
            RevocationPolicy revocation,
            Instant at,
            java.util.function.Function<CmsVerifier, VerificationReport> verify) {
        VerificationReport report;
        try {
            CmsVerifier verifier = CmsVerifier.builder()
                    .trustAnchors(anchors)
                    .validationTime(at)
                    .revocation(revocation)
                    .build();
            report = verify.apply(verifier);
        } catch (OfficesudException malformed) {
            return new SignatureCheck.Outcome(null, List.of("MALFORMED: " + malformed.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        for (VerificationProblem problem : report.problems()) {
            problems.add(problem.code() + ": " + problem.message());
        }
        if (report.signers().isEmpty()) {
            problems.add("MALFORMED: no signer");
            return new SignatureCheck.Outcome(null, problems);
        }
        if (!report.valid() && problems.isEmpty()) {
            problems.add("SIGNATURE_INVALID: the signature does not hold");
        }
        SignerReport first = report.signers().get(0);
        Optional<Signer> signer = signerOf(first.profile(), first.testAnchor());
        if (signer.isEmpty()) {
            problems.add("NO_IIN: the certificate names no IIN");
            return new SignatureCheck.Outcome(null, problems);
        }
        return new SignatureCheck.Outcome(signer.get(), problems);
    }

    /** The signer a key's certificate names (the court's own test users). */
    public static Signer signerOf(NcaKey key, boolean testAnchor) {
        return signerOf(key.profile(), testAnchor)
                .orElseThrow(() -> new IllegalArgumentException("the certificate names no IIN"));
    }

    private static Optional<Signer> signerOf(CertificateProfile profile, boolean testAnchor) {
        Optional<SignerIdentity> identity = SignerIdentities.of(profile);
        if (identity.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Signer(
                identity.get(),
                fullName(profile),
                profile.organisation().orElse(null),
                testAnchor,
                profile.purposes().contains(KeyPurpose.SIGNING),
                profile.serialNumber()));
    }

    private static String fullName(CertificateProfile profile) {
        StringBuilder name = new StringBuilder();
        profile.surname().ifPresent(name::append);
        profile.givenName()
                .ifPresent(given -> name.append(name.length() > 0 ? " " : "").append(given));
        profile.patronymic().ifPresent(patronymic -> name.append(name.length() > 0 ? " " : "")
                .append(patronymic));
        if (name.length() == 0) {
            return profile.commonName();
        }
        return name.toString();
    }

    /** Test anchors from certificates (the test NCAs of this court's earlier runs). */
    public static TrustAnchors testAnchors(List<X509Certificate> roots, List<X509Certificate> intermediates) {
        return TrustAnchors.of(roots, intermediates).asTest();
    }

    public static NcaKey issueIndividual(TestNca nca, Iin iin, String surname, String givenName, String patronymic) {
        return nca.issueIndividual(iin, surname, givenName, patronymic);
    }

    public static NcaKey issueLegalEntity(
            TestNca nca, Iin iin, Bin bin, String organisation, String surname, String givenName) {
        return nca.issueLegalEntity(iin, bin, organisation, surname, givenName, NcaRole.FIRST_HEAD);
    }

    public static byte[] toPkcs12(TestNca nca, NcaKey key, char[] password) {
        return nca.toPkcs12(key, password);
    }
}
