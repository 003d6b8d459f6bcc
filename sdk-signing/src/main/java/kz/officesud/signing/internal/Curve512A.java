package kz.officesud.signing.internal;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.cryptopro.ECGOST3410NamedCurves;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.PreCompInfo;
import org.bouncycastle.math.ec.WNafUtil;
import org.jspecify.annotations.Nullable;

/**
 * {@code z1·G + z2·Q} on the GOST R 34.10-2012 512-bit curve of TC26 parameter set A (the NCA's GOST-2015
 * keys), for checking signatures: the arithmetic of Bouncy Castle's generic prime-field curve spends most of
 * a verification allocating and reducing {@link BigInteger}s, this does the same sums on eight 64-bit words.
 *
 * <p>The field is p = 2<sup>512</sup> − 569, so reducing a 1024-bit product is folding its upper half
 * times 569 into the lower. Elements are kept below 2<sup>512</sup> (not always below p) until read out.
 * Points are Jacobian; the curve has a = −3 (doubling in 3 multiplications and 5 squarings); additions take
 * affine points from tables (7 multiplications and 4 squarings): the odd multiples of G up to 127·G, made once,
 * and of Q up to 15·Q, made by Bouncy Castle's point arithmetic the first time a key is used and kept on the
 * key's point (as Bouncy Castle keeps its own). Both scalars are written in window NAF (Bouncy Castle's
 * {@link WNafUtil}) and walked together, so the 512 doublings are shared.
 *
 * <p>Only for verifying: nothing secret goes through it, so nothing here needs to run in constant time.
 * Every result is checked against Bouncy Castle's {@code ECAlgorithms.sumOfTwoMultiplies} in the tests.
 */
public final class Curve512A {
    private static final int C = 569;
    private static final long MASK = 0xffffffffL;
    private static final int WIDTH_G = 8;
    private static final int WIDTH_Q = 5;
    private static final String PRECOMP = "kz.officesud.signing.Curve512A";

    private static final X9ECParameters PARAMETERS =
            ECGOST3410NamedCurves.getByOIDX9(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA);
    private static final BigInteger P = BigInteger.ONE.shiftLeft(512).subtract(BigInteger.valueOf(C));
    private static final Table G_TABLE = table(PARAMETERS.getG(), WIDTH_G);

    static {
        ECCurve curve = PARAMETERS.getCurve();
        if (!curve.getField().getCharacteristic().equals(P)
                || !curve.getA().toBigInteger().equals(P.subtract(BigInteger.valueOf(3)))) {
            throw new ExceptionInInitializerError("TC26 512-bit parameter set A is not p = 2^512 - 569, a = -3");
        }
    }

    private Curve512A() {}

    /** Whether these are the domain parameters of TC26 512-bit set A (whatever OID names them). */
    public static boolean covers(ECDomainParameters domain) {
        return domain.getCurve().equals(PARAMETERS.getCurve())
                && domain.getG().equals(PARAMETERS.getG())
                && domain.getN().equals(PARAMETERS.getN());
    }

    /**
     * The affine x coordinate of {@code z1·G + z2·Q}, reduced mod p; null when the sum is the point at
     * infinity.
     *
     * @param z1 at least 0, below the group order
     * @param z2 at least 0, below the group order
     * @param q a point of this curve (a public key)
     */
    public static @Nullable BigInteger xOfSum(BigInteger z1, ECPoint q, BigInteger z2) {
        Table qTable = qTable(q);
        byte[] nafG = WNafUtil.generateWindowNaf(WIDTH_G, z1);
        byte[] nafQ = WNafUtil.generateWindowNaf(WIDTH_Q, z2);
        Jacobian r = new Jacobian();
        for (int i = Math.max(nafG.length, nafQ.length) - 1; i >= 0; i--) {
            r.twice();
            if (i < nafG.length && nafG[i] != 0) {
                r.add(G_TABLE, nafG[i]);
            }
            if (i < nafQ.length && nafQ[i] != 0) {
                r.add(qTable, nafQ[i]);
            }
        }
        return r.affineX();
    }

    /** The odd multiples of Q, made once per key and kept on its point. */
    private static Table qTable(ECPoint q) {
        PreCompInfo info =
                q.getCurve().precompute(q, PRECOMP, existing -> existing instanceof Table t ? t : table(q, WIDTH_Q));
        return (Table) info;
    }

