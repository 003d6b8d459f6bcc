package kz.officesud.signing.container;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for names inside a signed container, one copy for the writer and the verifier: a name is a
 * relative path with {@code /} between segments that no extracting tool can turn into a path outside its
 * folder or onto another file's name.
 */
final class EntryNames {
    static final String META_INF = "META-INF/";
    static final String MANIFEST = META_INF + "NCAManifest.xml";
    static final String SIGNATURE_PREFIX = META_INF + "signature-";
    static final String SIGNATURE_SUFFIX = ".cms";
    private static final int SHOWN = 120;

    private EntryNames() {}

    /**
     * Why {@code name} is unsafe, or empty when it is safe. A directory entry's single trailing {@code /}
     * is not part of the name checked.
     */
    static Optional<String> unsafe(String name) {
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (path.isEmpty()) {
            return Optional.of("an empty name");
        }
        if (path.startsWith("/")) {
            return Optional.of("an absolute path");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("a backslash (a Windows path separator)");
        }
        if (path.indexOf(':') >= 0) {
            return Optional.of("a colon (a drive letter or an NTFS stream)");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return Optional.of("a control character");
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                // "claim", U+202E (right-to-left override), "fdp.exe" shows as "claimexe.pdf"
                return Optional.of("a text-direction control character (it shows as another name)");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("a '" + segment + "' segment (path traversal)");
            }
            if (segment.isEmpty()) {
                return Optional.of("an empty path segment");
            }
            char last = segment.charAt(segment.length() - 1);
            if (last == '.' || last == ' ') {
                return Optional.of("a segment ending in a dot or a space (Windows drops them)");
            }
        }
        return Optional.empty();
    }

    /** What two names that one file system would take for the same file have in common. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Whether the name lies in {@code META-INF/}, which the container format reserves. */
    static boolean reserved(String name) {
        return key(name).startsWith(key(META_INF));
    }

    /** The name as a message may show it: control characters replaced, very long names shortened. */
    static String shown(String name) {
        StringBuilder out = new StringBuilder(Math.min(name.length(), SHOWN + 1));
        for (int i = 0; i < name.length() && i < SHOWN; i++) {
            char c = name.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        if (name.length() > SHOWN) {
            out.append('…');
        }
        return out.toString();
    }
}
