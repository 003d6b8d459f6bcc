package kz.officesud.core.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.InvalidDataFileException;
import kz.officesud.core.model.InvalidDataFileException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The line format of the SDK's bundled data (the court directory, the case categories): UTF-8 text read strictly,
 * {@code #} comments and blank lines skipped, one entry a line with a fixed number of {@code |}-separated columns,
 * bounded in size. Every problem is an {@link InvalidDataFileException} naming the file and the line.
 */
public final class DataFiles {
    /** The most a data file may hold, in bytes: far more than any directory of the courts, far less than a heap. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private DataFiles() {}

    /** One entry: its line number and its columns, stripped. */
    public record Row(String source, int line, List<String> columns) {
        public Row {
            columns = List.copyOf(columns);
        }

        public String column(int index) {
            return columns.get(index);
        }

        /** The column, or {@code null} when it is empty. */
        public @Nullable String optional(int index) {
            String value = columns.get(index);
            return value.isEmpty() ? null : value;
        }

        /** A problem with this line. */
        public InvalidDataFileException error(Reason reason, String detail) {
            return new InvalidDataFileException(source, line, reason, detail);
        }

        /** The constant of {@code type} named in column {@code index}; an error naming the known ones if none. */
        public <E extends Enum<E>> E constant(int index, Class<E> type, String what) {
            return constant(columns.get(index), type, what);
        }

        /** The constant of {@code type} named {@code name}; an error naming the known ones if none. */
        public <E extends Enum<E>> E constant(String name, Class<E> type, String what) {
            String stripped = name.strip();
            List<String> known = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(stripped)) {
                    return constant;
                }
                known.add(constant.name());
            }
            throw error(
                    Reason.UNKNOWN_NAME, "unknown " + what + " '" + stripped + "'; one of " + String.join(", ", known));
        }
    }

    /** The rows of {@code file}; {@code header} names the columns in errors. */
    public static List<Row> read(Path file, int columns, String header) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(source);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source, columns, header);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidDataFileException(source, 0, Reason.UNREADABLE, "no such file");
        } catch (IOException e) {
            throw new InvalidDataFileException(source, 0, Reason.UNREADABLE, "cannot be read: " + e.getMessage());
        }
    }

    /** The rows of {@code in} (not closed), named {@code source} in errors. */
    public static List<Row> read(InputStream in, String source, int columns, String header) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                new Bounded(in),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (lineNumber == 1 && trimmed.startsWith("\uFEFF")) {
                    trimmed = trimmed.substring(1).strip(); // the byte-order mark some editors write
                }
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cols = trimmed.split("\\|", -1);
                if (cols.length != columns) {
                    throw new InvalidDataFileException(
                            source,
                            lineNumber,
                            Reason.COLUMNS,
                            "expected " + columns + " columns (" + header + "), got " + cols.length);
                }
                List<String> stripped = new ArrayList<>(cols.length);
                for (String col : cols) {
                    stripped.add(col.strip());
                }
                rows.add(new Row(source, lineNumber, stripped));
            }
        } catch (Bounded.Exceeded e) {
            throw tooLarge(source);
        } catch (CharacterCodingException e) {
            throw new InvalidDataFileException(
                    source, lineNumber + 1, Reason.UNREADABLE, "not UTF-8 text (save the file as UTF-8)");
        } catch (IOException e) {
            throw new InvalidDataFileException(source, 0, Reason.UNREADABLE, "cannot be read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new InvalidDataFileException(source, 0, Reason.EMPTY, "no entry in the file");
        }
        return rows;
    }

    private static InvalidDataFileException tooLarge(String source) {
        return new InvalidDataFileException(source, 0, Reason.TOO_LARGE, "larger than " + MAX_BYTES + " bytes");
    }

    /** Reads at most {@link #MAX_BYTES}, so that a file with no line break cannot fill the heap. */
    private static final class Bounded extends FilterInputStream {
        private long count;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws Exceeded {
            count += n;
            if (count > MAX_BYTES) {
                throw new Exceeded();
            }
        }

        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;
        }
    }
}
