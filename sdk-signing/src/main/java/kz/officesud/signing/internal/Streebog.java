package kz.officesud.signing.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.bouncycastle.crypto.ExtendedDigest;

/**
 * GOST R 34.11-2012 «Стрибог» (Streebog), 512 and 256 bits, the digest of GOST-2015 signatures (ST RK GOST
 * R 34.11-2015 in Kazakhstan is the same function): bit-exact with Bouncy Castle's
 * {@code GOST3411_2012_512Digest} and {@code GOST3411_2012_256Digest}, and several times faster.
 *
 * <p>Following the standard (its text is also RFC 6986): a 512-bit vector is eight 64-bit words, the
 * standard's least significant byte first in memory, as the message bytes come. The transformation
 * {@code LPS} (the S-box π on each byte, the transposition τ of the 8×8 byte matrix, the linear map
 * {@code l} on each word) is eight table look-ups per output word: table {@code j} holds, for each byte
 * value, {@code l} of π of that byte placed at byte {@code j}; the tables are computed from π and the
 * matrix {@code A} when the class loads. The state, the counter {@code N} and the checksum Σ are
 * {@code long} words; blocks are read from the caller's array without copying; nothing is allocated per
 * block.
 *
 * <p>Not thread-safe (as every {@link org.bouncycastle.crypto.Digest}); reusable after {@link #doFinal}.
 */
public final class Streebog implements ExtendedDigest {
    private static final int BLOCK = 64;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** π', the S-box, as the standard lists it. */
    private static final int[] PI = {
        252, 238, 221, 17, 207, 110, 49, 22, 251, 196, 250, 218, 35, 197, 4, 77,
        233, 119, 240, 219, 147, 46, 153, 186, 23, 54, 241, 187, 20, 205, 95, 193,
        249, 24, 101, 90, 226, 92, 239, 33, 129, 28, 60, 66, 139, 1, 142, 79,
        5, 132, 2, 174, 227, 106, 143, 160, 6, 11, 237, 152, 127, 212, 211, 31,
        235, 52, 44, 81, 234, 200, 72, 171, 242, 42, 104, 162, 253, 58, 206, 204,
        181, 112, 14, 86, 8, 12, 118, 18, 191, 114, 19, 71, 156, 183, 93, 135,
        21, 161, 150, 41, 16, 123, 154, 199, 243, 145, 120, 111, 157, 158, 178, 177,
        50, 117, 25, 61, 255, 53, 138, 126, 109, 84, 198, 128, 195, 189, 13, 87,
        223, 245, 36, 169, 62, 168, 67, 201, 215, 121, 214, 246, 124, 34, 185, 3,
        224, 15, 236, 222, 122, 148, 176, 188, 220, 232, 40, 80, 78, 51, 10, 74,
        167, 151, 96, 115, 30, 0, 98, 68, 26, 184, 56, 130, 100, 159, 38, 65,
        173, 69, 70, 146, 39, 94, 85, 47, 140, 163, 165, 125, 105, 213, 149, 59,
        7, 88, 179, 64, 134, 172, 29, 247, 48, 55, 107, 228, 136, 217, 231, 137,
        225, 27, 131, 73, 76, 63, 248, 254, 141, 83, 170, 144, 202, 216, 133, 97,
        32, 113, 103, 164, 45, 43, 9, 91, 203, 155, 37, 208, 190, 229, 108, 82,
        89, 166, 116, 210, 230, 244, 180, 192, 209, 102, 175, 194, 57, 75, 99, 182
    };

