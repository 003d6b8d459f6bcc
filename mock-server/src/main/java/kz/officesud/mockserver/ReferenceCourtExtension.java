package kz.officesud.mockserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5: a reference court in process, on a free loopback port with a temporary data directory.
 *
 * <pre>{@code
 * @RegisterExtension static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();
 *
 * @Test void registered() {
 *     TestUser user = court.users().individual();
 *     ... file against court.baseUrl() ...
 *     court.clock().advanceWorkingDays(1);
 * }
 * }</pre>
 *
 * In a {@code static} field the court lives for the test class; in an instance field, for each test. Its data
 * directory is deleted afterwards.
 */
public final class ReferenceCourtExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final Consumer<ReferenceCourt.Builder> configuration;
    private @Nullable ReferenceCourt court;
    private @Nullable Path temporaryDirectory;
    private boolean perTest;

    private ReferenceCourtExtension(Consumer<ReferenceCourt.Builder> configuration) {
        this.configuration = configuration;
    }

    /** A court with the defaults: free port, temporary data directory, real time, clerk deciding at once. */
    public static ReferenceCourtExtension inProcess() {
        return new ReferenceCourtExtension(builder -> {});
    }

    /** A court configured further (clock, trust anchors, clerk policy…); port and data directory are set. */
    public static ReferenceCourtExtension inProcess(Consumer<ReferenceCourt.Builder> configuration) {
        return new ReferenceCourtExtension(Objects.requireNonNull(configuration, "configuration"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (court == null) {
            perTest = true;
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private void start() {
        try {
            temporaryDirectory = Files.createTempDirectory("reference-court-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the court's data directory", e);
        }
        ReferenceCourt.Builder builder = ReferenceCourt.builder();
        configuration.accept(builder);
        court = builder.port(0).dataDirectory(temporaryDirectory).build().start();
    }

    private void stop() {
        ReferenceCourt current = court;
        court = null;
        if (current != null) {
            current.close();
        }
        Path directory = temporaryDirectory;
        temporaryDirectory = null;
        if (directory != null) {
            deleteRecursively(directory);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the court's data directory " + directory, e);
        }
    }

    /** The running court. */
    public ReferenceCourt court() {
        ReferenceCourt current = court;
        if (current == null) {
            throw new ReferenceCourtException("the reference court runs only while tests run");
        }
        return current;
    }

    public URI baseUrl() {
        return court().baseUrl();
    }

    public CourtClock clock() {
        return court().clock();
    }

    public TestUsers users() {
        return court().users();
    }

    public Clerk clerk() {
        return court().clerk();
    }

    public Path dataDirectory() {
        return court().dataDirectory();
    }
}
