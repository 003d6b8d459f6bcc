package kz.officesud.core.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.officesud.core.model.CaseNumber;

/**
 * A statement's text (заявление, жалоба, ходатайство…) as the court reads it: the heading above the title (the court
 * it is addressed to, the parties), the title, and the list of annexes at the end («Приложение:» / «Қосымша:»).
 * Text comes from {@code DocumentText}; lines are trimmed and blank ones kept as the paragraph breaks they are.
 *
 * @param text the statement's text, paragraphs ending with a line feed
 */
public record StatementText(String text) {
    /** How far from the top a title is looked for. */
    static final int TITLE_WINDOW = 40;

    private static final Pattern ANNEX_HEADING = Pattern.compile(
            "^(?:приложени[еяй]|қосымша(?:лар)?|annex(?:es)?|attachments?)\\s*(?:[:：—–-]\\s*(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:\\(?\\d{1,3}\\s*[.)](?!\\d)|[-–—•·*▪●]|[а-яa-z]\\))\\s*(.*)$",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INLINE_ITEMS = Pattern.compile("(?<![\\d.])(\\d{1,3})\\s*[.)](?!\\d)\\s*");
    private static final Pattern END_OF_LIST = Pattern.compile(
            "^(?:подпись|дата|с уважением|«\\s*_*\\s*»|\"\\s*_*\\s*\"|_{3,}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\s*(?:г\\.?|года|ж\\.?)?\\s*$"
                    + "|истец\\b|заявитель\\b|представитель\\b|қолы\\b|күні\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CASE_NUMBER = Pattern.compile(
            "\\b\\d{4}-\\d{2}-00-\\d{1,2}[а-яё]{0,3}/\\d{1,7}(?:\\(\\d{1,3}\\))?", Pattern.UNICODE_CASE);

    public StatementText {
        Objects.requireNonNull(text, "text");
    }

    public static StatementText of(String text) {
        return new StatementText(text);
    }

    /** The lines, trimmed (blank lines kept as empty strings). */
    public List<String> lines() {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        for (String line : raw) {
            lines.add(line.replace('\u00a0', ' ').strip());
        }
        return lines;
    }

    /** The title: the first line near the top that {@link DocumentTitles} recognises, if any. */
    public Optional<String> title() {
        List<String> lines = lines();
        for (int i = 0; i < Math.min(TITLE_WINDOW, lines.size()); i++) {
            if (DocumentTitles.recognise(lines.get(i)).isPresent()) {
                return Optional.of(lines.get(i));
            }
        }
        return Optional.empty();
    }

    /** The lines above the title (or the first lines, when there is none): addressee, parties, case number. */
    public List<String> heading() {
        List<String> lines = lines();
        int end = Math.min(TITLE_WINDOW, lines.size());
        for (int i = 0; i < end; i++) {
            if (DocumentTitles.recognise(lines.get(i)).isPresent()) {
                end = i;
                break;
            }
        }
        return lines.subList(0, end).stream().filter(l -> !l.isEmpty()).toList();
    }

    /** The case numbers the heading names («дело № 7594-26-00-4/123»), in order. */
    public List<CaseNumber> headingCaseNumbers() {
        List<CaseNumber> numbers = new ArrayList<>();
        for (String line : heading()) {
            Matcher m = CASE_NUMBER.matcher(line.toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (CaseNumber.isValid(m.group())) {
                    numbers.add(CaseNumber.parse(m.group()));
                }
            }
        }
        return numbers;
    }

    /**
     * The documents the statement lists as annexed, in order, as written (numbering and trailing punctuation
     * removed): the items after the last «Приложение:» / «Приложения:» / «Қосымша:» heading, one a numbered item or
     * a line, up to the date and signature. Empty when the statement has no such list.
     */
    public List<String> annexes() {
        List<String> lines = lines();
        int heading = -1;
        String inline = null;
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = ANNEX_HEADING.matcher(lines.get(i));
            if (m.matches()) {
                heading = i;
                inline = m.group(1);
                break;
            }
        }
        if (heading < 0) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        if (inline != null && !inline.isBlank()) {
            items.addAll(splitInline(inline));
        }
        boolean numbered = false;
        int blanks = 0;
        for (int i = heading + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                blanks++;
                if (!items.isEmpty() && (!numbered || blanks > 1)) {
                    break;
                }
                continue;
            }
            blanks = 0;
            Matcher item = NUMBERED.matcher(line);
            if (item.matches()) {
                numbered = true;
                items.addAll(splitInline(line));
                continue;
            }
            if (numbered && continues(items.get(items.size() - 1))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
                continue;
            }
            if (END_OF_LIST.matcher(line).find() || (numbered && !items.isEmpty())) {
                break;
            }
            items.add(line);
        }
        List<String> cleaned = new ArrayList<>();
        for (String item : items) {
            String c = clean(item);
            if (!c.isEmpty()) {
                cleaned.add(c);
            }
        }
        return List.copyOf(cleaned);
    }

    /** A wrapped item goes on when it does not end a sentence or an item. */
    private static boolean continues(String item) {
        String s = item.strip();
        return !s.isEmpty() && !s.endsWith(";") && !s.endsWith(".") && !s.endsWith(",");
    }

    /** "1) копия договора; 2) расчёт" → two items; a line with one item → itself. */
    private static List<String> splitInline(String line) {
        Matcher m = INLINE_ITEMS.matcher(line);
        List<Integer> starts = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            bodies.add(m.end());
        }
        if (starts.size() < 2) {
            if (line.contains(";") && !NUMBERED.matcher(line).matches()) {
                return List.of(line.split(";"));
            }
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        if (starts.get(0) > 0 && !line.substring(0, starts.get(0)).isBlank()) {
            out.add(line.substring(0, starts.get(0)));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : line.length();
            out.add(line.substring(bodies.get(i), end));
        }
        return out;
    }

    private static String clean(String item) {
        String s = item.strip();
        Matcher m = NUMBERED.matcher(s);
        if (m.matches()) {
            s = m.group(1).strip();
        }
        while (!s.isEmpty() && ";,.:".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
