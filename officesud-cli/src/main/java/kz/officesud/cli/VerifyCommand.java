package kz.officesud.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kz.officesud.signing.CertificateProfile;
import kz.officesud.signing.CmsVerifier;
import kz.officesud.signing.SignerReport;
import kz.officesud.signing.Timestamp;
import kz.officesud.signing.VerificationProblem;
import kz.officesud.signing.VerificationReport;
import kz.officesud.signing.container.ContainerFile;
import kz.officesud.signing.container.ContainerProblem;
import kz.officesud.signing.container.SignedZipReport;
import kz.officesud.signing.container.SignedZipVerifier;
import kz.officesud.signing.revocation.RevocationStatus;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code officesud verify SIGNATURE}: checks a CMS (attached, or detached over {@code --content}, or over the file
 * beside it whose name the signature's extends: {@code claim.pdf} for {@code claim.pdf.cms}), an XML document's
 * enveloped signatures, or a signed ZIP container — told apart by their bytes — and prints every signer (who the
 * certificate names, its profile, time-stamps, revocation) and every problem. Exit status 0 when the signature
 * holds, 1 when it does not, 2 when it cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false)
final class VerifyCommand implements Callable<Integer> {
    /** Signatures, attached CMS and XML documents are read whole; larger files are no signature. */
    private static final long MAX_SIGNATURE_BYTES = 64L * 1024 * 1024;

    private static final Set<String> SIGNATURE_EXTENSIONS = Set.of("cms", "sig", "p7s", "p7b", "sgn");

    @Parameters(paramLabel = "SIGNATURE", descriptionKey = "verify.signature")
    private @Nullable Path signature;

    @Option(names = "--content", paramLabel = "FILE", descriptionKey = "verify.content")
    private @Nullable Path content;

    @Option(names = "--json", descriptionKey = "verify.json")
    private boolean json;

    @Mixin
    private TrustOptions trust = new TrustOptions();

    private final Context context;

    VerifyCommand(Context context) {
        this.context = context;
    }

    /** What was checked, in a form both outputs print. */
    private record Outcome(
            String kind,
            boolean valid,
            List<SignerReport> signers,
            List<String[]> problems,
            List<ContainerFile> files,
            @Nullable Path content) {}

    @Override
    public Integer call() throws IOException {
        Path file = signature;
        if (file == null || !Files.isRegularFile(file)) {
            throw CliException.usage(context.t("verify.noFile", file));
        }
        if (content != null && !Files.isRegularFile(content)) {
            throw CliException.usage(context.t("verify.noFile", content));
        }
        CmsVerifier verifier = trust.verifier(context);
        Outcome outcome =
                switch (kind(file)) {
                    case "zip" -> zip(file, verifier);
                    case "xml" -> xml(file, verifier);
                    default -> cms(file, verifier);
                };
        if (json) {
            printJson(file, outcome);
        } else {
            print(file, outcome);
        }
        return outcome.valid() ? ExitCode.OK : ExitCode.REFUSED;
    }

