package kz.officesud.documents.internal;

import java.io.IOException;
import java.lang.reflect.Field;
import kz.officesud.documents.DocumentProblem;
import kz.officesud.documents.InspectionLimits;
import kz.officesud.documents.LayoutReport;
import kz.officesud.documents.LayoutRule;
import kz.officesud.documents.Location;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DOC (Word 97–2003) through POI HWPF: every story (main text, headers and footers, footnotes, endnotes, comments,
 * text boxes), paragraph by paragraph, run by run, with the effective font (HWPF resolves styles and direct
 * formatting), size and the paragraph's line spacing. ASCII characters are judged by the run's {@code ftcAscii}
 * font, all others (Cyrillic) by its {@code ftcOther} font, as Word draws them. Field codes (between the field
 * begin and separator marks), deleted and hidden text are skipped.
 */
final class DocReader {
    private static final Logger LOG = LoggerFactory.getLogger(DocReader.class);
    private static final @Nullable Field PROPS = propsField();

    private DocReader() {}

    static Outcome inspect(POIFSFileSystem fs, @Nullable LayoutRule layout, InspectionLimits limits)
            throws IOException {
        HWPFDocument doc;
        try {
            doc = new HWPFDocument(fs.getRoot());
        } catch (IOException | RuntimeException e) {
            throw Ole2Reader.unreadable(e);
        }
        if (layout == null) {
            return Outcome.readable(true, LayoutReport.notChecked());
        }
        LayoutTally tally = new LayoutTally(layout, limits.maxFindings());
        try {
            story(doc, doc.getRange(), "body", tally);
            story(doc, doc.getHeaderStoryRange(), "header", tally);
            story(doc, doc.getFootnoteRange(), "footnotes", tally);
            story(doc, doc.getEndnoteRange(), "endnotes", tally);
            story(doc, doc.getCommentsRange(), "comments", tally);
            story(doc, doc.getMainTextboxRange(), "textboxes", tally);
        } catch (RuntimeException e) {
            throw Ole2Reader.unreadable(e);
        }
        LayoutReport report = tally.report();
        return Outcome.readable(true, report.textCharacters() > 0 ? report : LayoutReport.notChecked());
    }

    private static void story(HWPFDocument doc, @Nullable Range range, String story, LayoutTally tally) {
        if (range == null) {
            return;
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
                String snippet = visible.toString();
                if (other > 0) {
                    String font = otherFont(doc, run);
                    tally.add(where, rule.acceptsFont(font), font, sizeOk, size, spacing, other, max -> snippet);
                }
                if (ascii > 0) {
                    String font = String.valueOf(run.getFontName());
                    String once = other > 0 ? "" : snippet; // the run's text is in the snippet once
                    tally.add(where, rule.acceptsFont(font), font, sizeOk, size, spacing, ascii, max -> once);
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
     * The run's font for non-ASCII text ({@code ftcOther}). HWPF's {@link CharacterRun} exposes only the ASCII font,
     * so the properties are read reflectively (the automatic module opens its packages); if that ever fails the ASCII
     * font is used.
     */
    private static String otherFont(HWPFDocument doc, CharacterRun run) {
        Field f = PROPS;
        if (f != null) {
            try {
                Object props = f.get(run);
                if (props instanceof org.apache.poi.hwpf.usermodel.CharacterProperties cp) {
                    String name = doc.getFontTable().getMainFont(cp.getFtcOther());
                    if (name != null) {
                        return name;
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.debug("cannot read ftcOther", e);
            }
        }
        return String.valueOf(run.getFontName());
    }

    private static @Nullable Field propsField() {
        try {
            Field f = CharacterRun.class.getDeclaredField("_props");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static Refusal unreadable(String detail) {
        return new Refusal(DocumentProblem.CORRUPT, detail);
    }
}
