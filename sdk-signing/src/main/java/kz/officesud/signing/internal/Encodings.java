package kz.officesud.signing.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import kz.officesud.signing.SignatureFormatException;
import kz.officesud.signing.SignatureFormatException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The encodings CMS, certificates and CRLs arrive in: DER (or BER) as is; base64 text, with or without
 * line breaks, standard or URL-safe alphabet, padding optional (NCALayer returns a CMS as base64, the
 * NCA hands out certificates so); PEM, one block or several ({@code -----BEGIN CERTIFICATE-----},
 * {@code X509 CRL}, {@code PKCS7}, {@code CMS}). A UTF-8 byte order mark is skipped.
 */
public final class Encodings {
    private Encodings() {}

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";

    /** The form the input had. */
    public enum Form {
        DER,
        BASE64,
        PEM
    }

    /**
     * One decoded object.
     *
     * @param label the PEM label ({@code CERTIFICATE}, {@code X509 CRL}, …), or null for DER and base64
     */
    public record Decoded(byte[] der, Form form, @Nullable String label) {}

    /**
     * The first object of the input.
     *
     * @throws SignatureFormatException if the input is empty or in no known encoding
     */
    public static Decoded decode(byte[] input, String what) {
        return decodeAll(input, what).get(0);
    }

    /**
     * Every object of the input: each PEM block, or the one DER or base64 object.
     *
     * @throws SignatureFormatException if the input is empty or in no known encoding
     */
    public static List<Decoded> decodeAll(byte[] input, String what) {
        int start = 0;
        if (input.length >= 3 && (input[0] & 0xff) == 0xef && (input[1] & 0xff) == 0xbb && (input[2] & 0xff) == 0xbf) {
            start = 3;
        }
        while (start < input.length && whitespace(input[start])) {
            start++;
        }
        if (start == input.length) {
            throw new SignatureFormatException(Reason.EMPTY, what + ": the input is empty");
        }
        if (input[start] == 0x30 && looksLikeDer(input, start)) {
            byte[] der = start == 0 ? input : java.util.Arrays.copyOfRange(input, start, input.length);
            return List.of(new Decoded(der, Form.DER, null));
        }
        if (!ascii(input, start)) {
            throw new SignatureFormatException(
                    Reason.UNKNOWN_ENCODING, what + ": neither DER, nor base64 text, nor PEM");
        }
        String text = new String(input, start, input.length - start, StandardCharsets.US_ASCII);
        if (text.contains(BEGIN)) {
            return pem(text, what);
        }
        return List.of(new Decoded(base64(text, what), Form.BASE64, null));
    }

    /** A SEQUENCE tag followed by a plausible length: not base64 text that happens to start with '0'. */
    private static boolean looksLikeDer(byte[] input, int start) {
        if (start + 1 >= input.length) {
            return true; // too short for anything: let the ASN.1 reader say it is truncated
        }
        int length = input[start + 1] & 0xff;
        return length < 0x80 || (length >= 0x81 && length <= 0x84) || length == 0x80;
    }

    private static List<Decoded> pem(String text, String what) {
        List<Decoded> blocks = new ArrayList<>();
        int from = 0;
        for (int begin; (begin = text.indexOf(BEGIN, from)) >= 0; ) {
            int labelEnd = text.indexOf("-----", begin + BEGIN.length());
            if (labelEnd < 0) {
                throw new SignatureFormatException(Reason.MALFORMED, what + ": a PEM BEGIN line is cut off");
            }
            String label = text.substring(begin + BEGIN.length(), labelEnd).strip();
            String endLine = END + label + "-----";
            int end = text.indexOf(endLine, labelEnd + 5); // never inside the BEGIN line itself
            if (end < 0) {
                throw new SignatureFormatException(
                        Reason.MALFORMED, what + ": the PEM block " + label + " has no END line");
            }
            String body = text.substring(labelEnd + 5, end);
            blocks.add(new Decoded(base64(withoutHeaders(body), what), Form.PEM, label));
            from = end + endLine.length();
        }
        return List.copyOf(blocks);
    }

    /** RFC 1421 headers ({@code Proc-Type: …}) before a blank line are not part of the base64 body. */
    private static String withoutHeaders(String body) {
        if (!body.contains(":")) {
            return body;
        }
        StringBuilder kept = new StringBuilder();
        for (String line : body.split("\r?\n")) {
            if (!line.contains(":")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static byte[] base64(String text, String what) {
        StringBuilder compact = new StringBuilder(text.length());
        boolean urlSafe = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '_') {
                urlSafe = true;
            }
            if (!Character.isWhitespace(c)) {
                compact.append(c);
            }
        }
        if (compact.isEmpty()) {
            throw new SignatureFormatException(Reason.EMPTY, what + ": the base64 text is empty");
        }
        try {
            byte[] der = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(withoutPadding(compact));
            if (der.length == 0 || der[0] != 0x30) {
                throw new SignatureFormatException(
                        Reason.UNKNOWN_ENCODING, what + ": the base64 text does not hold an ASN.1 structure");
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw new SignatureFormatException(
                    Reason.UNKNOWN_ENCODING, what + ": neither DER, nor base64 text, nor PEM", e);
        }
    }

    private static String withoutPadding(StringBuilder text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=') {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean whitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean ascii(byte[] input, int start) {
        for (int i = start; i < input.length; i++) {
            if (input[i] < 0x09 || input[i] > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