    /** The rows A_0 … A_63 of the matrix of {@code l}: bit 63 - i of a word selects A_i. */
    private static final long[] A = {
        0x8e20faa72ba0b470L, 0x47107ddd9b505a38L, 0xad08b0e0c3282d1cL, 0xd8045870ef14980eL,
        0x6c022c38f90a4c07L, 0x3601161cf205268dL, 0x1b8e0b0e798c13c8L, 0x83478b07b2468764L,
        0xa011d380818e8f40L, 0x5086e740ce47c920L, 0x2843fd2067adea10L, 0x14aff010bdd87508L,
        0x0ad97808d06cb404L, 0x05e23c0468365a02L, 0x8c711e02341b2d01L, 0x46b60f011a83988eL,
        0x90dab52a387ae76fL, 0x486dd4151c3dfdb9L, 0x24b86a840e90f0d2L, 0x125c354207487869L,
        0x092e94218d243cbaL, 0x8a174a9ec8121e5dL, 0x4585254f64090fa0L, 0xaccc9ca9328a8950L,
        0x9d4df05d5f661451L, 0xc0a878a0a1330aa6L, 0x60543c50de970553L, 0x302a1e286fc58ca7L,
        0x18150f14b9ec46ddL, 0x0c84890ad27623e0L, 0x0642ca05693b9f70L, 0x0321658cba93c138L,
        0x86275df09ce8aaa8L, 0x439da0784e745554L, 0xafc0503c273aa42aL, 0xd960281e9d1d5215L,
        0xe230140fc0802984L, 0x71180a8960409a42L, 0xb60c05ca30204d21L, 0x5b068c651810a89eL,
        0x456c34887a3805b9L, 0xac361a443d1c8cd2L, 0x561b0d22900e4669L, 0x2b838811480723baL,
        0x9bcf4486248d9f5dL, 0xc3e9224312c8c1a0L, 0xeffa11af0964ee50L, 0xf97d86d98a327728L,
        0xe4fa2054a80b329cL, 0x727d102a548b194eL, 0x39b008152acb8227L, 0x9258048415eb419dL,
        0x492c024284fbaec0L, 0xaa16012142f35760L, 0x550b8e9e21f7a530L, 0xa48b474f9ef5dc18L,
        0x70a6a56e2440598eL, 0x3853dc371220a247L, 0x1ca76e95091051adL, 0x0edd37c48a08a6d8L,
        0x07e095624504536cL, 0x8d70c431ac02a736L, 0xc83862965601dd1bL, 0x641c314b2b8ee083L,
    };

    /** The iteration constants C_1 … C_12, written as the standard writes them (most significant byte first). */
    private static final String[] C_HEX = {
        "b1085bda1ecadae9ebcb2f81c0657c1f2f6a76432e45d016714eb88d7585c4fc"
                + "4b7ce09192676901a2422a08a460d31505767436cc744d23dd806559f2a64507",
        "6fa3b58aa99d2f1a4fe39d460f70b5d7f3feea720a232b9861d55e0f16b50131"
                + "9ab5176b12d699585cb561c2db0aa7ca55dda21bd7cbcd56e679047021b19bb7",
        "f574dcac2bce2fc70a39fc286a3d843506f15e5f529c1f8bf2ea7514b1297b7b"
                + "d3e20fe490359eb1c1c93a376062db09c2b6f443867adb31991e96f50aba0ab2",
        "ef1fdfb3e81566d2f948e1a05d71e4dd488e857e335c3c7d9d721cad685e353f"
                + "a9d72c82ed03d675d8b71333935203be3453eaa193e837f1220cbebc84e3d12e",
        "4bea6bacad4747999a3f410c6ca923637f151c1f1686104a359e35d7800fffbd"
                + "bfcd1747253af5a3dfff00b723271a167a56a27ea9ea63f5601758fd7c6cfe57",
        "ae4faeae1d3ad3d96fa4c33b7a3039c02d66c4f95142a46c187f9ab49af08ec6"
                + "cffaa6b71c9ab7b40af21f66c2bec6b6bf71c57236904f35fa68407a46647d6e",
        "f4c70e16eeaac5ec51ac86febf240954399ec6c7e6bf87c9d3473e33197a93c9"
                + "0992abc52d822c3706476983284a05043517454ca23c4af38886564d3a14d493",
        "9b1f5b424d93c9a703e7aa020c6e41414eb7f8719c36de1e89b4443b4ddbc49a"
                + "f4892bcb929b069069d18d2bd1a5c42f36acc2355951a8d9a47f0dd4bf02e71e",
        "378f5a541631229b944c9ad8ec165fde3a7d3a1b258942243cd955b7e00d0984"
                + "800a440bdbb2ceb17b2b8a9aa6079c540e38dc92cb1f2a607261445183235adb",
        "abbedea680056f52382ae548b2e4f3f38941e71cff8a78db1fffe18a1b336103"
                + "9fe76702af69334b7a1e6c303b7652f43698fad1153bb6c374b4c7fb98459ced",
        "7bcd9ed0efc889fb3002c6cd635afe94d8fa6bbbebab07612001802114846679"
                + "8a1d71efea48b9caefbacd1d7d476e98dea2594ac06fd85d6bcaa4cd81f32d1b",
        "378ee767f11631bad21380b00449b17acda43c32bcdf1d77f82012d430219f9b"
                + "5d80ef9d1891cc86e71da4aa88e12852faf417d5d9b21b9948bc924af11bd720",
    };

