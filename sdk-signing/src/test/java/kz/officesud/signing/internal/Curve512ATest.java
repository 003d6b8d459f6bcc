package kz.officesud.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECGOST3410Signer;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link Curve512A} against Bouncy Castle's generic arithmetic on the same curve: the field operations on
 * random and boundary values, {@code z1·G + z2·Q} on random and special scalars and points, and whole GOST
 * verifications, good and bad, against {@link ECGOST3410Signer}.
 */
class Curve512ATest {
    private static final BigInteger P = BigInteger.ONE.shiftLeft(512).subtract(BigInteger.valueOf(569));
    private static final BigInteger TWO_512 = BigInteger.ONE.shiftLeft(512);
    private static final ECDomainParameters DOMAIN = GostAlgorithm.GOST_2015_512.domain();
    private static final BigInteger N = DOMAIN.getN();

    /** Words below 2^512 (the field's representation: not always below p). */
    private static List<BigInteger> values(Random random) {
        List<BigInteger> values = new ArrayList<>(List.of(
                BigInteger.ZERO,
                BigInteger.ONE,
                BigInteger.TWO,
                BigInteger.valueOf(568),
                BigInteger.valueOf(569),
                P.subtract(BigInteger.ONE),
                P,
                P.add(BigInteger.ONE),
                TWO_512.subtract(BigInteger.ONE),
                TWO_512.subtract(BigInteger.valueOf(570)),
                BigInteger.ONE.shiftLeft(511),
                BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(448).subtract(BigInteger.ONE)));
        for (int i = 0; i < 200; i++) {
            values.add(new BigInteger(512, random));
            // long runs of ones and zeros: the carries' worst cases
            values.add(TWO_512.subtract(BigInteger.ONE)
                    .shiftRight(random.nextInt(512))
                    .shiftLeft(random.nextInt(64))
                    .mod(TWO_512));
        }
        return values;
    }

    private static long[] words(BigInteger value) {
        long[] words = new long[8];
        for (int w = 0; w < 8; w++) {
            words[w] = value.shiftRight(64 * w).longValue();
        }
        return words;
    }

    @Test
    void field_multiplyAddSubtract_agreeWithBigInteger_onRandomAndBoundaryValues() {
        Random random = new Random(512);
        List<BigInteger> values = values(random);
        long[] product = new long[32];
        long[] r = new long[8];
        for (int n = 0; n < 2000; n++) {
            BigInteger a = values.get(random.nextInt(values.size()));
            BigInteger b = values.get(random.nextInt(values.size()));
            Curve512A.Field.multiply(words(a), words(b), r, product);
            assertThat(Curve512A.Field.toBigInteger(r))
                    .as("%s * %s", a, b)
                    .isEqualTo(a.multiply(b).mod(P));
            assertThat(new BigInteger(1, toBytes(r))).as("below 2^512").isLessThan(TWO_512);
            Curve512A.Field.add(words(a), words(b), r);
            assertThat(Curve512A.Field.toBigInteger(r))
                    .as("%s + %s", a, b)
                    .isEqualTo(a.add(b).mod(P));
            Curve512A.Field.subtract(words(a), words(b), r);
            assertThat(Curve512A.Field.toBigInteger(r))
                    .as("%s - %s", a, b)
                    .isEqualTo(a.subtract(b).mod(P));
            assertThat(Curve512A.Field.isZero(words(a))).isEqualTo(a.mod(P).signum() == 0);
        }
    }

    private static byte[] toBytes(long[] words) {
        byte[] bytes = new byte[64];
        for (int w = 0; w < 8; w++) {
            for (int b = 0; b < 8; b++) {
                bytes[63 - 8 * w - b] = (byte) (words[w] >>> (8 * b));
            }
        }
        return bytes;
    }

    @Test
    void sum_agreesWithBouncyCastle_onRandomScalarsAndKeys() {
        SecureRandom random = new SecureRandom();
        for (int n = 0; n < 25; n++) {
            ECPoint q = GostAlgorithm.GOST_2015_512
                    .publicKeyOf((ECPrivateKeyParameters)
                            GostAlgorithm.GOST_2015_512.generateKeyPair(random).getPrivate())
                    .getQ();
            for (int k = 0; k < 4; k++) {
                BigInteger z1 = new BigInteger(512, random).mod(N);
                BigInteger z2 = new BigInteger(512, random).mod(N);
                assertSameSum(z1, q, z2);
            }
        }
    }

