package kz.officesud.mockserver.internal.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The court's {@link CourtState} in {@code state/court.json}, written atomically; nothing for a court in memory.
 * A file that cannot be read is named in one WARN line and set aside; the court then starts from its defaults.
 */
public final class StateFile {
    private static final Logger LOG = LoggerFactory.getLogger(StateFile.class);

    private final @Nullable Path file;
    private final ObjectMapper mapper;

    public StateFile(@Nullable Path dataDirectory, ObjectMapper mapper) {
        this.file =
                dataDirectory == null ? null : dataDirectory.resolve("state").resolve("court.json");
        this.mapper = mapper;
    }

    public Optional<CourtState> load() throws IOException {
        Path state = file;
        if (state == null || !Files.isRegularFile(state)) {
            return Optional.empty();
        }
        AtomicFiles.sweep(state.getParent());
        try {
            return Optional.of(mapper.readValue(state.toFile(), CourtState.class));
        } catch (IOException | RuntimeException e) {
            Path aside = state.resolveSibling("court.json.damaged." + System.currentTimeMillis());
            Files.move(state, aside);
            LOG.warn(
                    "damaged court state {} set aside as {}: {}",
                    state,
                    aside,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return Optional.empty();
        }
    }

    public synchronized void save(CourtState state) throws IOException {
        Path target = file;
        if (target != null) {
            AtomicFiles.write(target, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
        }
    }
}
