package kz.officesud.core.fuzz;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The corpus a module's fuzz targets grew, replayed in every build: each input kept under the module's {@code
 * .cifuzz-corpus/<target class>/<method>/} goes once more through its target, one dynamic test an input, named after
 * the input's file. Jazzer's own regression mode (a {@code @FuzzTest} run without fuzzing) replays only the findings
 * under {@code src/test/resources/…/<class>Inputs/}; this holds the rest of what fuzzing taught: every input that once
 * reached new code must still get the answer the target's invariants demand.
 *
 * <p>A module's {@code FuzzCorpusTest} returns {@link #replay()} from a {@code @TestFactory}. A target class that no
 * longer exists, a method that no longer takes {@code byte[]}, or an empty corpus directory fails the build: the
 * corpus must move with its targets.
 */
public final class FuzzCorpus {
    /** Where the fuzz profile keeps the corpus, relative to the module (the tests' working directory). */
    public static final Path ROOT = Path.of(".cifuzz-corpus");

    private FuzzCorpus() {}

    /** One container a fuzz target, one test an input of its corpus. */
    public static Stream<DynamicNode> replay() throws IOException {
        if (!Files.isDirectory(ROOT)) {
            throw new IllegalStateException("no fuzz corpus at " + ROOT.toAbsolutePath());
        }
        List<DynamicNode> targets = new ArrayList<>();
        for (Path classDir : list(ROOT)) {
            for (Path methodDir : list(classDir)) {
                targets.add(target(classDir.getFileName().toString(), methodDir));
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException("the fuzz corpus at " + ROOT.toAbsolutePath() + " holds no target");
        }
        return targets.stream();
    }

    private static DynamicContainer target(String className, Path methodDir) throws IOException {
        String methodName = methodDir.getFileName().toString();
        Method method;
        Constructor<?> constructor;
        try {
            Class<?> type = Class.forName(className);
            method = type.getDeclaredMethod(methodName, byte[].class);
            constructor = type.getDeclaredConstructor();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "the corpus " + methodDir + " names no fuzz target " + className + "." + methodName + "(byte[])",
                    e);
        }
        method.setAccessible(true);
        constructor.setAccessible(true);
        List<Path> inputs = list(methodDir);
        if (inputs.isEmpty()) {
            throw new IllegalStateException("the fuzz corpus " + methodDir + " is empty");
        }
        List<DynamicTest> tests = new ArrayList<>(inputs.size());
        for (Path input : inputs) {
            tests.add(DynamicTest.dynamicTest(input.getFileName().toString(), () -> run(constructor, method, input)));
        }
        String name = className.substring(className.lastIndexOf('.') + 1) + "." + methodName;
        return DynamicContainer.dynamicContainer(name, tests.stream());
    }

    private static void run(Constructor<?> constructor, Method method, Path input) throws Throwable {
        byte[] bytes = Files.readAllBytes(input);
        try {
            method.invoke(constructor.newInstance(), (Object) bytes);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The entries of a directory in name order (so the replay is the same on every machine). */
    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        }
    }
}
