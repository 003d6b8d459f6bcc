package kz.officesud.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.junit.jupiter.api.Test;

/**
 * A name's values as text. A UTF8String that is not UTF-8 (found by fuzzing: a CRL's issuer, a timestamp signer's
 * name, a WS-Security certificate's subject, where Bouncy Castle's {@code getString} throws an {@code
 * IllegalArgumentException}) reads with U+FFFD for each bad sequence.
 */
class NamesTest {
    @Test
    void wellFormedUtf8_readsAsWritten() {
        X500Name name = new X500NameBuilder()
                .addRDN(Names.SURNAME, new DERUTF8String("ТЕСТОВ"))
                .addRDN(Names.SERIAL_NUMBER, new DERUTF8String("IIN123456789011"))
                .build();

        assertThat(Names.of(name).first(Names.SURNAME)).contains("ТЕСТОВ");
        assertThat(Names.of(name).toString()).isEqualTo("SURNAME=ТЕСТОВ,SERIALNUMBER=IIN123456789011");
    }

    @Test
    void malformedUtf8_readsWithReplacementCharacters_neverThrows() throws IOException {
        // "Т" (D0 A2), then a lone continuation byte, then a two-byte lead without its continuation, then "X"
        ASN1Encodable malformed = ASN1Primitive.fromByteArray(
                new byte[] {0x0C, 0x05, (byte) 0xD0, (byte) 0xA2, (byte) 0x80, (byte) 0xD0, 'X'});
        X500Name name = new X500Name(new RDN[] {new RDN(Names.SURNAME, malformed)});

        assertThat(Names.of(name).first(Names.SURNAME)).contains("Т\uFFFD\uFFFDX");
        assertThat(Names.of(name).toString()).isEqualTo("SURNAME=Т\uFFFD\uFFFDX");
    }

    @Test
    void longUtf8Strings_areCutAfterTheirLongLengthHeader() throws IOException {
        byte[] der = new byte[3 + 200];
        der[0] = 0x0C;
        der[1] = (byte) 0x81;
        der[2] = (byte) 200;
        java.util.Arrays.fill(der, 3, der.length, (byte) 'a');
        der[der.length - 1] = (byte) 0xFF;
        X500Name name = new X500Name(new RDN[] {new RDN(Names.COMMON_NAME, ASN1Primitive.fromByteArray(der))});

        assertThat(Names.of(name).first(Names.COMMON_NAME)).contains("a".repeat(199) + "\uFFFD");
    }

    @Test
    void aNameWhoseAttributeIsNoTypeAndValue_isShownAsItsDer_andAnswersNothing_neverThrows() throws IOException {
        // SEQUENCE { SET { SEQUENCE { } } }: an RDN holding an attribute without its type and value
        byte[] der = {0x30, 0x04, 0x31, 0x02, 0x30, 0x00};
        Names names = Names.of(X500Name.getInstance(ASN1Primitive.fromByteArray(der)));

        assertThat(names.toString()).isEqualTo("#300431023000");
        assertThat(names.all(Names.COMMON_NAME)).isEmpty();
        assertThat(names.first(Names.SERIAL_NUMBER)).isEmpty();
    }
}
