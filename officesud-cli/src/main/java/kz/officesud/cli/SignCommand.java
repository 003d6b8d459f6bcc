package kz.officesud.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import kz.officesud.signing.Cms;
import kz.officesud.signing.HttpTransport;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;
import kz.officesud.signing.TsaClient;
import kz.officesud.signing.XmlDsig;
import kz.officesud.signing.container.SignedZip;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code officesud sign}: signs files with an NCA key file — a detached CMS beside each file ({@code FILE.cms}, as
 * Kalkan and NCALayer make them), an attached CMS, an enveloped XMLDSig, or a signed ZIP container of several files —
 * or adds a signer to an existing signature ({@code --cosign}). Optionally time-stamped (CAdES-T). Outputs appear
 * whole or not at all.
 */
@Command(name = "sign", mixinStandardHelpOptions = true, sortOptions = false)
final class SignCommand implements Callable<Integer> {
    /** An attached CMS holds its content in memory; larger content is signed detached. */
    private static final long MAX_ATTACHED_BYTES = 64L * 1024 * 1024;
    /** XML is parsed whole in memory. */
    private static final long MAX_XML_BYTES = 64L * 1024 * 1024;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "sign.files")
    private List<Path> files = List.of();

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private @Nullable Form form;

    /** The form of the signature: one of these, detached CMS when none. */
    static final class Form {
        @Option(names = "--attached", descriptionKey = "sign.attached")
        boolean attached;

        @Option(names = "--xml", descriptionKey = "sign.xml")
        boolean xml;

        @Option(names = "--zip", descriptionKey = "sign.zip")
        boolean zip;
    }

    @Option(names = "--cosign", descriptionKey = "sign.cosign")
    private boolean cosign;

    @Option(names = "--content", paramLabel = "FILE", descriptionKey = "sign.content")
    private @Nullable Path content;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            descriptionKey = "sign.output")
    private @Nullable Path output;

    @Option(names = "--tsa", paramLabel = "URL", descriptionKey = "sign.tsa")
    private @Nullable URI tsa;

    @Option(names = "--force", descriptionKey = "sign.force")
    private boolean force;

    @Mixin
    private KeyOptions key = new KeyOptions();

    private final Context context;

    SignCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        boolean zip = form != null && form.zip;
        boolean xml = form != null && form.xml;
        boolean attached = form != null && form.attached;
        if (files.size() > 1 && output != null && !zip) {
            throw CliException.usage(context.t("sign.oneOutput"));
        }
        if (cosign && (files.size() != 1 || xml)) {
            throw CliException.usage(context.t("sign.cosignOne"));
        }
        if (content != null && !cosign) {
            throw CliException.usage(context.t("sign.contentOnlyCosign"));
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw CliException.usage(context.t("sign.noFile", file));
            }
        }
        @Nullable
        TsaClient timestamps = tsa == null
                ? null
                : TsaClient.builder()
                        .uri(tsa)
                        .transport(HttpTransport.jdk(Duration.ofSeconds(30)))
                        .build();
        try (NcaKeyStore store = key.open(context)) {
            NcaKey signer = key.key(store, KeyPurpose.SIGNING);
            if (zip) {
                Path target = cosign ? output(files.get(0), "-cosigned") : zipOutput();
                refuseOverwrite(target);
                if (cosign) {
                    SignedZip.CoSigning co = SignedZip.coSigning(files.get(0)).signer(signer);
                    if (timestamps != null) {
                        co.timestamp(timestamps);
                    }
                    co.writeTo(target);
                } else {
                    SignedZip.Builder builder = SignedZip.builder().signer(signer);
                    files.forEach(builder::add);
                    if (timestamps != null) {
                        builder.timestamp(timestamps);
                    }
                    builder.writeTo(target);
                }
                context.out().println(context.t("sign.written", target));
                return ExitCode.OK;
            }
            for (Path file : files) {
                Path target;
                byte[] signed;
                if (xml) {
                    target = output != null ? output : output(file, "-signed");
                    signed = XmlDsig.signEnveloped(signer, read(file, MAX_XML_BYTES));
                } else if (cosign) {
                    target = output(file, "-cosigned");
                    byte[] cms = read(file, MAX_ATTACHED_BYTES);
                    if (content != null) {
                        try (InputStream in = counted(content)) {
                            signed = Cms.addSigner(cms, signer, in);
                        }
                    } else {
                        signed = Cms.addSigner(cms, signer);
                    }
                } else {
                    target = output != null ? output : file.resolveSibling(file.getFileName() + ".cms");
                    if (attached) {
                        signed = Cms.signAttached(signer, read(file, MAX_ATTACHED_BYTES));
                    } else {
                        try (InputStream in = counted(file)) {
                            signed = Cms.signDetached(signer, in);
                        }
                    }
                }
                if (timestamps != null && !xml) {
                    signed = Cms.addTimestamp(signed, timestamps);
                }
                write(target, signed);
                context.out().println(context.t("sign.written", target));
            }
            return ExitCode.OK;
        }
    }

    /** The file's bytes, read through a progress bar when large. */
    private InputStream counted(Path file) throws IOException {
        long size = Files.size(file);
        Progress progress = Progress.forBytes(context, context.t("sign.progress") + " " + file.getFileName(), size);
        InputStream in = progress.counting(Files.newInputStream(file));
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    progress.close();
                }
            }
        };
    }

    private byte[] read(Path file, long limit) throws IOException {
        if (Files.size(file) > limit) {
            throw CliException.usage(context.t("sign.tooLarge", file, Progress.megabytes(limit)));
        }
        return Files.readAllBytes(file);
    }

    private Path zipOutput() {
        if (output != null) {
            return output;
        }
        if (files.size() == 1) {
            return files.get(0).resolveSibling(files.get(0).getFileName() + ".zip");
        }
        throw CliException.usage(context.t("sign.zipOutput"));
    }

    /** {@code -o}, else {@code name<suffix>.ext} beside {@code file}. */
    private Path output(Path file, String suffix) {
        if (output != null) {
            return output;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix);
    }

    private void refuseOverwrite(Path target) {
        if (Files.exists(target) && !force) {
            throw CliException.usage(context.t("sign.exists", target));
        }
    }

    /** Writes beside the target and moves into place: the signature appears whole or not at all. */
    private void write(Path target, byte[] bytes) throws IOException {
        refuseOverwrite(target);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".officesud-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
