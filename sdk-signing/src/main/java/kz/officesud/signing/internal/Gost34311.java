package kz.officesud.signing.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.crypto.engines.GOST28147Engine;

/**
 * GOST 34.311-95 (GOST R 34.11-94), the digest of GOST 34.310-2004 signatures, with the S-box Kalkan uses
 * (the standard's test parameters, Bouncy Castle's {@code "D-TEST"}): bit-exact with Bouncy Castle's
 * {@code GOST3411Digest} and several times faster.
 *
 * <p>Following the standard: 256-bit blocks as four 64-bit words, least significant byte first as the
 * message comes. Each block takes four GOST 28147-89 encryptions of the state's words under keys made by
 * the transformations A and P, then the mixing ψ<sup>61</sup>(H ⊕ ψ(M ⊕ ψ<sup>12</sup>(S))). Here the cipher's
 * round function (S-box on eight nibbles, rotation by 11) is four look-ups in tables made from the S-box
 * when the class loads; ψ, a shift register over 16-bit words, advances four words at a time with 64-bit
 * operations; the last block is zero-padded, then the length in bits and the checksum Σ (the blocks' sum
 * mod 2<sup>256</sup>) are hashed. Nothing is allocated per block.
 *
 * <p>Not thread-safe (as every {@link org.bouncycastle.crypto.Digest}); reusable after {@link #doFinal}.
 */
public final class Gost34311 implements ExtendedDigest {
    private static final int BLOCK = 32;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** C_3 of the key generation (C_2 and C_4 are zero), as the standard writes it. */
    private static final String C3_HEX = "ff00ffff000000ffff0000ff00ffff0000ff00ff00ff00ffff00ff00ff00ff00";

    private static final long[] C3 = words(C3_HEX);

    private final int[] round0 = new int[256];
    private final int[] round1 = new int[256];
    private final int[] round2 = new int[256];
    private final int[] round3 = new int[256];
    private final String sBoxName;

    private final long[] h = new long[4];
    private final long[] sigma = new long[4];
    private final long[] m = new long[4];
    private final int[] key = new int[8];
    private final long[] scratch = new long[4];
    private final byte[] buffer = new byte[BLOCK];
    private int buffered;
    private long bytes;

    private Gost34311(String sBoxName) {
        this.sBoxName = sBoxName;
        byte[] sBox = GOST28147Engine.getSBox(sBoxName);
        int[][] tables = {round0, round1, round2, round3};
        for (int position = 0; position < 4; position++) {
            for (int v = 0; v < 256; v++) {
                int low = sBox[16 * (2 * position) + (v & 0xf)] & 0xf;
                int high = sBox[16 * (2 * position + 1) + (v >>> 4)] & 0xf;
                tables[position][v] = Integer.rotateLeft((low | high << 4) << (8 * position), 11);
            }
        }
    }

    /** GOST 34.311-95 as Kalkan computes it: the S-box of the standard's test parameters ("D-TEST"). */
    public static Gost34311 kalkan() {
        return new Gost34311("D-TEST");
    }

    /** GOST R 34.11-94 with another of Bouncy Castle's named S-boxes (e.g. {@code "E-A"}, CryptoPro's). */
    public static Gost34311 withSBox(String name) {
        return new Gost34311(name);
    }

    private static long[] words(String hex) {
        long[] words = new long[hex.length() / 16];
        for (int w = 0; w < words.length; w++) {
            int from = (words.length - 1 - w) * 16;
            words[w] = Long.parseUnsignedLong(hex.substring(from, from + 16), 16);
        }
        return words;
    }

    @Override
    public String getAlgorithmName() {
        return "GOST3411";
    }

    @Override
    public int getDigestSize() {
        return 32;
    }

    @Override
    public int getByteLength() {
        return BLOCK;
    }

    @Override
    public void update(byte in) {
        buffer[buffered++] = in;
        bytes++;
        if (buffered == BLOCK) {
            load(buffer, 0);
            block();
            buffered = 0;
        }
    }