    /** The eight LPS tables one after another: table {@code j} (256 words) at {@code 256 * j}. */
    private static final long[] T = tables();
    /** C_1 … C_12 as words, least significant first, one after another. */
    private static final long[] C = constants();

    private static final long[] ZERO = new long[8];

    private final int size;
    private final long[] h = new long[8];
    private final long[] n = new long[8];
    private final long[] sigma = new long[8];
    private final long[] k = new long[8];
    private final long[] t = new long[8];
    private final long[] m = new long[8];
    private final byte[] buffer = new byte[BLOCK];
    private int buffered;

    private Streebog(int size) {
        this.size = size;
        reset();
    }

    /** Streebog-512 (GOST R 34.11-2012, 512 bits). */
    public static Streebog streebog512() {
        return new Streebog(64);
    }

    /** Streebog-256 (GOST R 34.11-2012, 256 bits): another initial vector, the upper half of the result. */
    public static Streebog streebog256() {
        return new Streebog(32);
    }

    private static long[] tables() {
        long[] tables = new long[8 * 256];
        for (int position = 0; position < 8; position++) {
            System.arraycopy(table(position), 0, tables, 256 * position, 256);
        }
        return tables;
    }

    private static long[] table(int position) {
        long[] table = new long[256];
        for (int b = 0; b < 256; b++) {
            long word = (long) PI[b] << (8 * position);
            long image = 0;
            for (int bit = 0; bit < 64; bit++) {
                if ((word >>> bit & 1) != 0) {
                    image ^= A[63 - bit];
                }
            }
            table[b] = image;
        }
        return table;
    }

    private static long[] constants() {
        long[] words = new long[12 * 8];
        for (int i = 0; i < 12; i++) {
            for (int w = 0; w < 8; w++) {
                int from = (7 - w) * 16;
                words[8 * i + w] = Long.parseUnsignedLong(C_HEX[i].substring(from, from + 16), 16);
            }
        }
        return words;
    }

    @Override
    public String getAlgorithmName() {
        return size == 64 ? "GOST3411-2012-512" : "GOST3411-2012-256";
    }

    @Override
    public int getDigestSize() {
        return size;
    }

    @Override
    public int getByteLength() {
        return BLOCK;
    }

    @Override
    public void update(byte in) {
        buffer[buffered++] = in;
        if (buffered == BLOCK) {
            block(buffer, 0);
            buffered = 0;
        }
    }

