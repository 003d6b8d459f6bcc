package kz.officesud.signing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** A distinguished name read attribute by attribute, by OID (the NCA profile's way). */
public final class Names {
    public static final ASN1ObjectIdentifier COMMON_NAME = BCStyle.CN;
    public static final ASN1ObjectIdentifier SURNAME = BCStyle.SURNAME;
    public static final ASN1ObjectIdentifier SERIAL_NUMBER = BCStyle.SERIALNUMBER;
    public static final ASN1ObjectIdentifier COUNTRY = BCStyle.C;
    public static final ASN1ObjectIdentifier ORGANIZATION = BCStyle.O;
    public static final ASN1ObjectIdentifier ORGANIZATIONAL_UNIT = BCStyle.OU;
    public static final ASN1ObjectIdentifier GIVEN_NAME = BCStyle.GIVENNAME;
    public static final ASN1ObjectIdentifier EMAIL = BCStyle.EmailAddress;

    private final X500Name name;

    private Names(X500Name name) {
        this.name = name;
    }

    /**
     * The names of {@code principal}. A name the JDK took in but Bouncy Castle cannot read (an attribute value of a
     * malformed type, a broken time or string inside it) is read from the JDK's RFC 2253 form instead, and failing
     * that is a name with no attribute: no question about it then finds an answer, and nothing throws.
     */
    public static Names of(X500Principal principal) {
        try {
            return new Names(X500Name.getInstance(principal.getEncoded()));
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException unreadable) {
            try {
                return new Names(new X500Name(principal.getName(X500Principal.RFC2253)));
            } catch (IllegalArgumentException | IllegalStateException | ClassCastException alsoUnreadable) {
                return new Names(new X500Name(new org.bouncycastle.asn1.x500.RDN[0]));
            }
        }
    }

    public static Names of(X500Name name) {
        return new Names(name);
    }

    /**
     * Every value of the attribute, in order; none when the name's structure cannot be read (an RDN or an attribute
     * that is no sequence of a type and a value, which Bouncy Castle meets only when asked, since it reads a name
     * lazily).
     */
    public List<String> all(ASN1ObjectIdentifier type) {
        List<String> values = new ArrayList<>();
        try {
            for (RDN rdn : name.getRDNs()) {
                for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
                    if (tv.getType().equals(type)) {
                        values.add(text(tv.getValue()));
                    }
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException | IndexOutOfBoundsException e) {
            return List.of();
        }
        return values;
    }

    public Optional<String> first(ASN1ObjectIdentifier type) {
        return all(type).stream().findFirst();
    }

    /** The 12 digits after {@code prefix} ({@code IIN}, {@code BIN}) in the first value that has them. */
    public Optional<String> prefixed(ASN1ObjectIdentifier type, String prefix) {
        return all(type).stream()
                .filter(v -> v.startsWith(prefix))
                .map(v -> v.substring(prefix.length()))
                .filter(digits -> digits.matches("[0-9]{12}"))
                .findFirst();
    }

    private static String text(ASN1Encodable value) {
        return value instanceof ASN1String s ? text(s) : value.toString();
    }

    /**
     * The string's text; a UTF8String that is not well-formed UTF-8 (Bouncy Castle's {@code getString} throws an
     * {@code IllegalArgumentException} for it) reads with U+FFFD in place of each malformed sequence, as the JDK
     * decodes: a name is read for people and for matching, and the signatures over it decide whether it is genuine.
     */
    static String text(ASN1String value) {
        if (!(value instanceof ASN1UTF8String utf8)) {
            return value.getString();
        }
        try {
            return utf8.getString();
        } catch (IllegalArgumentException malformed) {
            byte[] encoded;
            try {
                encoded = utf8.getEncoded(ASN1Encoding.DER);
            } catch (IOException e) {
                return "\uFFFD";
            }
            // tag, then the length: one byte, or 0x8n and n bytes
            int header = 2 + ((encoded[1] & 0x80) != 0 ? encoded[1] & 0x7f : 0);
            return new String(encoded, header, encoded.length - header, StandardCharsets.UTF_8);
        }
    }

    /**
     * Readable, with the attribute names of RFC 4519 ({@code SURNAME}, {@code GIVENNAME}) and the values as
     * written, nothing escaped ({@code O=АО "ТЕСТ"}, not {@code O=АО \"ТЕСТ\"}): for people and logs, not to
     * be parsed back (read attributes by OID, {@link #all}). A name whose structure cannot be read is shown as
     * {@code #} and the hexadecimal of its DER encoding (the form RFC 4514 gives a value it cannot show as a string).
     */
    @Override
    public String toString() {
        try {
            return readable();
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException | IndexOutOfBoundsException e) {
            try {
                return "#" + org.bouncycastle.util.encoders.Hex.toHexString(name.getEncoded(ASN1Encoding.DER));
            } catch (IOException | RuntimeException alsoUnreadable) {
                return "#";
            }
        }
    }

    private String readable() {
        StringBuilder text = new StringBuilder();
        for (RDN rdn : name.getRDNs()) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            AttributeTypeAndValue[] values = rdn.getTypesAndValues();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('+');
                }
                String label = BCStyle.INSTANCE.oidToDisplayName(values[i].getType());
                text.append(label != null ? label : values[i].getType().getId())
                        .append('=')
                        .append(text(values[i].getValue()));
            }
        }
        return text.toString();
    }
}
