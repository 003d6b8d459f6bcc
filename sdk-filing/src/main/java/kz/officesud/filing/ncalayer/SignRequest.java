package kz.officesud.filing.ncalayer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.KeyPurpose;
import org.jspecify.annotations.Nullable;

/**
 * What to ask NCALayer for: which key (its purpose, and the IIN or BIN its certificate must name), where it may
 * be kept, whether the CMS carries the data. Immutable; {@link #signing()} is a detached CMS with any signing
 * key.
 *
 * @param purpose the key's purpose: a signing key (extended key usage 1.3.6.1.5.5.7.3.4) or an authentication key
 * @param iin the IIN the certificate must name, if only such keys may be chosen
 * @param bin the BIN the certificate must name, if only such keys may be chosen
 * @param storages the key stores the user may choose from ({@code PKCS12}, {@code AKKaztokenStore}, …); empty:
 *     any
 * @param attached whether the CMS carries the signed data (the court office's manifests are signed detached)
 */
public record SignRequest(
        KeyPurpose purpose, @Nullable Iin iin, @Nullable Bin bin, List<String> storages, boolean attached) {
    /** The key store of key files, as NCALayer names it. */
    public static final String FILE_STORAGE = "PKCS12";

    public SignRequest {
        Objects.requireNonNull(purpose, "purpose");
        storages = List.copyOf(Objects.requireNonNull(storages, "storages"));
    }

    /** A detached CMS with any signing key. */
    public static SignRequest signing() {
        return new SignRequest(KeyPurpose.SIGNING, null, null, List.of(), false);
    }

    /** Only keys whose certificate names {@code iin} (the logged-in user's). */
    public SignRequest withIin(Iin iin) {
        return new SignRequest(purpose, Objects.requireNonNull(iin, "iin"), bin, storages, attached);
    }

    /** Only keys whose certificate names {@code bin} (a legal entity's). */
    public SignRequest withBin(Bin bin) {
        return new SignRequest(purpose, iin, Objects.requireNonNull(bin, "bin"), storages, attached);
    }

    /** Only keys of these stores. */
    public SignRequest withStorages(List<String> storages) {
        return new SignRequest(purpose, iin, bin, storages, attached);
    }

    /** A key of {@code purpose}. */
    public SignRequest withPurpose(KeyPurpose purpose) {
        return new SignRequest(purpose, iin, bin, storages, attached);
    }

    /** A CMS that carries the data. */
    public SignRequest withDataAttached() {
        return new SignRequest(purpose, iin, bin, storages, true);
    }

    /** The extended key usage NCALayer filters keys by. */
    String extendedKeyUsage() {
        return purpose == KeyPurpose.SIGNING ? "1.3.6.1.5.5.7.3.4" : "1.3.6.1.5.5.7.3.2";
    }

    /** The key type of the older commonUtils methods. */
    String keyType() {
        return purpose == KeyPurpose.SIGNING ? "SIGNATURE" : "AUTHENTICATION";
    }

    /** The store of the older commonUtils methods, which take one. */
    String singleStorage() {
        return storages.isEmpty() ? FILE_STORAGE : storages.get(0);
    }

    Optional<Iin> iinFilter() {
        return Optional.ofNullable(iin);
    }
}
