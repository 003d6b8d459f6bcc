package kz.officesud.core.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ground 5 of the 2018 rules on filing electronic documents (§24: «не вложены документы или материалы, указанные в
 * приложении»): each document the statement lists as annexed must be among the filing's files. The file name
 * identifies the document (§12), so an item is matched to a file by name, tolerantly: case, «ё», quotes, the
 * numbering, the extension, the words «копия», «скан», «оригинал», page and copy counts («на 3 л.», «в 2 экз.») and
 * punctuation do not count, and words are compared by their stem (their first five letters, so that «договора»
 * matches «договор»). An item matches a file when the file's name holds at least two thirds of the item's words (or
 * all of them, for an item of one or two words), or the other way round. An item about the state fee («квитанция об
 * оплате государственной пошлины») is also satisfied by a fee paid online, and an item that is a copy of the
 * statement itself («копия искового заявления для ответчика») by the statement.
 */
public final class AnnexCheck {
    private static final Pattern EXTENSION =
            Pattern.compile("\\.(?:pdf|docx?|xlsx?|jpe?g|png|rtf|odt|zip)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTS = Pattern.compile(
            "\\b(?:на\\s*\\d+\\s*(?:л|лист\\w*|стр\\w*)\\b\\.?|в\\s*\\d+\\s*(?:экз\\w*)\\b\\.?|\\d+\\s*(?:экз|л)\\b\\.?)",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> NOISE = Set.of(
            "копия",
            "копии",
            "копию",
            "копий",
            "скан",
            "сканкопия",
            "электронная",
            "электронной",
            "оригинал",
            "оригинала",
            "подлинник",
            "заверенная",
            "заверенной",
            "нотариально",
            "для",
            "от",
            "на",
            "о",
            "об",
            "по",
            "и",
            "в",
            "во",
            "к",
            "с",
            "со",
            "из",
            "за",
            "г",
            "года",
            "год",
            "гг",
            "no",
            "n",
            "а",
            "шт",
            "экз",
            "л",
            "ответчика",
            "ответчику",
            "ответчиков",
            "сторон",
            "суда",
            "көшірме",
            "көшірмесі",
            "түпнұсқа");
    private static final int STEM = 5;

    private AnnexCheck() {}

    /**
     * A file of the filing, as the check sees it.
     *
     * @param fileName its name
     * @param statement whether it is the statement itself
     * @param feeReceipt whether it is a receipt for the state fee
     */
    public record File(String fileName, boolean statement, boolean feeReceipt) {
        public File {
            Objects.requireNonNull(fileName, "fileName");
        }
    }

    /** A listed item and the file that satisfies it (empty: none — the annex is missing). */
    public record Item(String listed, Optional<String> file) {
        public Item {
            Objects.requireNonNull(listed, "listed");
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * The check's result.
     *
     * @param items every listed item, with the file that satisfies it
     */
    public record Result(List<Item> items) {
        public Result {
            items = List.copyOf(items);
        }

        /** The listed items no file satisfies. */
        public List<String> missing() {
            return items.stream()
                    .filter(i -> i.file().isEmpty())
                    .map(Item::listed)
                    .toList();
        }

        public boolean complete() {
            return missing().isEmpty();
        }
    }

    /**
     * Matches each listed item to the filing's files.
     *
     * @param listed the statement's list of annexes ({@link StatementText#annexes()})
     * @param files the filing's files
     * @param feePaidOnline whether the state fee was paid online (its electronic check is the receipt)
     */
    public static Result check(List<String> listed, List<File> files, boolean feePaidOnline) {
        Objects.requireNonNull(listed, "listed");
        Objects.requireNonNull(files, "files");
        List<Item> items = new ArrayList<>();
        for (String item : listed) {
            items.add(new Item(item, match(item, files, feePaidOnline)));
        }
        return new Result(items);
    }

    private static Optional<String> match(String item, List<File> files, boolean feePaidOnline) {
        Set<String> wanted = stems(item);
        if (wanted.isEmpty()) {
            return files.isEmpty() ? Optional.empty() : Optional.of(files.get(0).fileName());
        }
        for (File file : files) {
            if (matches(wanted, stems(file.fileName()))) {
                return Optional.of(file.fileName());
            }
        }
        if (aboutFee(wanted)) {
            for (File file : files) {
                if (file.feeReceipt()) {
                    return Optional.of(file.fileName());
                }
            }
            if (feePaidOnline) {
                return Optional.of("(state fee paid online)");
            }
        }
        if (aboutStatement(wanted)) {
            for (File file : files) {
                if (file.statement()) {
                    return Optional.of(file.fileName());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Set<String> wanted, Set<String> have) {
        if (have.isEmpty()) {
            return false;
        }
        return covers(have, wanted) || covers(wanted, have);
    }

    /** Whether {@code container} holds enough of {@code words}: all of one or two, two thirds of more. */
    private static boolean covers(Set<String> container, Set<String> words) {
        int found = 0;
        for (String word : words) {
            if (container.contains(word)) {
                found++;
            }
        }
        return words.size() <= 2 ? found == words.size() : found * 3 >= words.size() * 2;
    }

    private static boolean aboutFee(Set<String> stems) {
        return stems.contains("пошли")
                || stems.contains("госпо")
                || stems.contains("баж")
                || stems.contains("оплат")
                || stems.contains("квита")
                || stems.contains("чек");
    }

    private static boolean aboutStatement(Set<String> stems) {
        return stems.contains("заявл")
                || stems.contains("иск")
                || stems.contains("исков")
                || stems.contains("жалоб")
                || stems.contains("арыз");
    }

    /** The item's significant words, each cut to its stem. */
    static Set<String> stems(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        s = EXTENSION.matcher(s).replaceAll("");
        s = COUNTS.matcher(s).replaceAll(" ");
        Set<String> out = new LinkedHashSet<>();
        for (String word : NON_WORD.split(s)) {
            if (word.isEmpty() || NOISE.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            out.add(word.length() > STEM ? word.substring(0, STEM) : word);
        }
        return out;
    }
}