    /** {@code zip}, {@code xml} or {@code cms}, by the first bytes. */
    private static String kind(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "zip";
        }
        String text =
                new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return text.startsWith("<") ? "xml" : "cms";
    }

    private Outcome zip(Path file, CmsVerifier verifier) {
        SignedZipReport report =
                SignedZipVerifier.builder().cmsVerifier(verifier).build().verify(file);
        List<String[]> problems = new ArrayList<>();
        for (ContainerProblem p : report.problems()) {
            if (p.code() == ContainerProblem.Code.SIGNATURE_INVALID) {
                continue; // its signature's own problems follow
            }
            problems.add(new String[] {p.code().name(), containerText(p), p.message()});
        }
        report.signatures().forEach(s -> s.report().problems().forEach(p -> problems.add(problem(p))));
        return new Outcome("zip", report.valid(), report.signers(), problems, report.files(), null);
    }

    private Outcome xml(Path file, CmsVerifier verifier) throws IOException {
        VerificationReport report = verifier.verifyXml(read(file));
        return outcome("xml", report, null);
    }

    private Outcome cms(Path file, CmsVerifier verifier) throws IOException {
        byte[] cms = der(read(file));
        if (content != null) {
            try (Progress progress = Progress.forBytes(context, context.t("verify.progress"), Files.size(content));
                    InputStream in = progress.counting(Files.newInputStream(content))) {
                return outcome("cmsDetached", verifier.verifyDetached(cms, in), content);
            }
        }
        VerificationReport attached = verifier.verifyAttached(cms);
        Path beside = beside(file);
        if (attached.has(VerificationProblem.Code.CONTENT_MISSING) && beside != null) {
            context.err().println(context.t("verify.contentBeside", beside));
            try (Progress progress = Progress.forBytes(context, context.t("verify.progress"), Files.size(beside));
                    InputStream in = progress.counting(Files.newInputStream(beside))) {
                return outcome("cmsDetached", verifier.verifyDetached(cms, in), beside);
            }
        }
        return outcome(
                attached.has(VerificationProblem.Code.CONTENT_MISSING) ? "cmsDetached" : "cmsAttached", attached, null);
    }

    private Outcome outcome(String kind, VerificationReport report, @Nullable Path content) {
        List<String[]> problems = report.problems().stream().map(this::problem).toList();
        return new Outcome(kind, report.valid(), report.signers(), problems, List.of(), content);
    }

    /** The file a detached signature {@code claim.pdf.cms} is over: {@code claim.pdf}, when it is there. */
    private static @Nullable Path beside(Path signatureFile) {
        String name = signatureFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || !SIGNATURE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Path data = signatureFile.resolveSibling(name.substring(0, dot));
        return Files.isRegularFile(data) ? data : null;
    }

    private byte[] read(Path file) throws IOException {
        if (Files.size(file) > MAX_SIGNATURE_BYTES) {
            throw CliException.usage(context.t("verify.tooLarge", file, Progress.megabytes(MAX_SIGNATURE_BYTES)));
        }
        return Files.readAllBytes(file);
    }

    /** DER as it is, or the base64 (PEM or bare, as NCALayer returns it) decoded. */
    static byte[] der(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == 0x30) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        String body = text.lines()
                .filter(l -> !l.startsWith("-----"))
                .collect(Collectors.joining())
                .replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return bytes; // not base64: the verifier says it is malformed
        }
    }

    private String[] problem(VerificationProblem p) {
        String signer = p.signerIndex() >= 0 ? context.t("verify.signerN", p.signerIndex() + 1) + ": " : "";
        return new String[] {p.code().name(), signer + p.title(context.locale()) + hint(p.code()), p.message()};
    }

    /** What the command adds to a problem's title: how to give it what it lacks. */
    private String hint(VerificationProblem.Code code) {
        return code == VerificationProblem.Code.CONTENT_MISSING ? "; " + context.t("verify.contentHint") : "";
    }

    private String containerText(ContainerProblem p) {
        return (p.entry().isEmpty() ? "" : p.entry() + ": ") + p.title(context.locale());
    }

    private void print(Path file, Outcome o) {
        var out = context.out();
        out.println(context.t("verify.header", file, context.t("verify.kind." + o.kind())));
        if (o.content() != null) {
            out.println("  " + context.t("verify.over", o.content()));
        }
        for (ContainerFile f : o.files()) {
            out.println("  " + context.t("verify.containerFile", f.name(), Progress.megabytes(f.size())));
        }
        int n = 0;
        for (SignerReport s : o.signers()) {
            n++;
            CertificateProfile p = s.profile();
            out.println(context.t("verify.signerN", n) + ": " + p.commonName() + " — "
                    + context.t(s.valid() ? "verify.signer.valid" : "verify.signer.invalid"));
            p.iin().ifPresent(iin -> out.println("  " + context.t("verify.iin", iin.value())));
            p.organisation().ifPresent(org -> out.println("  " + context.t("verify.organisation", org)));
            p.bin().ifPresent(bin -> out.println("  " + context.t("verify.bin", bin.value())));
            if (!p.roles().isEmpty()) {
                out.println("  " + context.t("verify.roles", p.roles()));
            }
            out.println("  " + context.t("verify.purposes", p.purposes()));
            out.println("  " + context.t("verify.certificate", p.serialNumber(), p.issuer()));
            out.println("  " + context.t("verify.validity", p.notBefore(), p.notAfter()));
            if (s.testAnchor() || p.testNca()) {
                out.println("  " + context.t("verify.test"));
            }
            s.signingTime().ifPresent(t -> out.println("  " + context.t("verify.signingTime", t)));
            s.timestamp().ifPresent(t -> out.println("  " + context.t("verify.timestamp", t.time(), t.policy())));
            s.revocation().ifPresent(r -> out.println("  " + context.t("verify.revocation", revocation(r))));
        }
        if (!o.problems().isEmpty()) {
            out.println(context.t("verify.problems"));
            for (String[] p : o.problems()) {
                out.println("  - " + p[1] + " (" + p[0] + ")");
            }
        }
        out.println(context.t(o.valid() ? "verify.verdict.valid" : "verify.verdict.invalid"));
    }

    private String revocation(RevocationStatus status) {
        if (status instanceof RevocationStatus.Good good) {
            return context.t("verify.revocation.good", good.source());
        }
        if (status instanceof RevocationStatus.Revoked revoked) {
            return context.t("verify.revocation.revoked", revoked.revokedAt(), revoked.reason());
        }
        RevocationStatus.Unknown unknown = (RevocationStatus.Unknown) status;
        return context.t("verify.revocation.unknown", unknown.reason());
    }

    private void printJson(Path file, Outcome o) {
        ObjectNode root = Json.object();
        root.put("signature", file.toString());
        root.put("kind", o.kind());
        if (o.content() != null) {
            root.put("content", o.content().toString());
        }
        root.put("valid", o.valid());
        ArrayNode signers = root.putArray("signers");
        for (SignerReport s : o.signers()) {
            CertificateProfile p = s.profile();
            ObjectNode j = signers.addObject();
            j.put("valid", s.valid());
            j.put("commonName", p.commonName());
            p.iin().ifPresent(iin -> j.put("iin", iin.value()));
            p.bin().ifPresent(bin -> j.put("bin", bin.value()));
            p.organisation().ifPresent(org -> j.put("organisation", org));
            ArrayNode roles = j.putArray("roles");
            p.roles().forEach(r -> roles.add(r.name()));
            ArrayNode purposes = j.putArray("purposes");
            p.purposes().forEach(x -> purposes.add(x.name()));
            j.put("serialNumber", p.serialNumber());
            j.put("issuer", p.issuer());
            j.put("notBefore", p.notBefore().toString());
            j.put("notAfter", p.notAfter().toString());
            j.put("testAnchor", s.testAnchor());
            s.signingTime().ifPresent(t -> j.put("signingTime", t.toString()));
            s.timestamp().ifPresent(t -> timestamp(j.putObject("timestamp"), t));
            s.revocation().ifPresent(r -> j.put("revocation", revocation(r)));
        }
        ArrayNode files = root.putArray("files");
        for (ContainerFile f : o.files()) {
            files.addObject().put("name", f.name()).put("size", f.size()).put("digestMethod", f.digestMethod());
        }
        ArrayNode problems = root.putArray("problems");
        for (String[] p : o.problems()) {
            problems.addObject().put("code", p[0]).put("message", p[1]).put("detail", p[2]);
        }
        Json.print(context, root);
    }

    private static void timestamp(ObjectNode node, Timestamp t) {
        node.put("time", t.time().toString());
        node.put("policy", t.policy());
        node.put("serialNumber", t.serialNumber().toString(16));
    }
}