    /** P, 3P, …, (2^(width−1) − 1)P, affine, and each one's −y. */
    private static Table table(ECPoint point, int width) {
        int count = 1 << (width - 2);
        ECPoint[] points = new ECPoint[count];
        points[0] = point.normalize();
        ECPoint twice = point.twice();
        for (int i = 1; i < count; i++) {
            points[i] = points[i - 1].add(twice);
        }
        point.getCurve().normalizeAll(points);
        long[][] x = new long[count][];
        long[][] y = new long[count][];
        long[][] minusY = new long[count][];
        for (int i = 0; i < count; i++) {
            x[i] = Field.of(points[i].getAffineXCoord().toBigInteger());
            BigInteger py = points[i].getAffineYCoord().toBigInteger();
            y[i] = Field.of(py);
            minusY[i] = Field.of(py.signum() == 0 ? py : P.subtract(py));
        }
        return new Table(x, y, minusY);
    }

    /** Affine points to add: entry {@code i} is (2i + 1) times the point. */
    private record Table(long[][] x, long[][] y, long[][] minusY) implements PreCompInfo {}

    /** A point in Jacobian coordinates (X / Z², Y / Z³), with the scratch space its sums need. */
    private static final class Jacobian {
        private final long[] x = new long[8];
        private final long[] y = new long[8];
        private final long[] z = new long[8];
        private boolean infinity = true;
        private final long[] product = new long[32];
        private final long[] t1 = new long[8];
        private final long[] t2 = new long[8];
        private final long[] t3 = new long[8];
        private final long[] t4 = new long[8];
        private final long[] t5 = new long[8];
        private final long[] t6 = new long[8];

        /** dbl-2001-b for a = −3: δ = Z², γ = Y², β = Xγ, α = 3(X − δ)(X + δ). */
        void twice() {
            if (infinity) {
                return;
            }
            long[] delta = t1;
            long[] gamma = t2;
            long[] beta = t3;
            long[] alpha = t4;
            Field.square(z, delta, product);
            Field.square(y, gamma, product);
            Field.multiply(x, gamma, beta, product);
            Field.subtract(x, delta, t5);
            Field.add(x, delta, t6);
            Field.multiply(t5, t6, alpha, product);
            Field.add(alpha, alpha, t5);
            Field.add(alpha, t5, alpha);
            // Z3 = (Y + Z)² − γ − δ
            Field.add(y, z, t5);
            Field.square(t5, z, product);
            Field.subtract(z, gamma, z);
            Field.subtract(z, delta, z);
            // X3 = α² − 8β
            Field.add(beta, beta, beta);
            Field.add(beta, beta, beta);
            Field.square(alpha, x, product);
            Field.subtract(x, beta, x);
            Field.subtract(x, beta, x);
            // Y3 = α(4β − X3) − 8γ²
            Field.subtract(beta, x, t5);
            Field.multiply(alpha, t5, y, product);
            Field.square(gamma, t6, product);
            Field.add(t6, t6, t6);
            Field.add(t6, t6, t6);
            Field.add(t6, t6, t6);
            Field.subtract(y, t6, y);
            if (Field.isZero(z)) {
                infinity = true;
            }
        }

