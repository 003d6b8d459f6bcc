package kz.officesud.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411Digest;
import org.bouncycastle.crypto.engines.GOST28147Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Gost34311} against the examples of GOST R 34.11-94 (appendix A, with its test S-box, the one Kalkan
 * uses) and against Bouncy Castle's {@code GOST3411Digest}, byte for byte, on random inputs fed in every
 * way.
 */
class Gost34311Test {
    private static byte[] digest(Digest digest, byte[] data) {
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    private static Digest bouncyCastle(String sBox) {
        return new GOST3411Digest(GOST28147Engine.getSBox(sBox));
    }

    /**
     * The examples of the standard (its appendix A, also RFC 5831), which prints each digest as a number,
     * most significant byte first ({@code faff37a6…c466b1} for the first): these are its bytes as they come.
     */
    @Test
    void examplesOfTheStandard_withItsTestSBox() {
        byte[] example1 = "This is message, length=32 bytes".getBytes(StandardCharsets.US_ASCII);
        byte[] example2 = "Suppose the original message has length = 50 bytes".getBytes(StandardCharsets.US_ASCII);

        assertThat(digest(Gost34311.kalkan(), example1))
                .isEqualTo(HexFormat.of().parseHex("b1c466d37519b82e8319819ff32595e047a28cb6f83eff1c6916a815a637fffa"));
        assertThat(digest(Gost34311.kalkan(), example2))
                .isEqualTo(HexFormat.of().parseHex("471aba57a60a770d3a76130635c1fbea4ef14de51f78b4ae57dd893b62f55208"));
        assertThat(digest(Gost34311.kalkan(), new byte[0]))
                .isEqualTo(HexFormat.of().parseHex("ce85b99cc46752fffee35cab9a7b0278abb4c2d2055cff685af4912c49490f8d"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"D-TEST", "E-A", "Default"})
    void everyLength_upToFiveBlocks_isBitExactWithBouncyCastle(String sBox) {
        SplittableRandom random = new SplittableRandom(sBox.hashCode());
        for (int length = 0; length <= 5 * 32 + 1; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertThat(digest(Gost34311.withSBox(sBox), data))
                    .as("%s, length %d", sBox, length)
                    .isEqualTo(digest(bouncyCastle(sBox), data));
        }
    }

    @Test
    void randomInputs_fedInRandomPieces_andByteByByte_areBitExactWithBouncyCastle() {
        SplittableRandom random = new SplittableRandom(3411);
        Digest ours = Gost34311.kalkan();
        Digest theirs = bouncyCastle("D-TEST");
        for (int trial = 0; trial < 300; trial++) {
            byte[] data = new byte[random.nextInt(0, 700)];
            random.nextBytes(data);
            for (int at = 0; at < data.length; ) {
                int piece = Math.min(random.nextInt(0, 3) == 0 ? 1 : random.nextInt(0, 100), data.length - at);
                if (piece == 1) {
                    ours.update(data[at]);
                } else {
                    ours.update(data, at, piece);
                }
                at += piece;
            }
            theirs.update(data, 0, data.length);
            byte[] mine = new byte[32 + 5];
            assertThat(ours.doFinal(mine, 5)).isEqualTo(32);
            byte[] expected = new byte[32];
            theirs.doFinal(expected, 0);
            assertThat(Arrays.copyOfRange(mine, 5, mine.length))
                    .as("trial %d, %d bytes", trial, data.length)
                    .isEqualTo(expected);
        }
    }

    @Test
    void largeStreamedInput_isBitExactWithBouncyCastle() {
        SplittableRandom random = new SplittableRandom(95);
        Digest ours = Gost34311.kalkan();
        Digest theirs = bouncyCastle("D-TEST");
        byte[] chunk = new byte[64 * 1024 + 5];
        long total = 0;
        while (total < 6L * 1024 * 1024) {
            random.nextBytes(chunk);
            int length = random.nextInt(1, chunk.length + 1);
            ours.update(chunk, 0, length);
            theirs.update(chunk, 0, length);
            total += length;
        }
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        ours.doFinal(a, 0);
        theirs.doFinal(b, 0);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void digests_giveItForTheGost34311Oids() {
        Digest kz = Digests.create(KzOids.GOST_34311_95).orElseThrow();
        Digest cryptoPro = Digests.create(org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers.gostR3411)
                .orElseThrow();

        assertThat(kz).isInstanceOf(Gost34311.class);
        assertThat(cryptoPro).isInstanceOf(Gost34311.class);
        assertThat(kz.getAlgorithmName()).isEqualTo(bouncyCastle("D-TEST").getAlgorithmName());
        assertThat(digest(kz, new byte[] {1, 2, 3})).isEqualTo(digest(bouncyCastle("D-TEST"), new byte[] {1, 2, 3}));
    }

    @Test
    void badBounds_areRefused() {
        Gost34311 digest = Gost34311.kalkan();

        assertThatThrownBy(() -> digest.update(new byte[10], 5, 6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> digest.doFinal(new byte[40], 9)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
