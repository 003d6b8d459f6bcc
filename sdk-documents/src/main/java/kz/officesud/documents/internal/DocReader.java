package kz.officesud.documents.internal;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import kz.officesud.documents.InspectionLimits;
import kz.officesud.documents.LayoutReport;
import kz.officesud.documents.LayoutRule;
import kz.officesud.documents.Location;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.model.types.StshifAbstractType;
import org.apache.poi.hwpf.sprm.SprmBuffer;
import org.apache.poi.hwpf.sprm.SprmIterator;
import org.apache.poi.hwpf.sprm.SprmOperation;
import org.apache.poi.hwpf.usermodel.CharacterProperties;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DOC (Word 97–2003) through POI HWPF: every story (main text, headers and footers, footnotes, endnotes, comments,
 * text boxes), paragraph by paragraph, run by run, with the effective font, size and the paragraph's line spacing.
 * ASCII characters are judged by the run's {@code ftcAscii} font, all others (Cyrillic) by its {@code ftcOther} font,
 * as Word draws them. Field codes (between the field begin and separator marks), deleted and hidden text are skipped.
 *
 * <p>Fonts as [MS-DOC] resolves them: a run's font is set by its direct formatting, its character style or its
 * paragraph's style chain ({@code sprmCRgFtc0}, {@code sprmCRgFtc2}); where none sets it, the document default from the
 * stylesheet header ({@code Stshif.ftcAsci}, {@code ftcOther}) applies. HWPF takes the font table's first font then,
 * which is Times New Roman in most files: a document whose default font is Arial only in the stylesheet header would
 * pass as Times New Roman.
 *
 * <p>Only the main text decides whether the file can be read: a secondary story that HWPF cannot slice (an empty
 * header or footnote story, common in files written by other programs than Word) is skipped, not called damage.
 */
final class DocReader {
    private static final Logger LOG = LoggerFactory.getLogger(DocReader.class);
    private static final @Nullable Field PROPS = field(CharacterRun.class, "_props");
    private static final @Nullable Field DIRECT = field(CharacterRun.class, "_chpx");
    private static final @Nullable Field STSHIF = field(StyleSheet.class, "_stshif");

    /** sprmCRgFtc0 (ASCII font), sprmCRgFtc2 (other font), sprmCIstd (character style): operations of type CHP. */
    private static final int FTC_ASCII = 0x4F;

    private static final int FTC_ASCII_OLD = 0x3D; // what HWPF also reads as the ASCII font
    private static final int FTC_OTHER = 0x51;
    private static final int ISTD = 0x30;

    private DocReader() {}

