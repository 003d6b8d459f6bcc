package kz.officesud.documents.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the content-stream walker on raw bytes: it reports text shows and XObjects with sane arguments, or refuses
 * the stream with a {@link Refusal} (nesting too deep); nothing else comes out of it.
 */
class PdfContentScannerFuzzTest {
    private static final PdfContentScanner.Listener CHECKING = new PdfContentScanner.Listener() {
        @Override
        public void show(String font, byte[] bytes, int len, long overflow, double size, int renderMode) {
            if (len < 0 || len > bytes.length || overflow < 0) {
                throw new AssertionError(
                        "a text show of " + len + " bytes of " + bytes.length + ", " + overflow + " more");
            }
        }

        @Override
        public void xobject(String name, double[] ctm) {
            if (ctm.length != 6) {
                throw new AssertionError("a matrix of " + ctm.length + " numbers");
            }
        }

        @Override
        public void inlineImage() {}
    };

    @FuzzTest
    void scan(byte[] input) throws IOException {
        try {
            new PdfContentScanner(new ByteArrayInputStream(input), new double[] {1, 0, 0, 1, 0, 0}, CHECKING, 16).run();
        } catch (Refusal refused) {
            // nesting too deep: the one way the walker says no
        }
    }
}