    @Override
    public void update(byte[] in, int offset, int length) {
        if (offset < 0 || length < 0 || offset > in.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", array " + in.length);
        }
        bytes += length;
        int end = offset + length;
        if (buffered > 0) {
            int take = Math.min(BLOCK - buffered, length);
            System.arraycopy(in, offset, buffer, buffered, take);
            buffered += take;
            offset += take;
            if (buffered < BLOCK) {
                return;
            }
            load(buffer, 0);
            block();
            buffered = 0;
        }
        for (; end - offset >= BLOCK; offset += BLOCK) {
            load(in, offset);
            block();
        }
        if (offset < end) {
            System.arraycopy(in, offset, buffer, 0, end - offset);
            buffered = end - offset;
        }
    }

    @Override
    public int doFinal(byte[] out, int offset) {
        if (offset < 0 || offset > out.length - 32) {
            throw new IndexOutOfBoundsException("no room for 32 bytes at " + offset + " in " + out.length);
        }
        if (buffered > 0) {
            Arrays.fill(buffer, buffered, BLOCK, (byte) 0);
            load(buffer, 0);
            block();
        }
        m[0] = bytes * 8;
        m[1] = 0;
        m[2] = 0;
        m[3] = 0;
        step();
        System.arraycopy(sigma, 0, m, 0, 4);
        step();
        for (int w = 0; w < 4; w++) {
            LONGS.set(out, offset + 8 * w, h[w]);
        }
        reset();
        return 32;
    }

    @Override
    public void reset() {
        Arrays.fill(h, 0);
        Arrays.fill(sigma, 0);
        Arrays.fill(buffer, (byte) 0);
        buffered = 0;
        bytes = 0;
    }

    private void load(byte[] in, int offset) {
        for (int w = 0; w < 4; w++) {
            m[w] = (long) LONGS.get(in, offset + 8 * w);
        }
    }

    /** A message block: into the checksum, then the step function. */
    private void block() {
        long carry = 0;
        for (int w = 0; w < 4; w++) {
            long a = sigma[w];
            long b = m[w];
            long s = a + b + carry;
            carry = ((a & b) | ((a | b) & ~s)) >>> 63;
            sigma[w] = s;
        }
        step();
    }

    /** {@code H = χ(M, H)}: the four keys, the four encryptions, the mixing. */
    private void step() {
        long h0 = h[0];
        long h1 = h[1];
        long h2 = h[2];
        long h3 = h[3];
        long u0 = h0;
        long u1 = h1;
        long u2 = h2;
        long u3 = h3;
        long v0 = m[0];
        long v1 = m[1];
        long v2 = m[2];
        long v3 = m[3];
        // K_1 = P(H xor M)
        setKey(u0 ^ v0, u1 ^ v1, u2 ^ v2, u3 ^ v3);
        long s0 = encrypt(h0);
        // K_2: U = A(U), V = A(A(V))
        long a = u0 ^ u1;
        u0 = u1;
        u1 = u2;
        u2 = u3;
        u3 = a;
        long b = v0 ^ v1;
        long c = v1 ^ v2;
        v0 = v2;
        v1 = v3;
        v2 = b;
        v3 = c;
        setKey(u0 ^ v0, u1 ^ v1, u2 ^ v2, u3 ^ v3);
        long s1 = encrypt(h1);
        // K_3: U = A(U) xor C_3
        a = u0 ^ u1;
        u0 = u1 ^ C3[0];
        u1 = u2 ^ C3[1];
        u2 = u3 ^ C3[2];
        u3 = a ^ C3[3];
        b = v0 ^ v1;
        c = v1 ^ v2;
        v0 = v2;
        v1 = v3;
        v2 = b;
        v3 = c;
        setKey(u0 ^ v0, u1 ^ v1, u2 ^ v2, u3 ^ v3);
        long s2 = encrypt(h2);
        // K_4
        a = u0 ^ u1;
        u0 = u1;
        u1 = u2;
        u2 = u3;
        u3 = a;
        b = v0 ^ v1;
        c = v1 ^ v2;
        v0 = v2;
        v1 = v3;
        v2 = b;
        v3 = c;
        setKey(u0 ^ v0, u1 ^ v1, u2 ^ v2, u3 ^ v3);
        long s3 = encrypt(h3);
        // H = psi^61(H xor psi(M xor psi^12(S)))
        long[] s = scratch;
        s[0] = s0;
        s[1] = s1;
        s[2] = s2;
        s[3] = s3;
        psi4(s, 3);
        s[0] ^= m[0];
        s[1] ^= m[1];
        s[2] ^= m[2];
        s[3] ^= m[3];
        psi(s);
        s[0] ^= h0;
        s[1] ^= h1;
        s[2] ^= h2;
        s[3] ^= h3;
        psi4(s, 15);
        psi(s);
        System.arraycopy(s, 0, h, 0, 4);
    }

    /**
     * The key P(W): byte {@code i + 4k} of the key is byte {@code 8i + k} of W, so the cipher's key word
     * {@code k} (little-endian) gathers byte {@code k} of each of W's four words.
     */
    private void setKey(long w0, long w1, long w2, long w3) {
        for (int k = 0; k < 8; k++) {
            int shift = 8 * k;
            key[k] = (int) (w0 >>> shift) & 0xff
                    | ((int) (w1 >>> shift) & 0xff) << 8
                    | ((int) (w2 >>> shift) & 0xff) << 16
                    | ((int) (w3 >>> shift) & 0xff) << 24;
        }
    }

    /** GOST 28147-89 encryption of one 64-bit block (N1 the low half) under {@link #key}: 32 rounds. */
    private long encrypt(long block) {
        int n1 = (int) block;
        int n2 = (int) (block >>> 32);
        int[] k = key;
        for (int pass = 0; pass < 3; pass++) {
            n2 ^= f(n1 + k[0]);
            n1 ^= f(n2 + k[1]);
            n2 ^= f(n1 + k[2]);
            n1 ^= f(n2 + k[3]);
            n2 ^= f(n1 + k[4]);
            n1 ^= f(n2 + k[5]);
            n2 ^= f(n1 + k[6]);
            n1 ^= f(n2 + k[7]);
        }
        n2 ^= f(n1 + k[7]);
        n1 ^= f(n2 + k[6]);
        n2 ^= f(n1 + k[5]);
        n1 ^= f(n2 + k[4]);
        n2 ^= f(n1 + k[3]);
        n1 ^= f(n2 + k[2]);
        n2 ^= f(n1 + k[1]);
        n1 ^= f(n2 + k[0]);
        // the last round does not swap the halves
        return (long) n1 << 32 | (n2 & 0xffffffffL);
    }

    /** The round function: the S-box on each nibble and a rotation by 11, as four look-ups. */
    private int f(int x) {
        return round0[x & 0xff] ^ round1[(x >>> 8) & 0xff] ^ round2[(x >>> 16) & 0xff] ^ round3[x >>> 24];
    }

    /**
     * ψ: the 16-bit words y16…y1 become (y1 ⊕ y2 ⊕ y3 ⊕ y4 ⊕ y13 ⊕ y16) y16 … y2, a shift register over
     * words.
     */
    private static void psi(long[] s) {
        long s0 = s[0];
        long s3 = s[3];
        long x = (s0 ^ (s0 >>> 16) ^ (s0 >>> 32) ^ (s0 >>> 48) ^ s3 ^ (s3 >>> 48)) & 0xffff;
        s[0] = (s0 >>> 16) | (s[1] << 48);
        s[1] = (s[1] >>> 16) | (s[2] << 48);
        s[2] = (s[2] >>> 16) | (s3 << 48);
        s[3] = (s3 >>> 16) | (x << 48);
    }

    /**
     * ψ applied {@code 4 × times}: with a_n the words from the least significant, the register makes
     * a_(n+16) = a_n ⊕ a_(n+1) ⊕ a_(n+2) ⊕ a_(n+3) ⊕ a_(n+12) ⊕ a_(n+15). Four new words at once: the first
     * five terms for n … n+3 side by side in 16-bit lanes, then the a_(n+15) terms as a running XOR across
     * the lanes, which starts from the register's top word.
     */
    private static void psi4(long[] s, int times) {
        long s0 = s[0];
        long s1 = s[1];
        long s2 = s[2];
        long s3 = s[3];
        for (int i = 0; i < times; i++) {
            long p = s0 ^ (s0 >>> 16 | s1 << 48) ^ (s0 >>> 32 | s1 << 32) ^ (s0 >>> 48 | s1 << 16) ^ s3;
            p ^= p << 16;
            p ^= p << 32;
            long next = p ^ (s3 >>> 48) * 0x0001000100010001L;
            s0 = s1;
            s1 = s2;
            s2 = s3;
            s3 = next;
        }
        s[0] = s0;
        s[1] = s1;
        s[2] = s2;
        s[3] = s3;
    }

    @Override
    public String toString() {
        return "Gost34311[" + sBoxName + "]";
    }
}