    static Outcome inspect(POIFSFileSystem fs, @Nullable LayoutRule layout, InspectionLimits limits)
            throws IOException {
        long need = heapNeeded(fs);
        if (need > Runtime.getRuntime().maxMemory()) {
            // HWPF holds the whole document; a heap too small for it is this JVM's limit, not the file's fault
            return new Outcome(
                    new kz.officesud.documents.Readability.NotInspected(
                            "reading it needs about " + (need >> 20) + " MB of heap, more than this JVM's "
                                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB"),
                    LayoutReport.notChecked());
        }
        HWPFDocument doc;
        try {
            doc = new HWPFDocument(fs.getRoot());
        } catch (IOException | RuntimeException e) {
            throw Ole2Reader.unreadable(e);
        }
        // the text is counted even when the rules say nothing of the layout: a document with none is reported
        LayoutTally tally =
                new LayoutTally(layout != null ? layout : LayoutRule.timesNewRoman14(), limits.maxFindings());
        Fonts fonts = new Fonts(doc);
        try {
            story(doc, fonts, doc.getRange(), "body", tally);
        } catch (RuntimeException e) {
            throw Ole2Reader.unreadable(e);
        }
        secondary(doc, fonts, "header", tally);
        secondary(doc, fonts, "footnotes", tally);
        secondary(doc, fonts, "endnotes", tally);
        secondary(doc, fonts, "comments", tally);
        secondary(doc, fonts, "textboxes", tally);
        LayoutReport report = tally.report();
        Outcome.Text text = report.textCharacters() > 0 ? Outcome.Text.PRESENT : Outcome.Text.NONE;
        LayoutReport layoutReport = layout != null && report.textCharacters() > 0 ? report : LayoutReport.notChecked();
        return Outcome.readable(true, layoutReport).withText(text);
    }

    /**
     * The heap HWPF needs for the file: eight times its streams ({@code WordDocument}, the table stream, {@code Data}),
     * as measured on long texts (a 20 MB document needs about 160 MB; see docs/benchmarks.md).
     */
    static long heapNeeded(POIFSFileSystem fs) {
        long streams = 0;
        for (String name : new String[] {"WordDocument", "1Table", "0Table", "Data"}) {
            try {
                if (fs.getRoot().getEntryCaseInsensitive(name)
                        instanceof org.apache.poi.poifs.filesystem.DocumentEntry d) {
                    streams += d.getSize();
                }
            } catch (java.io.FileNotFoundException e) {
                // not in this file
            }
        }
        return 8 * streams;
    }

    /** A story other than the main text; HWPF failing on it (an empty story it cannot slice) skips it. */
    private static void secondary(HWPFDocument doc, Fonts fonts, String story, LayoutTally tally) {
        try {
            Range range =
                    switch (story) {
                        case "header" -> doc.getHeaderStoryRange();
                        case "footnotes" -> doc.getFootnoteRange();
                        case "endnotes" -> doc.getEndnoteRange();
                        case "comments" -> doc.getCommentsRange();
                        default -> doc.getMainTextboxRange();
                    };
            story(doc, fonts, range, story, tally);
        } catch (RuntimeException e) {
            LOG.debug("the {} story cannot be read; skipped", story, e);
        }
    }

    private static void story(HWPFDocument doc, Fonts fonts, @Nullable Range range, String story, LayoutTally tally) {
        if (range == null || range.getStartOffset() >= range.getEndOffset()) {
            return; // an empty story: nothing to read, and nothing HWPF can slice
        }
        LayoutRule rule = tally.rule();
        // fields nest: for each open field, whether we are still in its code (0x13 begin .. 0x14 separator)
        java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();
        int fieldDepth = 0; // open fields still in their code
        int paragraphs = range.numParagraphs();
        for (int i = 0; i < paragraphs; i++) {
            Paragraph p = range.getParagraph(i);
            double spacing = spacing(p.getLineSpacing().toInt(), rule.fontSizePoints());
            Location where = Location.paragraph(story, i + 1);
            int runs = p.numCharacterRuns();
            for (int j = 0; j < runs; j++) {
                CharacterRun run = p.getCharacterRun(j);
                String text = run.text();
                long ascii = 0;
                long other = 0;
                StringBuilder visible = new StringBuilder(Math.min(text.length(), 64));
                for (int k = 0; k < text.length(); k++) {
                    char c = text.charAt(k);
                    if (c == 0x13) {
                        fields.push(Boolean.TRUE);
                        fieldDepth++;
                    } else if (c == 0x14 && !fields.isEmpty() && fields.peek()) {
                        fields.pop();
                        fields.push(Boolean.FALSE);
                        fieldDepth--;
                    } else if (c == 0x15 && !fields.isEmpty()) {
                        if (fields.pop()) {
                            fieldDepth--;
                        }
                    } else if (fieldDepth == 0 && c > 0x20 && !Character.isWhitespace(c) && c != 0xA0) {
                        if (c < 0x80) {
                            ascii++;
                        } else {
                            other++;
                        }
                        if (visible.length() < 60) {
                            visible.append(c);
                        }
                    } else if (fieldDepth == 0 && c == ' ' && visible.length() > 0 && visible.length() < 60) {
                        visible.append(c);
                    }
                }
                if (ascii + other == 0 || run.isMarkedDeleted() || run.isVanished() || run.isFldVanished()) {
                    continue;
                }
                double size = run.getFontSize() / 2.0;
                boolean sizeOk = rule.acceptsSize(size);
                String snippetText = visible.toString();
                LayoutTally.Snippet snippet = max -> snippetText; // one instance: a finding takes a run's text once
                String[] names = fonts.of(run, p);
                String otherFont = names[1];
                String asciiFont = names[0];
                if (other > 0 && ascii > 0 && otherFont.equals(asciiFont)) {
                    tally.add(
                            where,
                            tally.acceptsFont(otherFont),
                            otherFont,
                            sizeOk,
                            size,
                            spacing,
                            other + ascii,
                            snippet);
                    continue;
                }
                if (other > 0) {
                    tally.add(where, tally.acceptsFont(otherFont), otherFont, sizeOk, size, spacing, other, snippet);
                }
                if (ascii > 0) {
                    tally.add(where, tally.acceptsFont(asciiFont), asciiFont, sizeOk, size, spacing, ascii, snippet);
                }
            }
        }
    }

    /** LSPD: dyaLine (low 16 bits), fMultLinespace (high 16 bits); exact when dyaLine is negative. */
    static double spacing(int lspd, double rulePoints) {
        short dyaLine = (short) (lspd & 0xFFFF);
        short mult = (short) (lspd >>> 16);
        if (lspd == 0) {
            return 1.0;
        }
        if (mult == 1) {
            return dyaLine / 240.0;
        }
        double m = (Math.abs(dyaLine) / 20.0) / (1.15 * rulePoints);
        return dyaLine < 0 ? m : Math.max(1.0, m);
    }

    /**
     * A run's two fonts, {ASCII, other}, as Word resolves them. HWPF's {@link CharacterRun} exposes only the ASCII
     * font and fills what no level sets with font 0; its properties, its direct formatting and the stylesheet header
     * are read reflectively (the automatic module opens its packages). If that ever fails, HWPF's fonts are used.
     */
    private static final class Fonts {
        private final HWPFDocument doc;
        private final StyleSheet styles;
        private final int defaultAscii;
        private final int defaultOther;
        private final boolean defaultsKnown;
        /** Per (paragraph style, character style): whether their styles set the ASCII font (bit 0), the other (bit 1). */
        private final Map<Long, Integer> styleSets = new HashMap<>();

        Fonts(HWPFDocument doc) {
            this.doc = doc;
            this.styles = doc.getStyleSheet();
            int ascii = -1;
            int other = -1;
            StshifAbstractType st = get(STSHIF, styles, StshifAbstractType.class);
            if (st != null) {
                ascii = st.getFtcAsci();
                other = st.getFtcOther();
            }
            this.defaultsKnown = ascii >= 0 && other >= 0;
            this.defaultAscii = ascii;
            this.defaultOther = other;
        }

        String[] of(CharacterRun run, Paragraph p) {
            String ascii = String.valueOf(run.getFontName());
            String other = ascii;
            CharacterProperties cp = props(run);
            if (cp != null) {
                String name = doc.getFontTable().getMainFont(cp.getFtcOther());
                other = name != null ? name : ascii;
            }
            if (!defaultsKnown) {
                return new String[] {ascii, other};
            }
            SprmBuffer direct = direct(run);
            int sets = 0;
            int charStyle = -1;
            if (direct != null) {
                SprmIterator it = direct.iterator();
                while (it.hasNext()) {
                    SprmOperation op = it.next();
                    if (op.getType() == SprmOperation.TYPE_CHP) {
                        sets |= bit(op.getOperation());
                        if (op.getOperation() == ISTD) {
                            charStyle = op.getOperand();
                        }
                    }
                }
            }
            if (sets != 3) {
                sets |= styleSets(p.getStyleIndex(), charStyle);
            }
            if ((sets & 1) == 0) {
                ascii = font(defaultAscii, ascii);
            }
            if ((sets & 2) == 0) {
                other = font(defaultOther, other);
            }
            return new String[] {ascii, other};
        }

        private String font(int index, String fallback) {
            String name = doc.getFontTable().getMainFont(index);
            return name != null ? name : fallback;
        }

        private int styleSets(int paragraphStyle, int charStyle) {
            long key = (long) paragraphStyle << 32 | (charStyle & 0xFFFFFFFFL);
            Integer known = styleSets.get(key);
            if (known != null) {
                return known;
            }
            int sets = 0;
            // the paragraph style and the styles it is based on, as HWPF applies them
            int istd = paragraphStyle;
            for (int depth = 0; istd >= 0 && istd < styles.numStyles() && depth < 64; depth++) {
                sets |= sets(styles.getCHPX(istd));
                StyleDescription sd = styles.getStyleDescription(istd);
                if (sd == null) {
                    break;
                }
                int base = sd.getBaseStyle();
                if (base == StyleSheet.NIL_STYLE || base == istd) {
                    break;
                }
                istd = base;
            }
            if (charStyle >= 0 && charStyle < styles.numStyles()) {
                sets |= sets(styles.getCHPX(charStyle));
            }
            styleSets.put(key, sets);
            return sets;
        }

        /** Bit 0: the grpprl sets the ASCII font; bit 1: the other font. */
        private static int sets(byte @Nullable [] grpprl) {
            if (grpprl == null) {
                return 0;
            }
            int sets = 0;
            SprmIterator it = new SprmIterator(grpprl, 0);
            while (it.hasNext()) {
                SprmOperation op = it.next();
                if (op.getType() == SprmOperation.TYPE_CHP) {
                    sets |= bit(op.getOperation());
                }
            }
            return sets;
        }

        private static int bit(int operation) {
            return operation == FTC_ASCII || operation == FTC_ASCII_OLD ? 1 : operation == FTC_OTHER ? 2 : 0;
        }

        private static @Nullable CharacterProperties props(CharacterRun run) {
            return get(PROPS, run, CharacterProperties.class);
        }

        private static @Nullable SprmBuffer direct(CharacterRun run) {
            return get(DIRECT, run, SprmBuffer.class);
        }
    }

    /** The value of HWPF's private {@code field} of {@code owner}, or null when it cannot be read. */
    private static <T> @Nullable T get(@Nullable Field field, Object owner, Class<T> type) {
        if (field == null) {
            return null;
        }
        try {
            Object value = field.get(owner);
            return type.isInstance(value) ? type.cast(value) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cannot read HWPF's {}", field.getName(), e);
            return null;
        }
    }

    private static @Nullable Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
