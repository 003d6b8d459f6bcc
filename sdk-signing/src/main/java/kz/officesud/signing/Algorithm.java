package kz.officesud.signing;

import java.util.Objects;
import kz.officesud.signing.internal.Algorithms;

/**
 * An algorithm identifier as a signature names it: the OID, and a readable name ({@code "GOST 34.310-2004
 * key (Kazakh OID)"}), or the OID again when the SDK does not know it.
 */
public record Algorithm(String oid, String name) {

    public Algorithm {
        Objects.requireNonNull(oid, "oid");
        Objects.requireNonNull(name, "name");
    }

    /** The algorithm of an OID, named when known. */
    public static Algorithm of(String oid) {
        Objects.requireNonNull(oid, "oid");
        return new Algorithm(oid, Algorithms.name(oid).orElse(oid));
    }

    /** Whether the SDK knows the OID (and so can verify or compute with it). */
    public boolean known() {
        return Algorithms.name(oid).isPresent();
    }

    @Override
    public String toString() {
        return name.equals(oid) ? oid : name + " (" + oid + ")";
    }
}
