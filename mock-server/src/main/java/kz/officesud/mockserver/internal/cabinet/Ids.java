package kz.officesud.mockserver.internal.cabinet;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The element ids of the cabinet's pages, drawn at random once per start ({@code j_idt4711}) as a JSF application's
 * generated ids change between releases: a client must find elements by what they are, not by their ids. Thread-safe.
 */
final class Ids {
    private final SecureRandom random;
    private final Map<String, String> byName = new ConcurrentHashMap<>();
    private final Set<String> used = new HashSet<>();

    Ids(SecureRandom random) {
        this.random = random;
    }

    /** The id of the element known inside the court as {@code name}: the same for this start, random across starts. */
    String of(String name) {
        return byName.computeIfAbsent(name, n -> draw());
    }

    private synchronized String draw() {
        while (true) {
            String id = "j_idt" + random.nextInt(10, 100_000);
            if (used.add(id)) {
                return id;
            }
        }
    }
}