    @Override
    public void update(byte[] in, int offset, int length) {
        if (offset < 0 || length < 0 || offset > in.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", array " + in.length);
        }
        int end = offset + length;
        if (buffered > 0) {
            int take = Math.min(BLOCK - buffered, length);
            System.arraycopy(in, offset, buffer, buffered, take);
            buffered += take;
            offset += take;
            if (buffered < BLOCK) {
                return;
            }
            block(buffer, 0);
            buffered = 0;
        }
        for (; end - offset >= BLOCK; offset += BLOCK) {
            block(in, offset);
        }
        if (offset < end) {
            System.arraycopy(in, offset, buffer, 0, end - offset);
            buffered = end - offset;
        }
    }

    @Override
    public int doFinal(byte[] out, int offset) {
        if (offset < 0 || offset > out.length - size) {
            throw new IndexOutOfBoundsException("no room for " + size + " bytes at " + offset + " in " + out.length);
        }
        // stage 3: the rest, padded with a one bit and zeros to a whole block
        buffer[buffered] = 1;
        java.util.Arrays.fill(buffer, buffered + 1, BLOCK, (byte) 0);
        load(buffer, 0);
        compress(n);
        add(n, 8L * buffered);
        addToSigma();
        compressWith(n);
        compressWith(sigma);
        int first = (BLOCK - size) / 8;
        for (int w = first; w < 8; w++) {
            LONGS.set(out, offset + 8 * (w - first), h[w]);
        }
        reset();
        return size;
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(h, size == 64 ? 0L : 0x0101010101010101L);
        java.util.Arrays.fill(n, 0);
        java.util.Arrays.fill(sigma, 0);
        java.util.Arrays.fill(buffer, (byte) 0);
        buffered = 0;
    }

    /** Stage 2 for one whole block at {@code offset}. */
    private void block(byte[] in, int offset) {
        load(in, offset);
        compress(n);
        add(n, 512);
        addToSigma();
    }

    private void load(byte[] in, int offset) {
        for (int w = 0; w < 8; w++) {
            m[w] = (long) LONGS.get(in, offset + 8 * w);
        }
    }

    /** {@code h = g_N(h, m)}. */
    private void compress(long[] counter) {
        lpsXor(h, counter, k);
        e();
        for (int w = 0; w < 8; w++) {
            h[w] ^= t[w] ^ m[w];
        }
    }

    /** {@code h = g_0(h, message)}: the final two compressions. */
    private void compressWith(long[] message) {
        System.arraycopy(message, 0, m, 0, 8);
        compress(ZERO);
    }

    /** {@code t = E(k, m)}: twelve rounds of {@code LPSX[K_i]} then {@code X[K_13]}; {@code k} is the first key. */
    private void e() {
        lpsXor(k, m, t);
        for (int round = 0; round < 11; round++) {
            lpsXorConstant(k, round);
            lpsXor(k, t, t);
        }
        lpsXorConstant(k, 11);
        for (int w = 0; w < 8; w++) {
            t[w] ^= k[w];
        }
    }

    /** {@code k = LPS(k ⊕ C_(round+1))}: the next round key. */
    private static void lpsXorConstant(long[] k, int round) {
        int c = 8 * round;
        lps(
                k[0] ^ C[c],
                k[1] ^ C[c + 1],
                k[2] ^ C[c + 2],
                k[3] ^ C[c + 3],
                k[4] ^ C[c + 4],
                k[5] ^ C[c + 5],
                k[6] ^ C[c + 6],
                k[7] ^ C[c + 7],
                k);
    }

    /** {@code out = LPS(a ⊕ b)}; {@code out} may be {@code a} or {@code b}. */
    private static void lpsXor(long[] a, long[] b, long[] out) {
        lps(
                a[0] ^ b[0],
                a[1] ^ b[1],
                a[2] ^ b[2],
                a[3] ^ b[3],
                a[4] ^ b[4],
                a[5] ^ b[5],
                a[6] ^ b[6],
                a[7] ^ b[7],
                out);
    }

    /**
     * Output word {@code r} gathers byte {@code r} of every input word (τ), each through its table (π, then
     * l). Written out: the JIT keeps the eight words in registers and every shift constant.
     */
    private static void lps(long x0, long x1, long x2, long x3, long x4, long x5, long x6, long x7, long[] out) {
        long o0 = T[(int) x0 & 0xff]
                ^ T[0x100 + ((int) x1 & 0xff)]
                ^ T[0x200 + ((int) x2 & 0xff)]
                ^ T[0x300 + ((int) x3 & 0xff)]
                ^ T[0x400 + ((int) x4 & 0xff)]
                ^ T[0x500 + ((int) x5 & 0xff)]
                ^ T[0x600 + ((int) x6 & 0xff)]
                ^ T[0x700 + ((int) x7 & 0xff)];
        long o1 = T[(int) (x0 >>> 8) & 0xff]
                ^ T[0x100 + ((int) (x1 >>> 8) & 0xff)]
                ^ T[0x200 + ((int) (x2 >>> 8) & 0xff)]
                ^ T[0x300 + ((int) (x3 >>> 8) & 0xff)]
                ^ T[0x400 + ((int) (x4 >>> 8) & 0xff)]
                ^ T[0x500 + ((int) (x5 >>> 8) & 0xff)]
                ^ T[0x600 + ((int) (x6 >>> 8) & 0xff)]
                ^ T[0x700 + ((int) (x7 >>> 8) & 0xff)];
        long o2 = T[(int) (x0 >>> 16) & 0xff]
                ^ T[0x100 + ((int) (x1 >>> 16) & 0xff)]
                ^ T[0x200 + ((int) (x2 >>> 16) & 0xff)]
                ^ T[0x300 + ((int) (x3 >>> 16) & 0xff)]
                ^ T[0x400 + ((int) (x4 >>> 16) & 0xff)]
                ^ T[0x500 + ((int) (x5 >>> 16) & 0xff)]
                ^ T[0x600 + ((int) (x6 >>> 16) & 0xff)]
                ^ T[0x700 + ((int) (x7 >>> 16) & 0xff)];
        long o3 = T[(int) (x0 >>> 24) & 0xff]
                ^ T[0x100 + ((int) (x1 >>> 24) & 0xff)]
                ^ T[0x200 + ((int) (x2 >>> 24) & 0xff)]
                ^ T[0x300 + ((int) (x3 >>> 24) & 0xff)]
                ^ T[0x400 + ((int) (x4 >>> 24) & 0xff)]
                ^ T[0x500 + ((int) (x5 >>> 24) & 0xff)]
                ^ T[0x600 + ((int) (x6 >>> 24) & 0xff)]
                ^ T[0x700 + ((int) (x7 >>> 24) & 0xff)];
        long o4 = T[(int) (x0 >>> 32) & 0xff]
                ^ T[0x100 + ((int) (x1 >>> 32) & 0xff)]
                ^ T[0x200 + ((int) (x2 >>> 32) & 0xff)]
                ^ T[0x300 + ((int) (x3 >>> 32) & 0xff)]
                ^ T[0x400 + ((int) (x4 >>> 32) & 0xff)]
                ^ T[0x500 + ((int) (x5 >>> 32) & 0xff)]
                ^ T[0x600 + ((int) (x6 >>> 32) & 0xff)]
                ^ T[0x700 + ((int) (x7 >>> 32) & 0xff)];
        long o5 = T[(int) (x0 >>> 40) & 0xff]
                ^ T[0x100 + ((int) (x1 >>> 40) & 0xff)]
                ^ T[0x200 + ((int) (x2 >>> 40) & 0xff)]
                ^ T[0x300 + ((int) (x3 >>> 40) & 0xff)]
                ^ T[0x400 + ((int) (x4 >>> 40) & 0xff)]
                ^ T[0x500 + ((int) (x5 >>> 40) & 0xff)]
                ^ T[0x600 + ((int) (x6 >>> 40) & 0xff)]
                ^ T[0x700 + ((int) (x7 >>> 40) & 0xff)];
        long o6 = T[(int) (x0 >>> 48) & 0xff]
                ^ T[0x100 + ((int) (x1 >>> 48) & 0xff)]
                ^ T[0x200 + ((int) (x2 >>> 48) & 0xff)]
                ^ T[0x300 + ((int) (x3 >>> 48) & 0xff)]
                ^ T[0x400 + ((int) (x4 >>> 48) & 0xff)]
                ^ T[0x500 + ((int) (x5 >>> 48) & 0xff)]
                ^ T[0x600 + ((int) (x6 >>> 48) & 0xff)]
                ^ T[0x700 + ((int) (x7 >>> 48) & 0xff)];
        long o7 = T[(int) (x0 >>> 56)]
                ^ T[0x100 + ((int) (x1 >>> 56))]
                ^ T[0x200 + ((int) (x2 >>> 56))]
                ^ T[0x300 + ((int) (x3 >>> 56))]
                ^ T[0x400 + ((int) (x4 >>> 56))]
                ^ T[0x500 + ((int) (x5 >>> 56))]
                ^ T[0x600 + ((int) (x6 >>> 56))]
                ^ T[0x700 + ((int) (x7 >>> 56))];
        out[0] = o0;
        out[1] = o1;
        out[2] = o2;
        out[3] = o3;
        out[4] = o4;
        out[5] = o5;
        out[6] = o6;
        out[7] = o7;
    }

    /** {@code counter = counter + value mod 2^512}. */
    private static void add(long[] counter, long value) {
        long before = counter[0];
        counter[0] = before + value;
        if (Long.compareUnsigned(counter[0], before) < 0) {
            for (int w = 1; w < 8 && ++counter[w] == 0; w++) {
                // carry on
            }
        }
    }

    /** {@code Σ = Σ + m mod 2^512}. */
    private void addToSigma() {
        long carry = 0;
        for (int w = 0; w < 8; w++) {
            long a = sigma[w];
            long b = m[w];
            long s = a + b + carry;
            carry = ((a & b) | ((a | b) & ~s)) >>> 63;
            sigma[w] = s;
        }
    }
}