        /** Adds digit·P from {@code table} (digit odd, negative for −P): madd-2007-bl. */
        void add(Table table, byte digit) {
            int index = (Math.abs(digit) - 1) >>> 1;
            long[] px = table.x[index];
            long[] py = digit > 0 ? table.y[index] : table.minusY[index];
            if (infinity) {
                System.arraycopy(px, 0, x, 0, 8);
                System.arraycopy(py, 0, y, 0, 8);
                Arrays.fill(z, 0);
                z[0] = 1;
                infinity = false;
                return;
            }
            long[] z1z1 = t1;
            long[] h = t2;
            long[] rr = t3;
            Field.square(z, z1z1, product);
            Field.multiply(px, z1z1, h, product); // U2
            Field.subtract(h, x, h); // H = U2 − X1
            Field.multiply(z, z1z1, t4, product);
            Field.multiply(py, t4, rr, product); // S2
            Field.subtract(rr, y, rr);
            Field.add(rr, rr, rr); // r = 2(S2 − Y1)
            if (Field.isZero(h)) {
                if (Field.isZero(rr)) {
                    twice(); // the same point: double it
                } else {
                    infinity = true; // its negative
                }
                return;
            }
            long[] hh = t4;
            long[] i = t5;
            long[] j = t6;
            Field.square(h, hh, product);
            Field.add(hh, hh, i);
            Field.add(i, i, i); // I = 4HH
            Field.multiply(h, i, j, product); // J = H·I
            // Z3 = (Z1 + H)² − Z1Z1 − HH
            Field.add(z, h, z);
            Field.square(z, z, product);
            Field.subtract(z, z1z1, z);
            Field.subtract(z, hh, z);
            long[] v = i;
            Field.multiply(x, i, v, product); // V = X1·I
            // Y1·J, needed after X3 replaces X1
            long[] y1j = t1;
            Field.multiply(y, j, y1j, product);
            // X3 = r² − J − 2V
            Field.square(rr, x, product);
            Field.subtract(x, j, x);
            Field.subtract(x, v, x);
            Field.subtract(x, v, x);
            // Y3 = r(V − X3) − 2·Y1·J
            Field.subtract(v, x, t2);
            Field.multiply(rr, t2, y, product);
            Field.subtract(y, y1j, y);
            Field.subtract(y, y1j, y);
            if (Field.isZero(z)) {
                infinity = true;
            }
        }

        @Nullable
        BigInteger affineX() {
            if (infinity) {
                return null;
            }
            BigInteger zInverse = Field.toBigInteger(z).modInverse(P);
            long[] inverse = Field.of(zInverse);
            Field.square(inverse, t1, product);
            Field.multiply(x, t1, t2, product);
            return Field.toBigInteger(t2);
        }
    }

    /**
     * Arithmetic mod p = 2<sup>512</sup> − 569 on eight words, least significant first. Results are below
     * 2<sup>512</sup>; {@link #toBigInteger} and {@link #isZero} reduce fully. Outputs may be inputs.
     */
    static final class Field {
        private Field() {}

        static long[] of(BigInteger value) {
            BigInteger reduced = value.mod(P);
            long[] words = new long[8];
            for (int w = 0; w < 8; w++) {
                words[w] = reduced.shiftRight(64 * w).longValue();
            }
            return words;
        }

        static BigInteger toBigInteger(long[] a) {
            long[] r = a.clone();
            reduceFully(r);
            byte[] bytes = new byte[64];
            for (int w = 0; w < 8; w++) {
                long word = r[w];
                for (int b = 0; b < 8; b++) {
                    bytes[63 - 8 * w - b] = (byte) (word >>> (8 * b));
                }
            }
            return new BigInteger(1, bytes);
        }

        static boolean isZero(long[] a) {
            long[] r = a.clone();
            reduceFully(r);
            long any = 0;
            for (long word : r) {
                any |= word;
            }
            return any == 0;
        }

        /** Below p: a value in [p, 2^512) gets p taken off (adding 569 then carries out of the top). */
        private static void reduceFully(long[] a) {
            long[] plusC = new long[8];
            long carry = C;
            for (int w = 0; w < 8; w++) {
                long s = a[w] + carry;
                carry = Long.compareUnsigned(s, a[w]) < 0 ? 1 : 0;
                plusC[w] = s;
            }
            if (carry != 0) {
                System.arraycopy(plusC, 0, a, 0, 8);
            }
        }

        static void add(long[] a, long[] b, long[] r) {
            long carry = 0;
            for (int w = 0; w < 8; w++) {
                long x = a[w];
                long y = b[w];
                long s = x + y + carry;
                carry = ((x & y) | ((x | y) & ~s)) >>> 63;
                r[w] = s;
            }
            // 2^512 = 569 mod p: each carry out of the top comes back as 569
            while (carry != 0) {
                carry = addSmall(r, C);
            }
        }

        static void subtract(long[] a, long[] b, long[] r) {
            long borrow = 0;
            for (int w = 0; w < 8; w++) {
                long x = a[w];
                long y = b[w];
                long d = x - y - borrow;
                borrow = ((~x & y) | (~(x ^ y) & d)) >>> 63;
                r[w] = d;
            }
            // a borrow out of the top added 2^512 = 569 mod p: take 569 off for each
            while (borrow != 0) {
                borrow = subtractSmall(r, C);
            }
        }

