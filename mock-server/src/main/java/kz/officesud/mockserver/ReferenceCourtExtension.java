package kz.officesud.mockserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: a reference court in process, on a free loopback port, in memory (no data directory) unless
 * {@link #onDisk()} is asked for. The court is {@linkplain CourtControl#reset() reset} before every test, so each
 * test starts from an empty court at its configured time; its methods may take the court, its control and fresh
 * test users as parameters.
 *
 * <pre>{@code
 * @RegisterExtension static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess();
 *
 * @Test void registered(CourtControl control, TestUser user, @LegalEntity TestUser company) {
 *     ... file against court.baseUrl() ...
 *     control.advanceWorkingDays(1);
 * }
 * }</pre>
 *
 * Parameters: {@link ReferenceCourt}, {@link CourtControl} (in process; over HTTP with {@link #controlOverHttp()}),
 * {@link TestUser} (a new individual; a legal entity's head with {@link LegalEntity}), {@link TestUsers},
 * {@link CourtClock}, {@link Clerk}. In a {@code static} field the court lives for the test class; in an instance
 * field, for each test.
 */
public final class ReferenceCourtExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** On a {@link TestUser} parameter: a legal entity's first head instead of an individual. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    public @interface LegalEntity {}

    private final Consumer<ReferenceCourt.Builder> configuration;
    private final boolean onDisk;
    private final boolean controlOverHttp;
    private @Nullable ReferenceCourt court;
    private @Nullable HttpCourtControl httpControl;
    private @Nullable Path temporaryDirectory;
    private boolean perTest;
    private boolean fresh;

    private ReferenceCourtExtension(
            Consumer<ReferenceCourt.Builder> configuration, boolean onDisk, boolean controlOverHttp) {
        this.configuration = configuration;
        this.onDisk = onDisk;
        this.controlOverHttp = controlOverHttp;
    }

    /**
     * A court with the defaults: free port, in memory, real time, the clerk registering within one working day (a
     * test that wants the talon's filing decided at once configures {@code clerkPolicy(Clerk.Policy.IMMEDIATE)}).
     */
    public static ReferenceCourtExtension inProcess() {
        return new ReferenceCourtExtension(builder -> {}, false, false);
    }

    /** A court configured further (clock, trust anchors, clerk policy…); the port is set. */
    public static ReferenceCourtExtension inProcess(Consumer<ReferenceCourt.Builder> configuration) {
        return new ReferenceCourtExtension(Objects.requireNonNull(configuration, "configuration"), false, false);
    }

    /** The same court kept in a temporary data directory (deleted afterwards), as a standalone court keeps it. */
    public ReferenceCourtExtension onDisk() {
        return new ReferenceCourtExtension(configuration, true, controlOverHttp);
    }

    /** Injects and answers {@link #control()} with {@link HttpCourtControl}: the control API over HTTP. */
    public ReferenceCourtExtension controlOverHttp() {
        return new ReferenceCourtExtension(configuration, onDisk, true);
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
        } else if (!fresh) {
            control().reset();
        }
        fresh = false;
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
        ReferenceCourt.Builder builder = ReferenceCourt.builder();
        configuration.accept(builder);
        if (onDisk) {
            try {
                temporaryDirectory = Files.createTempDirectory("reference-court-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the court's data directory", e);
            }
            builder.dataDirectory(temporaryDirectory);
        } else {
            builder.inMemory();
        }
        ReferenceCourt started = builder.port(0).build().start();
        court = started;
        if (controlOverHttp) {
            httpControl = HttpCourtControl.connect(started.baseUrl(), started.controlToken());
        }
        fresh = true;
    }

    private void stop() {
        ReferenceCourt current = court;
        court = null;
        HttpCourtControl http = httpControl;
        httpControl = null;
        if (http != null) {
            http.close();
        }
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

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ReferenceCourt.class
                || type == CourtControl.class
                || type == TestUser.class
                || type == TestUsers.class
                || type == CourtClock.class
                || type == Clerk.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == ReferenceCourt.class) {
            return court();
        }
        if (type == CourtControl.class) {
            return control();
        }
        if (type == TestUser.class) {
            return parameter.isAnnotated(LegalEntity.class)
                    ? control().newLegalEntity()
                    : control().newIndividual();
        }
        if (type == TestUsers.class) {
            return users();
        }
        if (type == CourtClock.class) {
            return clock();
        }
        if (type == Clerk.class) {
            return clerk();
        }
        throw new ParameterResolutionException("the reference court does not inject " + type.getName());
    }

    /** The running court. */
    public ReferenceCourt court() {
        ReferenceCourt current = court;
        if (current == null) {
            throw new ReferenceCourtException("the reference court runs only while tests run");
        }
        return current;
    }

    /** The court's control: in process, or over HTTP with {@link #controlOverHttp()}. */
    public CourtControl control() {
        HttpCourtControl http = httpControl;
        return http != null ? http : court().control();
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

    /** The data directory of an {@link #onDisk()} court. */
    public Path dataDirectory() {
        return court().dataDirectory()
                .orElseThrow(() -> new ReferenceCourtException("this court lives in memory; use onDisk()"));
    }
}
