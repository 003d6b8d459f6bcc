package kz.officesud.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.InspectionLimits;
import kz.officesud.documents.corpus.Encoders;
import kz.officesud.documents.corpus.RawPdf;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The standard PDF filters, each against an encoder of another hand (PDFBox's, or the specification's). */
class PdfFiltersTest {
    private static final InspectionLimits LIMITS = InspectionLimits.defaults();

    private static byte[] content(int size, long seed) {
        // what content streams look like: operators and hex text, with runs and repeats
        StringBuilder b = new StringBuilder();
        Random r = new Random(seed);
        while (b.length() < size) {
            b.append("BT /F1 14 Tf 72 ").append(r.nextInt(800)).append(" Td <");
            for (int i = 0; i < 20; i++) {
                b.append(String.format("%04x", 0x0410 + r.nextInt(64)));
            }
            b.append("> Tj ET\n");
            if (r.nextInt(5) == 0) {
                b.append(" ".repeat(r.nextInt(300)));
            }
        }
        return b.substring(0, size).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] decode(byte[] encoded, PdfFilters.Filter... chain) throws IOException {
        InputStream in = PdfFilters.decode(
                new ByteArrayInputStream(encoded), List.of(chain), LIMITS, new BoundedInflater.Budget(1L << 30));
        assertThat(in).isNotNull();
        try (in) {
            // small reads, to cross every buffer boundary
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[777];
            int n;
            while ((n = in.read(buf, 0, buf.length)) >= 0) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static PdfFilters.Filter f(String name) {
        return new PdfFilters.Filter(name, null);
    }

    private static PdfFilters.Filter f(String name, PdfFilters.@Nullable Params p) {
        return new PdfFilters.Filter(name, p);
    }

    /** {@code data} through every filter and two chains, each decoded back. */
    private static void assertEveryFilterRoundTrips(byte[] data) throws IOException {
        PdfFilters.Params lateChange = new PdfFilters.Params(1, 1, 8, 1, 0);
        assertThat(decode(Encoders.asciiHex(data), f("ASCIIHexDecode"))).isEqualTo(data);
        assertThat(decode(Encoders.ascii85(data), f("A85"))).isEqualTo(data);
        assertThat(decode(Encoders.lzw(data, 1), f("LZWDecode"))).isEqualTo(data);
        assertThat(decode(Encoders.lzwByPdfBox(data), f("LZWDecode"))).isEqualTo(data);
        assertThat(decode(Encoders.lzw(data, 0), f("LZW", lateChange))).isEqualTo(data);
        assertThat(decode(Encoders.runLength(data), f("RL"))).isEqualTo(data);
        assertThat(decode(RawPdf.zlib(data), f("Fl"))).isEqualTo(data);
        assertThat(decode(Encoders.ascii85(RawPdf.zlib(data)), f("ASCII85Decode"), f("FlateDecode")))
                .isEqualTo(data);
        assertThat(decode(Encoders.asciiHex(Encoders.lzw(data, 1)), f("AHx"), f("LZWDecode")))
                .isEqualTo(data);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 4, 5, 1000, 70_000})
    void everyFilter_decodesWhatItsEncoderWrote(int size) throws Exception {
        assertEveryFilterRoundTrips(content(size, size));
    }

    @Test
    void binaryData_throughEveryFilter() throws Exception {
        byte[] data = new byte[50_000];
        new Random(11).nextBytes(data);
        assertEveryFilterRoundTrips(data);
        byte[] zeros = new byte[4000];
        assertThat(decode(Encoders.ascii85(zeros), f("ASCII85Decode"))).isEqualTo(zeros); // 'z' groups
    }

    @Test
    void pngPredictor_undoesTheUpFilter_andTiff2_theHorizontalDifference() throws Exception {
        byte[] data = content(10_000, 5);
        byte[] png = RawPdf.zlib(Encoders.pngUp(data, 16));
        byte[] decoded = decode(png, f("FlateDecode", new PdfFilters.Params(12, 1, 8, 16, 1)));
        assertThat(decoded).hasSize(10_000 + (16 - 10_000 % 16) % 16);
        assertThat(java.util.Arrays.copyOf(decoded, data.length)).isEqualTo(data);
        byte[] diff = data.clone();
        for (int i = diff.length - 1; i > 0; i--) {
            if (i % 20 != 0) {
                diff[i] = (byte) (diff[i] - diff[i - 1]);
            }
        }
        assertThat(decode(RawPdf.zlib(diff), f("FlateDecode", new PdfFilters.Params(2, 1, 8, 20, 1))))
                .isEqualTo(data);
    }

    @Test
    void edgeCases_ofTheAsciiFilters_asTheSpecificationWritesThem() throws Exception {
        assertThat(decode("48 65\n6C6C6F>".getBytes(StandardCharsets.US_ASCII), f("AHx")))
                .isEqualTo("Hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(decode("414>".getBytes(StandardCharsets.US_ASCII), f("AHx"))).containsExactly(0x41, 0x40);
        assertThat(decode("87cURD]i,\"Ebo80~>".getBytes(StandardCharsets.US_ASCII), f("A85")))
                .isEqualTo("Hello World!".getBytes(StandardCharsets.US_ASCII));
        assertThat(decode(new byte[] {4, 'H', 'e', 'l', 'l', 'o', (byte) 0xFE, 'A', (byte) 0x80}, f("RL")))
                .isEqualTo("HelloAAA".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void imageAndUnknownFilters_areNotDecoded() {
        for (String name : List.of("DCTDecode", "JPXDecode", "CCITTFaxDecode", "JBIG2Decode", "Foo")) {
            assertThat(PdfFilters.decodable(List.of(f("ASCII85Decode"), f(name))))
                    .as(name)
                    .isFalse();
        }
        assertThat(PdfFilters.decodable(List.of(f("FlateDecode", new PdfFilters.Params(12, 1, 8, 1 << 30, 1)))))
                .as("a predictor row of gigabytes")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LZWDecode", "RunLengthDecode", "FlateDecode"})
    void bombs_inEveryExpandingFilter_areRefused(String name) throws Exception {
        byte[] zeros = new byte[16 << 20];
        byte[] encoded =
                switch (name) {
                    case "LZWDecode" -> Encoders.lzw(zeros, 1);
                    case "RunLengthDecode" -> Encoders.runLength(zeros);
                    default -> RawPdf.zlib(zeros);
                };
        InputStream in = PdfFilters.decode(
                new ByteArrayInputStream(Encoders.ascii85(encoded)),
                List.of(f("ASCII85Decode"), f(name)),
                new InspectionLimits(256L << 20, 10_000, 200, 1L << 20, 1L << 30, 4L << 20, 200, 100_000, 100),
                new BoundedInflater.Budget(1L << 30));
        assertThat(in).isNotNull();
        assertThatThrownBy(() -> in.transferTo(java.io.OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.problem()).isEqualTo(DocumentProblem.DECOMPRESSION_BOMB));
    }

    @Test
    void theSharedBudget_countsTheLastStageOfEveryStream() throws Exception {
        byte[] data = content(100_000, 3);
        BoundedInflater.Budget budget = new BoundedInflater.Budget(150_000);
        InputStream first =
                PdfFilters.decode(new ByteArrayInputStream(Encoders.asciiHex(data)), List.of(f("AHx")), LIMITS, budget);
        first.transferTo(java.io.OutputStream.nullOutputStream());
        InputStream second =
                PdfFilters.decode(new ByteArrayInputStream(Encoders.asciiHex(data)), List.of(f("AHx")), LIMITS, budget);
        assertThatThrownBy(() -> second.transferTo(java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(Refusal.class);
    }
}
