package kz.officesud.mockserver.internal.court;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.ProceedingsForm;

/**
 * Which kinds of acts and documents a participant of each category may see in case observation, per form of
 * proceedings: a table of data ({@code observation-access.tsv}), not code. A category the table does not name for a
 * form sees no document of it.
 */
public final class AccessRules {
    private static final String RESOURCE = "observation-access.tsv";

    private final Map<ProceedingsForm, Map<ParticipantCategory, Set<JudicialActKind>>> table;

    private AccessRules(Map<ProceedingsForm, Map<ParticipantCategory, Set<JudicialActKind>>> table) {
        this.table = table;
    }

    /** The court's table. */
    public static AccessRules standard() {
        try (InputStream in = AccessRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessRules read(InputStream in) throws IOException {
        Map<ProceedingsForm, Map<ParticipantCategory, Set<JudicialActKind>>> table =
                new EnumMap<>(ProceedingsForm.class);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": three tab-separated cells expected");
            }
            Set<JudicialActKind> kinds = EnumSet.noneOf(JudicialActKind.class);
            for (String kind : cells[2].split(",")) {
                kinds.add(JudicialActKind.valueOf(kind.strip()));
            }
            Set<JudicialActKind> previous = table.computeIfAbsent(
                            ProceedingsForm.valueOf(cells[0]), f -> new EnumMap<>(ParticipantCategory.class))
                    .put(ParticipantCategory.valueOf(cells[1]), kinds);
            if (previous != null) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": " + cells[0] + " " + cells[1] + " twice");
            }
        }
        return new AccessRules(table);
    }

    /** Whether a participant of {@code category} in a case of {@code form} may see an act of {@code kind}. */
    public boolean allows(ProceedingsForm form, ParticipantCategory category, JudicialActKind kind) {
        return table.getOrDefault(form, Map.of())
                .getOrDefault(category, Set.of())
                .contains(kind);
    }
}
