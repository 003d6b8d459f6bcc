package kz.officesud.signing.container;

import java.util.Locale;
import java.util.Objects;
import kz.officesud.signing.internal.ProblemTitles;

/**
 * One reason a signed ZIP container does not hold, with a short English explanation and a
 * {@linkplain #title(java.util.Locale) title} for the user in Kazakh, Russian or English. The {@link Code}
 * is what programs branch on; the message is for logs and developers and never quotes file contents.
 *
 * @param code what is wrong
 * @param entry the ZIP entry or manifest reference concerned (as the archive names it, shortened if
 *     very long), or {@code ""} for the container as a whole
 * @param message what was found
 */
public record ContainerProblem(Code code, String entry, String message) {

    public ContainerProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(message, "message");
    }

    /**
     * What this problem's code means, for the user, in Kazakh ({@code kk}), Russian ({@code ru}) or English (any
     * other language). {@link #message()} is the developer's detail and stays English.
     */
    public String title(Locale locale) {
        return code.title(locale);
    }

    /** What is wrong. */
    public enum Code {
        /**
         * Not a ZIP archive, or one that readers could see differently: truncated, a damaged central
         * directory, local headers that disagree with it, overlapping entries, bytes no entry accounts for
         * (a hidden entry a streaming reader would extract), a multi-volume archive.
         */
        MALFORMED_ZIP,
        /** More entries than the limits allow. */
        TOO_MANY_ENTRIES,
        /**
         * An entry that expands beyond the limits: its size, the total of all entries, a compression ratio
         * no document reaches, or more bytes than its header declares.
         */
        ZIP_BOMB,
        /**
         * A name that would escape or confuse the folder it is extracted into: {@code ../}, an absolute
         * path ({@code /}, {@code C:\}), a backslash, a colon, control or text-direction characters, empty,
         * {@code .} or {@code ..} segments, a segment ending in a dot or a space.
         */
        UNSAFE_NAME,
        /** Two entries, or two manifest references, with the same name (ignoring case). */
        DUPLICATE_NAME,
        /** An encrypted entry: its bytes cannot be checked. */
        ENCRYPTED_ENTRY,
        /** An entry compressed other than stored or deflated (Deflate64, bzip2, LZMA...). */
        UNSUPPORTED_ENTRY,
        /** An entry whose bytes do not match its own CRC-32 or length, or whose deflate data is broken. */
        DAMAGED_ENTRY,
        /** No {@code META-INF/NCAManifest.xml}: nothing in the archive is signed. */
        MANIFEST_MISSING,
        /** The manifest is not the NCAManifest structure (not XML, a DTD, unknown elements, bad base64...). */
        MANIFEST_MALFORMED,
        /** The manifest names no signature, or a signature entry it names is not in the archive. */
        SIGNATURE_MISSING,
        /** A signature over the manifest does not hold (its {@link ContainerSignature#report()} says why). */
        SIGNATURE_INVALID,
        /** The manifest names a digest method this SDK does not accept. */
        UNSUPPORTED_DIGEST,
        /** A file's bytes differ from the digest the manifest records for it: the file was changed. */
        FILE_CHANGED,
        /** The manifest lists a file the archive does not hold. */
        FILE_MISSING,
        /** The archive holds a file the manifest does not list: it is not signed. */
        EXTRA_FILE;

        /** What the code means, for the user, in kk, ru or en: see {@link ContainerProblem#title(Locale)}. */
        public String title(Locale locale) {
            return ProblemTitles.get("container." + name(), locale);
        }
    }

    @Override
    public String toString() {
        return code + (entry.isEmpty() ? "" : " [" + entry + "]") + ": " + message;
    }
}
