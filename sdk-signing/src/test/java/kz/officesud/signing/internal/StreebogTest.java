package kz.officesud.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_512Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Streebog} against the examples of GOST R 34.11-2012 (appendix A, also RFC 6986 section 10) and
 * against Bouncy Castle's implementation, byte for byte, on random inputs fed in every way.
 */
class StreebogTest {
    /** Example 1: the 63 bytes of "012345678901234567890123456789012345678901234567890123456789012". */
    private static final byte[] M1 =
            "012345678901234567890123456789012345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

    /** Example 2: 72 bytes, a line of «Слово о полку Игореве» in Windows-1251. */
    private static final byte[] M2 = "Се ветри, Стрибожи внуци, веютъ с моря стрелами на храбрыя плъкы Игоревы"
            .getBytes(Charset.forName("windows-1251"));

    /** The standard writes messages and digests as numbers, most significant byte first: memory is the reverse. */
    private static byte[] standard(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        byte[] reversed = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            reversed[i] = bytes[bytes.length - 1 - i];
        }
        return reversed;
    }

    private static byte[] digest(Digest digest, byte[] data) {
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    @Test
    void messages_ofTheStandard_areWhatItPrints() {
        assertThat(M1)
                .isEqualTo(standard("323130393837363534333231303938373635343332313039383736353433323130393837"
                        + "363534333231303938373635343332313039383736353433323130"));
        assertThat(M2)
                .isEqualTo(standard("fbe2e5f0eee3c820fbeafaebef20fffbf0e1e0f0f520e0ed20e8ece0ebe5f0f2f120fff0"
                        + "eeec20f120faf2fee5e2202ce8f6f3ede220e8e6eee1e8f0f2d1202ce8f0f2e5e220e5d1"));
    }

    @Test
    void example1_512_and_256() {
        assertThat(digest(Streebog.streebog512(), M1))
                .isEqualTo(standard("486f64c1917879417fef082b3381a4e211c324f074654c38823a7b76f830ad00"
                        + "fa1fbae42b1285c0352f227524bc9ab16254288dd6863dccd5b9f54a1ad0541b"));
        assertThat(digest(Streebog.streebog256(), M1))
                .isEqualTo(standard("00557be5e584fd52a449b16b0251d05d27f94ab76cbaa6da890b59d8ef1e159d"));
    }

    @Test
    void example2_512_and_256() {
        assertThat(digest(Streebog.streebog512(), M2))
                .isEqualTo(standard("28fbc9bada033b1460642bdcddb90c3fb3e56c497ccd0f62b8a2ad4935e85f03"
                        + "7613966de4ee00531ae60f3b5a47f8dae06915d5f2f194996fcabf2622e6881e"));
        assertThat(digest(Streebog.streebog256(), M2))
                .isEqualTo(standard("508f7e553c06501d749a66fc28c6cac0b005746d97537fa85d9e40904efed29d"));
    }

    @Test
    void examples_agreeWithBouncyCastle() {
        for (byte[] message : new byte[][] {M1, M2}) {
            assertThat(digest(Streebog.streebog512(), message))
                    .isEqualTo(digest(new GOST3411_2012_512Digest(), message));
            assertThat(digest(Streebog.streebog256(), message))
                    .isEqualTo(digest(new GOST3411_2012_256Digest(), message));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {512, 256})
    void everyLength_upToFiveBlocks_inOnePiece_isBitExactWithBouncyCastle(int bits) {
        SplittableRandom random = new SplittableRandom(bits);
        for (int length = 0; length <= 5 * 64 + 1; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertThat(digest(ours(bits).get(), data))
                    .as("length %d", length)
                    .isEqualTo(digest(theirs(bits).get(), data));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {512, 256})
    void randomInputs_fedInRandomPieces_andByteByByte_areBitExactWithBouncyCastle(int bits) {
        SplittableRandom random = new SplittableRandom(42 + bits);
        Digest ours = ours(bits).get();
        Digest theirs = theirs(bits).get();
        for (int trial = 0; trial < 300; trial++) {
            byte[] data = new byte[random.nextInt(0, 1000)];
            random.nextBytes(data);
            for (int at = 0; at < data.length; ) {
                int piece = random.nextInt(0, 3) == 0 ? 1 : random.nextInt(0, 200);
                piece = Math.min(piece, data.length - at);
                if (piece == 1) {
                    ours.update(data[at]);
                } else {
                    ours.update(data, at, piece);
                }
                at += piece;
            }
            theirs.update(data, 0, data.length);
            // the result at an offset, and the digest reused after doFinal
            byte[] mine = new byte[ours.getDigestSize() + 7];
            assertThat(ours.doFinal(mine, 7)).isEqualTo(ours.getDigestSize());
            byte[] expected = new byte[theirs.getDigestSize()];
            theirs.doFinal(expected, 0);
            assertThat(java.util.Arrays.copyOfRange(mine, 7, mine.length))
                    .as("trial %d, %d bytes", trial, data.length)
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {512, 256})
    void largeStreamedInput_isBitExactWithBouncyCastle(int bits) {
        SplittableRandom random = new SplittableRandom(7);
        Digest ours = ours(bits).get();
        Digest theirs = theirs(bits).get();
        byte[] chunk = new byte[64 * 1024 + 13];
        long total = 0;
        while (total < 24L * 1024 * 1024) {
            random.nextBytes(chunk);
            int length = random.nextInt(1, chunk.length + 1);
            ours.update(chunk, 0, length);
            theirs.update(chunk, 0, length);
            total += length;
        }
        byte[] a = new byte[ours.getDigestSize()];
        byte[] b = new byte[theirs.getDigestSize()];
        ours.doFinal(a, 0);
        theirs.doFinal(b, 0);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void reset_dropsWhatWasFed() {
        Streebog digest = Streebog.streebog512();
        digest.update(M2, 0, M2.length);
        digest.reset();

        assertThat(digest(digest, M1)).isEqualTo(digest(new GOST3411_2012_512Digest(), M1));
    }

    @Test
    void digests_giveItForTheStreebogOids_underTheBouncyCastleNames() {
        Digest kz512 = Digests.create(KzOids.STREEBOG_512).orElseThrow();
        Digest tc26256 = Digests.create(RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256)
                .orElseThrow();

        assertThat(kz512).isInstanceOf(Streebog.class);
        assertThat(kz512.getAlgorithmName()).isEqualTo(new GOST3411_2012_512Digest().getAlgorithmName());
        assertThat(kz512.getDigestSize()).isEqualTo(64);
        assertThat(tc26256).isInstanceOf(Streebog.class);
        assertThat(tc26256.getAlgorithmName()).isEqualTo(new GOST3411_2012_256Digest().getAlgorithmName());
        assertThat(((Streebog) kz512).getByteLength()).isEqualTo(64);
    }

    @Test
    void badBounds_areRefused() {
        Streebog digest = Streebog.streebog512();

        assertThatThrownBy(() -> digest.update(new byte[10], 5, 6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> digest.update(new byte[10], -1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> digest.doFinal(new byte[70], 7)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static Supplier<Digest> ours(int bits) {
        return bits == 512 ? Streebog::streebog512 : Streebog::streebog256;
    }

    private static Supplier<Digest> theirs(int bits) {
        return bits == 512 ? GOST3411_2012_512Digest::new : GOST3411_2012_256Digest::new;
    }
}
