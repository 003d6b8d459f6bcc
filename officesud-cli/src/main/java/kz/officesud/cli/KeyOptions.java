package kz.officesud.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import kz.officesud.signing.KeyPurpose;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The NCA key file (PKCS#12) and how its password is had: asked on the console with echo off by default. A password is
 * never taken on the command line (where {@code ps} and the shell's history show it); a file or an environment
 * variable may hold it for scripts, with a warning. The password is wiped as soon as the file is open.
 */
final class KeyOptions {
    /** Password files are one line; anything far larger is not one. */
    private static final int MAX_PASSWORD_FILE = 4096;

    @Option(names = "--p12", paramLabel = "FILE", required = true, descriptionKey = "key.p12")
    private @Nullable Path p12;

    @Option(names = "--alias", paramLabel = "ALIAS", descriptionKey = "key.alias")
    private @Nullable String alias;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "key.passwordFile")
    private @Nullable Path passwordFile;

    @Option(names = "--password-env", paramLabel = "VARIABLE", descriptionKey = "key.passwordEnv")
    private @Nullable String passwordEnv;

    /** Opens the key file, asking for its password. */
    NcaKeyStore open(Context context) {
        Path file = p12;
        if (file == null) {
            throw CliException.usage(context.t("key.missing"));
        }
        if (!Files.isRegularFile(file)) {
            throw CliException.usage(context.t("key.noFile", file));
        }
        char[] password = password(context, file);
        try {
            return NcaKeyStore.open(file, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The key of the store for {@code purpose}, or the one named by {@code --alias}. */
    NcaKey key(NcaKeyStore store, KeyPurpose purpose) {
        if (alias != null) {
            return store.key(alias);
        }
        return purpose == KeyPurpose.SIGNING ? store.signingKey() : store.authenticationKey();
    }

    private char[] password(Context context, Path file) {
        if (passwordFile != null && passwordEnv != null) {
            throw CliException.usage(context.t("key.twoPasswordSources"));
        }
        if (passwordFile != null) {
            context.warn("key.warning.passwordFile", passwordFile);
            return fromFile(context, passwordFile);
        }
        if (passwordEnv != null) {
            context.warn("key.warning.passwordEnv", passwordEnv);
            String value = context.terminal()
                    .env(passwordEnv)
                    .orElseThrow(() -> CliException.usage(context.t("key.noVariable", passwordEnv)));
            return value.toCharArray();
        }
        return context.terminal()
                .readPassword(context.t("key.prompt", file.getFileName()))
                .orElseThrow(() -> CliException.usage(context.t("key.noConsole")));
    }

    /** The first line of the file, without its line end. */
    private static char[] fromFile(Context context, Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_PASSWORD_FILE) {
                throw CliException.usage(context.t("key.passwordFileTooLarge", file));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CliException.usage(context.t("error.io", file + ": " + e.getMessage()));
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] password = new char[end];
            chars.get(password, 0, end);
            Arrays.fill(chars.array(), '\0');
            return password;
        } catch (CharacterCodingException e) {
            throw CliException.usage(context.t("key.passwordFileNotText", file));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
