package kz.officesud.core.validation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule of a document's file name, which client and court judge alike (a filing's documents, an upload's
 * {@code X-File-Name}): the name identifies the document, and the parties, the judge and the archive save it as a
 * file on their own systems — Windows, macOS, Linux — so it must be a name every one of them can keep as it is.
 *
 * <ul>
 *   <li>{@code document.fileName.required}: not blank.
 *   <li>{@code document.fileName.tooLong}: at most {@value #MAX_UTF8_BYTES} bytes in UTF-8 (a Linux file name's
 *       limit; a Cyrillic or Kazakh letter takes two bytes, so a name in those letters has about 127).
 *   <li>{@code document.fileName.character}: none of the characters Windows reserves ({@code < > : " / \ | ? *}),
 *       no control character (C0, DEL, C1), no Unicode direction control (U+202A–U+202E, U+2066–U+2069, U+200E,
 *       U+200F, U+061C: {@code "отчёт\u202Efdp.exe"} would show as {@code отчётexe.pdf}), no lone surrogate.
 *   <li>{@code document.fileName.trailing}: not ending with a dot or a space (Windows drops them, so {@code "a.pdf."}
 *       would become another document's {@code a.pdf}; {@code "."} and {@code ".."} fall here too).
 *   <li>{@code document.fileName.reserved}: not a Windows device name — {@code CON}, {@code PRN}, {@code AUX},
 *       {@code NUL}, {@code COM0}–{@code COM9}, {@code LPT0}–{@code LPT9} (and {@code COM¹²³}, {@code LPT¹²³},
 *       {@code CONIN$}, {@code CONOUT$}, {@code CLOCK$}), in any case, alone or followed by an extension
 *       ({@code NUL.pdf}, {@code con.tar.gz}) or by spaces before it ({@code "AUX .docx"}): Windows opens the
 *       device, not a file, under such a name.
 * </ul>
 */
public final class FileNames {
    /** The longest file name, in bytes of UTF-8. */
    public static final int MAX_UTF8_BYTES = 255;

    private static final String RESERVED_CHARACTERS = "<>:\"/\\|?*";
    private static final Set<String> DEVICES = devices();

    private FileNames() {}

    /**
     * The message key of the first rule {@code name} breaks (see the class), or empty when it is a good file name.
     */
    public static Optional<String> problem(String name) {
        if (name.isBlank()) {
            return Optional.of("document.fileName.required");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            return Optional.of("document.fileName.tooLong");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean loneSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= name.length() || !Character.isLowSurrogate(name.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (loneSurrogate || forbidden(c)) {
                return Optional.of("document.fileName.character");
            }
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || last == ' ') {
            return Optional.of("document.fileName.trailing");
        }
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        if (DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            return Optional.of("document.fileName.reserved");
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a good file name (no {@link #problem}). */
    public static boolean isValid(String name) {
        return problem(name).isEmpty();
    }

    private static boolean forbidden(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || RESERVED_CHARACTERS.indexOf(c) >= 0
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }

    private static Set<String> devices() {
        java.util.Set<String> out =
                new java.util.HashSet<>(Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"));
        for (String port : new String[] {"COM", "LPT"}) {
            for (char digit : "0123456789\u00B9\u00B2\u00B3".toCharArray()) {
                out.add(port + digit);
            }
        }
        return Set.copyOf(out);
    }
}
