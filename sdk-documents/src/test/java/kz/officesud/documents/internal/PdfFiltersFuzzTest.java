package kz.officesud.documents.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.officesud.documents.InspectionLimits;

/**
 * Fuzzes the PDF stream filters: a chain of one to three filters (each with its decode parameters) over the rest of
 * the input. The decoders either produce bytes, within the limits, or refuse with a {@link Refusal}; a chain with a
 * filter they do not decode is null before anything is read.
 *
 * <p>The input: byte 0 gives the chain's length (1–3); then one byte a filter (its index in {@link #NAMES}); then five
 * bytes a filter for its parameters (predictor index, or 0 for none, with bit 7 for {@code /EarlyChange 0}; colours;
 * bits per component index; columns, two bytes little-endian); then the data. {@link #input} writes one.
 */
public class PdfFiltersFuzzTest {
    static final List<String> NAMES = List.of(
            "ASCIIHexDecode",
            "AHx",
            "ASCII85Decode",
            "A85",
            "LZWDecode",
            "LZW",
            "FlateDecode",
            "Fl",
            "RunLengthDecode",
            "RL",
            "Crypt",
            "DCTDecode",
            "?");
    private static final int[] PREDICTORS = {1, 2, 10, 11, 12, 13, 14, 15, 5, 255};
    private static final int[] BITS = {8, 1, 2, 4, 16, 3};
    private static final InspectionLimits LIMITS =
            new InspectionLimits(1 << 20, 100, 200, 64 << 10, 8 << 20, 2 << 20, 50, 100, 10);

    @FuzzTest
    void decode(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        int n = 1 + (input[0] & 0xFF) % 3;
        int header = 1 + n * 6;
        if (input.length < header) {
            return;
        }
        List<PdfFilters.Filter> chain = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = NAMES.get((input[1 + i] & 0xFF) % NAMES.size());
            int p = 1 + n + i * 5;
            int predictor = input[p] & 0x7F;
            PdfFilters.Params params = predictor == 0 && input[p] >= 0
                    ? null
                    : new PdfFilters.Params(
                            PREDICTORS[predictor % PREDICTORS.length],
                            input[p + 1] & 0xFF,
                            BITS[(input[p + 2] & 0xFF) % BITS.length],
                            (input[p + 3] & 0xFF) | (input[p + 4] & 0xFF) << 8,
                            input[p] < 0 ? 0 : 1);
            chain.add(new PdfFilters.Filter(name, params));
        }
        BoundedInflater.Budget budget = new BoundedInflater.Budget(LIMITS.maxInflatedBytes());
        InputStream raw = new ByteArrayInputStream(Arrays.copyOfRange(input, header, input.length));
        InputStream decoded = PdfFilters.decode(raw, chain, LIMITS, budget);
        if (decoded == null) {
            if (PdfFilters.decodable(chain)) {
                throw new AssertionError("a decodable chain was not decoded: " + chain);
            }
            return;
        }
        long total = 0;
        byte[] buf = new byte[8192];
        try (decoded) {
            int r;
            while ((r = decoded.read(buf, 0, buf.length)) >= 0) {
                total += r;
                if (total > LIMITS.maxStreamBytes()) {
                    throw new AssertionError("a chain produced more than one stream's limit: " + chain);
                }
            }
            if (decoded.read() >= 0) {
                throw new AssertionError("bytes after the end of " + chain);
            }
        } catch (Refusal refused) {
            // a bomb or damaged data: the one way the decoders say no
        }
    }

    /** An input of this target: the chain (filter name, or name and parameters {predictor, colors, bits, columns}) and the data. */
    public static byte[] input(List<String> filters, int[] params, byte[] data) {
        int n = filters.size();
        byte[] out = new byte[1 + n * 6 + data.length];
        out[0] = (byte) (n - 1);
        for (int i = 0; i < n; i++) {
            out[1 + i] = (byte) NAMES.indexOf(filters.get(i));
            int p = 1 + n + i * 5;
            if (params != null && i == n - 1) {
                out[p] = (byte) indexOf(PREDICTORS, params[0]);
                out[p + 1] = (byte) params[1];
                out[p + 2] = (byte) indexOf(BITS, params[2]);
                out[p + 3] = (byte) params[3];
                out[p + 4] = (byte) (params[3] >> 8);
            }
        }
        System.arraycopy(data, 0, out, 1 + n * 6, data.length);
        return out;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("not among the fuzzed values: " + value);
    }
}
