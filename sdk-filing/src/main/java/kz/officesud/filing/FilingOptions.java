package kz.officesud.filing;

import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.contract.IdempotencyKey;
import kz.officesud.core.contract.Manifest;
import org.jspecify.annotations.Nullable;

/**
 * How to send one filing: the idempotency key, the caller's reference, and who will sign it. Immutable.
 *
 * <pre>{@code
 * FilingOptions options = FilingOptions.builder()
 *         .idempotencyKey(IdempotencyKey.of("ERP-2026-0042")) // a re-run after a crash files nothing twice
 *         .reference("ERP-2026-0042")                         // shown in «Мои дела»
 *         .build();
 * }</pre>
 */
public final class FilingOptions {
    private static final FilingOptions DEFAULTS = builder().build();

    private final @Nullable IdempotencyKey idempotencyKey;
    private final @Nullable String reference;
    private final Manifest.@Nullable Signer signer;

    private FilingOptions(Builder b) {
        this.idempotencyKey = b.idempotencyKey;
        this.reference = b.reference;
        this.signer = b.signer;
    }

    /** A random idempotency key drawn when the filing is prepared, no reference, the key's holder as signer. */
    public static FilingOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The key every submission of the filing repeats; empty: a random one, drawn once when it is prepared. */
    public Optional<IdempotencyKey> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** The caller's reference, signed with the filing and shown in «Мои дела». */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    /**
     * For {@link CourtSession#prepare}: who will sign the prepared filing; empty: the logged-in account holder.
     * The signing key's certificate must name this signer.
     */
    public Optional<Manifest.Signer> signer() {
        return Optional.ofNullable(signer);
    }

    @Override
    public String toString() {
        return "FilingOptions[idempotencyKey=" + idempotencyKey + ", reference=" + reference + ", signer="
                + (signer == null ? "the account holder" : "given") + "]";
    }

    /** Builds {@link FilingOptions}. Not thread-safe. */
    public static final class Builder {
        private @Nullable IdempotencyKey idempotencyKey;
        private @Nullable String reference;
        private Manifest.@Nullable Signer signer;

        private Builder() {}

        public Builder idempotencyKey(IdempotencyKey idempotencyKey) {
            this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            return this;
        }

        /**
         * The caller's reference (an ERP's document number), 1 to {@value Manifest#MAX_REFERENCE_LENGTH}
         * characters with no control characters.
         *
         * @throws IllegalArgumentException the reference is not of that form
         */
        public Builder reference(String reference) {
            Objects.requireNonNull(reference, "reference");
            if (!Manifest.isValidReference(reference)) {
                throw new IllegalArgumentException("a reference is 1 to " + Manifest.MAX_REFERENCE_LENGTH
                        + " characters, no control characters and no surrounding spaces");
            }
            this.reference = reference;
            return this;
        }

        /** Who will sign a prepared filing, when not the logged-in account holder (a representative). */
        public Builder signer(Manifest.Signer signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
            return this;
        }

        public FilingOptions build() {
            return new FilingOptions(this);
        }
    }
}
