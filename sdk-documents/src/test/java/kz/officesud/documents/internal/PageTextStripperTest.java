package kz.officesud.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kz.officesud.documents.DocumentFormat;
import kz.officesud.documents.corpus.AcceptanceCorpus;
import kz.officesud.documents.corpus.RawPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageTextStripperTest {
    @TempDir
    Path dir;

    @Test
    void aLineDrawnTwiceToEmboldenIt_isReadOnce() throws Exception {
        Path pdf = dir.resolve("bold.pdf");
        try (RawPdf raw = RawPdf.create(pdf)) {
            raw.type0Font("F1", "TimesNewRomanPSMT");
            raw.page(
                    RawPdf.line2("F1", 14, 200, 700, "ИСКОВОЕ ЗАЯВЛЕНИЕ")
                            + RawPdf.line2("F1", 14, 200.3, 700.2, "ИСКОВОЕ ЗАЯВЛЕНИЕ")
                            + RawPdf.line2("F1", 14, 72, 660, "о взыскании задолженности"),
                    RawPdf.Filter.FLATE);
        }

        String text = read(pdf, new PageTextStripper());

        assertThat(text.split("ИСКОВОЕ", -1)).as("the title, once").hasSize(2);
        assertThat(text).contains("ИСКОВОЕ ЗАЯВЛЕНИЕ").contains("о взыскании задолженности");
        PDFTextStripper keepingBoth = stock();
        keepingBoth.setSuppressDuplicateOverlappingText(false);
        assertThat(read(pdf, keepingBoth).split("ИСКОВОЕ", -1))
                .as("without suppression, twice")
                .hasSize(3);
    }

    @Test
    void randomPagesOfRepeatedAndNearlyRepeatedGlyphs_readAsPdfBoxReadsThem() throws Exception {
        Random random = new Random(20261203L);
        String[] texts = {"о", "а", "е", "И", "ск", "—", "1", " ", "ОВ"};
        for (int d = 0; d < 40; d++) {
            Path pdf = dir.resolve("random-" + d + ".pdf");
            StringBuilder content = new StringBuilder();
            List<float[]> drawn = new ArrayList<>();
            for (int g = 0; g < 400; g++) {
                String text = texts[random.nextInt(texts.length)];
                float size = 6 + random.nextInt(30);
                float x;
                float y;
                if (!drawn.isEmpty() && random.nextInt(3) == 0) {
                    float[] earlier = drawn.get(random.nextInt(drawn.size()));
                    // near an earlier glyph: on either side of the third-of-a-width tolerance
                    x = earlier[0] + (float) (random.nextGaussian() * 3);
                    y = earlier[1] + (float) (random.nextGaussian() * 3);
                } else {
                    x = 20 + random.nextInt(560);
                    y = 20 + random.nextInt(760);
                }
                drawn.add(new float[] {x, y});
                String line = RawPdf.line2("F1", size, x, y, text);
                if (random.nextInt(10) == 0) {
                    line = "/Span << /ActualText (" + (char) ('a' + random.nextInt(26)) + ") >> BDC\n" + line + "EMC\n";
                }
                content.append(line);
            }
            try (RawPdf raw = RawPdf.create(pdf)) {
                raw.type0Font("F1", "TimesNewRomanPSMT");
                raw.page(content.toString(), RawPdf.Filter.FLATE);
                raw.page(content.toString(), RawPdf.Filter.NONE);
            }
            assertThat(read(pdf, new PageTextStripper())).as(pdf.toString()).isEqualTo(read(pdf, stock()));
        }
    }

    @Test
    void everyPdfOfTheAcceptanceCorpus_readsAsPdfBoxReadsIt() throws Exception {
        int compared = 0;
        for (AcceptanceCorpus.Entry entry : AcceptanceCorpus.writeTo(dir)) {
            if (entry.format() != DocumentFormat.PDF) {
                continue;
            }
            String ours;
            String theirs;
            try {
                theirs = read(entry.file(), stock());
            } catch (Exception | StackOverflowError e) {
                continue;
            }
            ours = read(entry.file(), new PageTextStripper());
            assertThat(ours).as(entry.file().toString()).isEqualTo(theirs);
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void theGrid_answersAsAScanOfEveryEarlierGlyph_alsoAtExtremeCoordinatesAndTolerances() {
        Random random = new Random(42);
        float[] extremes = {
            0f,
            -0f,
            1e-30f,
            -8f,
            8f,
            7.9999f,
            8.0001f,
            1e7f,
            -1e7f,
            8_388_607f,
            3e38f,
            -3e38f,
            Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY,
            Float.NaN
        };
        for (int round = 0; round < 200; round++) {
            PageTextStripper.RepeatedGlyphs grid = new PageTextStripper.RepeatedGlyphs();
            List<Object[]> earlier = new ArrayList<>();
            for (int g = 0; g < 300; g++) {
                String text = String.valueOf((char) ('a' + random.nextInt(3)));
                float x = random.nextInt(20) == 0 ? extremes[random.nextInt(extremes.length)] : random.nextInt(64) - 16;
                float y = random.nextInt(20) == 0 ? extremes[random.nextInt(extremes.length)] : random.nextInt(64) - 16;
                float tolerance =
                        switch (random.nextInt(12)) {
                            case 0 -> extremes[random.nextInt(extremes.length)];
                            case 1 -> -random.nextFloat() * 3;
                            case 2 -> 40 + random.nextFloat() * 100;
                            default -> random.nextFloat() * 5;
                        };
                boolean expected = false;
                float fromX = x - tolerance;
                float toX = x + tolerance;
                float fromY = y - tolerance;
                float toY = y + tolerance;
                for (Object[] e : earlier) {
                    float px = (float) e[1];
                    float py = (float) e[2];
                    if (e[0].equals(text) && px >= fromX && px < toX && py >= fromY && py < toY) {
                        expected = true;
                        break;
                    }
                }
                assertThat(grid.seen(text, x, y, tolerance))
                        .as("round %d glyph %d: %s at (%s, %s) ± %s", round, g, text, x, y, tolerance)
                        .isEqualTo(expected);
                if (!expected) {
                    earlier.add(new Object[] {text, x, y});
                }
            }
            if (round % 50 == 0) {
                grid.clear();
                assertThat(grid.seen("a", 0, 0, 1)).isFalse();
                assertThat(grid.seen("a", 0, 0, 1)).isTrue();
            }
        }
    }

    private static PDFTextStripper stock() throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd("\n");
        return stripper;
    }

    private static String read(Path pdf, PDFTextStripper stripper) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return stripper.getText(document);
        }
    }
}
