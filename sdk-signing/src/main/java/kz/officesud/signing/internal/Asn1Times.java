package kz.officesud.signing.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1UTCTime;

/**
 * UTCTime and GeneralizedTime read without {@code SimpleDateFormat}: the DER forms
 * ({@code YYMMDDHHMMSSZ}, {@code YYYYMMDDHHMMSSZ}) parsed digit by digit, anything else by Bouncy Castle. A CRL
 * has one per entry (400,000 in an NCA CRL) and every CMS signer a signingTime.
 */
public final class Asn1Times {
    private Asn1Times() {}

    /**
     * The instant of a UTCTime or GeneralizedTime.
     *
     * @throws IllegalArgumentException if it is neither, or cannot be read
     */
    public static Instant instant(ASN1Primitive time) {
        try {
            byte[] encoded = time.getEncoded(ASN1Encoding.DER);
            int length = encoded.length - 2;
            if (encoded.length > 2 && encoded[1] == length && encoded[encoded.length - 1] == 'Z') {
                if (time instanceof ASN1UTCTime && length == 13) {
                    int year = digits(encoded, 2, 2);
                    return at(encoded, year + (year >= 50 ? 1900 : 2000), 4);
                }
                if (time instanceof ASN1GeneralizedTime && length == 15) {
                    return at(encoded, digits(encoded, 2, 4), 6);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not the DER form: Bouncy Castle's parser below
        }
        try {
            if (time instanceof ASN1UTCTime utc) {
                return utc.getAdjustedDate().toInstant();
            }
            if (time instanceof ASN1GeneralizedTime generalized) {
                return generalized.getDate().toInstant();
            }
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException("unreadable time", e);
        }
        throw new IllegalArgumentException(
                "not a UTCTime or GeneralizedTime: " + time.getClass().getSimpleName());
    }

    private static Instant at(byte[] encoded, int year, int from) {
        return LocalDateTime.of(
                        year,
                        digits(encoded, from, 2),
                        digits(encoded, from + 2, 2),
                        digits(encoded, from + 4, 2),
                        digits(encoded, from + 6, 2),
                        digits(encoded, from + 8, 2))
                .toInstant(ZoneOffset.UTC);
    }

    private static int digits(byte[] bytes, int offset, int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            int d = bytes[offset + i] - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit");
            }
            value = value * 10 + d;
        }
        return value;
    }
}