    @Test
    void sum_agreesWithBouncyCastle_onSpecialScalarsAndPoints() {
        ECPoint g = DOMAIN.getG();
        BigInteger[] scalars = {
            BigInteger.ZERO,
            BigInteger.ONE,
            BigInteger.TWO,
            BigInteger.valueOf(127),
            BigInteger.valueOf(128),
            N.subtract(BigInteger.ONE),
            N.subtract(BigInteger.TWO),
            N.shiftRight(1),
            BigInteger.ONE.shiftLeft(500)
        };
        ECPoint[] points = {
            g,
            g.negate(),
            g.twice(),
            g.multiply(BigInteger.valueOf(127)).normalize(),
            g.multiply(N.subtract(BigInteger.ONE)).normalize()
        };
        for (ECPoint q : points) {
            for (BigInteger z1 : scalars) {
                for (BigInteger z2 : scalars) {
                    assertSameSum(z1, q, z2);
                }
            }
        }
        // the sum is the point at infinity: z·G + z·(−G)
        assertThat(Curve512A.xOfSum(BigInteger.valueOf(5), g.negate(), BigInteger.valueOf(5)))
                .isNull();
        // and passes through it on the way: the additions meet the same point and its negative
        assertSameSum(BigInteger.valueOf(3), g, BigInteger.valueOf(3));
        assertSameSum(BigInteger.valueOf(3), g.negate(), BigInteger.valueOf(1));
    }

    private static void assertSameSum(BigInteger z1, ECPoint q, BigInteger z2) {
        ECPoint expected =
                ECAlgorithms.sumOfTwoMultiplies(DOMAIN.getG(), z1, q, z2).normalize();
        BigInteger actual = Curve512A.xOfSum(z1, q, z2);
        if (expected.isInfinity()) {
            assertThat(actual).as("%s·G + %s·Q", z1, z2).isNull();
        } else {
            assertThat(actual)
                    .as("%s·G + %s·Q", z1, z2)
                    .isEqualTo(expected.getAffineXCoord().toBigInteger());
        }
    }

    @Test
    void verification_agreesWithBouncyCastlesSigner_onGoodAndBadSignatures() {
        SecureRandom random = new SecureRandom();
        GostAlgorithm gost = GostAlgorithm.GOST_2015_512;
        for (int n = 0; n < 20; n++) {
            ECPrivateKeyParameters privateKey =
                    (ECPrivateKeyParameters) gost.generateKeyPair(random).getPrivate();
            ECPublicKeyParameters publicKey = gost.publicKeyOf(privateKey);
            byte[] hash = new byte[64];
            random.nextBytes(hash);
            byte[] signature = gost.signHash(privateKey, hash, random);
            byte[] flipped = signature.clone();
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            byte[] otherHash = hash.clone();
            otherHash[random.nextInt(64)] ^= 1;
            byte[] zeros = new byte[128];
            byte[] orderS = signature.clone();
            System.arraycopy(
                    Arrays.reverse(org.bouncycastle.util.BigIntegers.asUnsignedByteArray(64, N)), 0, orderS, 64, 64);

            assertThat(gost.verifyHash(publicKey, hash, signature, true)).isTrue();
            assertThat(gost.verifyHash(publicKey, hash, flipped, true))
                    .isEqualTo(bouncyCastle(publicKey, hash, flipped));
            assertThat(gost.verifyHash(publicKey, hash, flipped, true)).isFalse();
            assertThat(gost.verifyHash(publicKey, otherHash, signature, true)).isFalse();
            assertThat(gost.verifyHash(publicKey, hash, zeros, true)).isFalse();
            assertThat(gost.verifyHash(publicKey, hash, orderS, true)).isFalse();
            assertThat(gost.verifyHash(publicKey, hash, GostAlgorithm.reverseByteOrder(signature), false))
                    .isTrue();
        }
    }

    /** What Bouncy Castle's own signer says of an NCA-order signature. */
    private static boolean bouncyCastle(ECPublicKeyParameters key, byte[] hash, byte[] ncaSignature) {
        BigInteger r = new BigInteger(1, Arrays.reverse(Arrays.copyOfRange(ncaSignature, 0, 64)));
        BigInteger s = new BigInteger(1, Arrays.reverse(Arrays.copyOfRange(ncaSignature, 64, 128)));
        ECGOST3410Signer signer = new ECGOST3410Signer();
        signer.init(false, key);
        return signer.verifySignature(hash, r, s);
    }

    @Test
    void covers_onlyParameterSetA() {
        assertThat(Curve512A.covers(DOMAIN)).isTrue();
        assertThat(Curve512A.covers(GostAlgorithm.GOST_2015_256.domain())).isFalse();
        assertThat(Curve512A.covers(GostAlgorithm.GOST_2004.domain())).isFalse();
    }
}