        /** r += small; the carry out of the top. */
        private static long addSmall(long[] r, long small) {
            long s = r[0] + small;
            long carry = Long.compareUnsigned(s, small) < 0 ? 1 : 0;
            r[0] = s;
            for (int w = 1; w < 8 && carry != 0; w++) {
                r[w] += 1;
                carry = r[w] == 0 ? 1 : 0;
            }
            return carry;
        }

        /** r −= small; the borrow out of the top. */
        private static long subtractSmall(long[] r, long small) {
            long before = r[0];
            r[0] = before - small;
            long borrow = Long.compareUnsigned(before, small) < 0 ? 1 : 0;
            for (int w = 1; w < 8 && borrow != 0; w++) {
                borrow = r[w] == 0 ? 1 : 0;
                r[w] -= 1;
            }
            return borrow;
        }

        /** r = a² mod p (below 2^512): each cross product once, counted twice. */
        static void square(long[] a, long[] r, long[] scratch) {
            long[] halves = scratch;
            Arrays.fill(halves, 0);
            for (int i = 0; i < 8; i++) {
                long x = a[i];
                for (int j = i + 1; j < 8; j++) {
                    long y = a[j];
                    long lo = x * y;
                    long hi = Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
                    int k = 2 * (i + j);
                    halves[k] += (lo & MASK) << 1;
                    halves[k + 1] += (lo >>> 32) << 1;
                    halves[k + 2] += (hi & MASK) << 1;
                    halves[k + 3] += (hi >>> 32) << 1;
                }
                long lo = x * x;
                long hi = Math.multiplyHigh(x, x) + ((x >> 63) & x) + ((x >> 63) & x);
                int k = 4 * i;
                halves[k] += lo & MASK;
                halves[k + 1] += lo >>> 32;
                halves[k + 2] += hi & MASK;
                halves[k + 3] += hi >>> 32;
            }
            carryAndReduce(halves, r);
        }

        /**
         * r = a·b mod p (below 2^512); {@code scratch} is 32 words. Each 128-bit partial product is added
         * into the sums of its 32-bit columns as four halves, so no sum overflows (at most 32 halves of
         * 32 bits each) and nothing carries until all are in: the 64 products are independent of each
         * other, not one long chain of carries.
         */
        static void multiply(long[] a, long[] b, long[] r, long[] scratch) {
            long[] halves = scratch;
            Arrays.fill(halves, 0);
            for (int i = 0; i < 8; i++) {
                long x = a[i];
                for (int j = 0; j < 8; j++) {
                    long y = b[j];
                    long lo = x * y;
                    long hi = Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
                    int k = 2 * (i + j);
                    halves[k] += lo & MASK;
                    halves[k + 1] += lo >>> 32;
                    halves[k + 2] += hi & MASK;
                    halves[k + 3] += hi >>> 32;
                }
            }
            carryAndReduce(halves, r);
        }

        /** The 32 column sums carried into 16 words, then reduced. */
        private static void carryAndReduce(long[] halves, long[] r) {
            long carry = 0;
            for (int w = 0; w < 16; w++) {
                long v = halves[2 * w] + carry;
                long word = v & MASK;
                v = (v >>> 32) + halves[2 * w + 1];
                halves[w] = word | v << 32;
                carry = v >>> 32;
            }
            reduce(halves, r);
        }

        /** r = t mod p, below 2^512: t = high·2^512 + low = low + 569·high. */
        private static void reduce(long[] t, long[] r) {
            long carry = 0;
            for (int w = 0; w < 8; w++) {
                long h = t[8 + w];
                long lo = h * C;
                long hi = Math.multiplyHigh(h, C) + ((h >> 63) & C);
                long low = t[w];
                long s = low + lo;
                hi += ((low & lo) | ((low | lo) & ~s)) >>> 63;
                long s2 = s + carry;
                hi += ((s & carry) | ((s | carry) & ~s2)) >>> 63;
                r[w] = s2;
                carry = hi;
            }
            // what is left above 2^512 (below 2^11) comes back times 569
            while (carry != 0) {
                carry = addSmall(r, carry * C);
            }
        }
    }
}
