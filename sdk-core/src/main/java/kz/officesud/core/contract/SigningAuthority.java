package kz.officesud.core.contract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.officesud.core.model.DocumentRole;
import kz.officesud.core.model.Filing;
import kz.officesud.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Who may sign a filing sent from an account: the one rule the client applies before sending and the court
 * applies as refusal ground 3 («несоответствие подлинности электронной цифровой подписи», the 2018 rules, §24).
 *
 * <ul>
 *   <li>An individual's account: the holder's personal key. A key of a legal entity held by the same person
 *       signs for the organisation, not for the holder personally, and is refused.
 *   <li>A legal entity's account: a key of that legal entity held by the employee who registered the account,
 *       or by its first head or a person with the right of signature (they act for it without a power of
 *       attorney).
 *   <li>Anyone else is a representative, who may sign only when the filing carries a power of attorney
 *       ({@link DocumentRole#POWER_OF_ATTORNEY}); the court then checks the authority from that document (the
 *       2014 instruction on filing through «Сот кабинеті», §37–38).
 * </ul>
 */
public final class SigningAuthority {
    /** Where a refusal is reported in a filing's violations. */
    public static final String PATH = "signer";

    private SigningAuthority() {}

    /** In which capacity an allowed signer signs. */
    public enum Capacity {
        /** The account holder: the individual, or the employee who registered the legal entity's account. */
        ACCOUNT_HOLDER,
        /** The legal entity's first head or a person with its right of signature. */
        ORGANISATION_OFFICER,
        /** Someone acting under a power of attorney carried by the filing. */
        REPRESENTATIVE
    }

    /** Why a signer may not sign for the account. Each has a message key {@code signer.<name>}. */
    public enum Refusal {
        /** Another person, and the filing carries no power of attorney. */
        NOT_ACCOUNT_HOLDER,
        /** The individual account holder signed with a legal entity's key instead of the personal one. */
        ORGANISATION_KEY_FOR_PERSONAL_ACCOUNT,
        /** The registering employee of a legal entity signed with a personal key, without a power of attorney. */
        PERSONAL_KEY_FOR_ORGANISATION,
        /** An employee of the legal entity without the right of signature, and no power of attorney. */
        NO_RIGHT_OF_SIGNATURE,
        /** A key of another legal entity, and no power of attorney. */
        OTHER_ORGANISATION,
        /** The filing's manifest names another signer than the key that signed it (or a key that names no IIN). */
        NOT_NAMED_SIGNER;

        /** The message key, {@code signer.NOT_ACCOUNT_HOLDER} …, with kk/ru/en messages. */
        public String messageKey() {
            return "signer." + name();
        }
    }

    /**
     * The verdict: a capacity when the signer may sign, a refusal when not.
     *
     * @param capacity the capacity of an allowed signer
     * @param refusal why the signer may not sign
     */
    public record Verdict(@Nullable Capacity capacity, @Nullable Refusal refusal) {
        public Verdict {
            if ((capacity == null) == (refusal == null)) {
                throw new IllegalArgumentException("a verdict is either a capacity or a refusal");
            }
        }

        static Verdict allowed(Capacity capacity) {
            return new Verdict(Objects.requireNonNull(capacity, "capacity"), null);
        }

        static Verdict refused(Refusal refusal) {
            return new Verdict(null, Objects.requireNonNull(refusal, "refusal"));
        }

        public boolean allowed() {
            return capacity != null;
        }

        public Optional<Capacity> allowedAs() {
            return Optional.ofNullable(capacity);
        }

        public Optional<Refusal> refusalReason() {
            return Optional.ofNullable(refusal);
        }

        /** The refusal as a violation at {@value SigningAuthority#PATH}; empty when allowed. */
        public List<Violation> violations() {
            return refusal == null ? List.of() : List.of(new Violation(PATH, null, refusal.messageKey(), Map.of()));
        }
    }

    /**
     * Every violation of who signed a filing sent from {@code account}: the manifest must name the holder of the
     * signing certificate ({@code certified}; null when the certificate names no IIN), and that holder must be
     * allowed to sign for the account ({@link #judge(AccountHolder, SignerIdentity, Filing)}). Client and court
     * call this one method.
     */
    public static List<Violation> check(AccountHolder account, Manifest manifest, @Nullable SignerIdentity certified) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(manifest, "manifest");
        if (certified == null || !manifest.signer().is(certified)) {
            return Verdict.refused(Refusal.NOT_NAMED_SIGNER).violations();
        }
        return judge(account, certified, manifest.filing()).violations();
    }

    /** The verdict on {@code signer} signing {@code filing} from {@code account}. */
    public static Verdict judge(AccountHolder account, SignerIdentity signer, Filing filing) {
        Objects.requireNonNull(filing, "filing");
        return judge(
                account,
                signer,
                !filing.documents(DocumentRole.POWER_OF_ATTORNEY).isEmpty());
    }

    /**
     * The verdict on {@code signer} signing from {@code account}, with or without a power of attorney among the
     * filing's documents.
     */
    public static Verdict judge(AccountHolder account, SignerIdentity signer, boolean powerOfAttorney) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(signer, "signer");
        boolean samePerson = account.iin().equals(signer.iin());
        if (!account.legalEntity()) {
            if (samePerson) {
                return signer.organisationKey()
                        ? Verdict.refused(Refusal.ORGANISATION_KEY_FOR_PERSONAL_ACCOUNT)
                        : Verdict.allowed(Capacity.ACCOUNT_HOLDER);
            }
            return representative(powerOfAttorney, Refusal.NOT_ACCOUNT_HOLDER);
        }
        if (Objects.equals(account.bin(), signer.bin())) {
            if (samePerson) {
                return Verdict.allowed(Capacity.ACCOUNT_HOLDER);
            }
            if (signer.actsForOrganisation()) {
                return Verdict.allowed(Capacity.ORGANISATION_OFFICER);
            }
            return representative(powerOfAttorney, Refusal.NO_RIGHT_OF_SIGNATURE);
        }
        if (signer.organisationKey()) {
            return representative(powerOfAttorney, Refusal.OTHER_ORGANISATION);
        }
        return representative(
                powerOfAttorney, samePerson ? Refusal.PERSONAL_KEY_FOR_ORGANISATION : Refusal.NOT_ACCOUNT_HOLDER);
    }

    private static Verdict representative(boolean powerOfAttorney, Refusal otherwise) {
        return powerOfAttorney ? Verdict.allowed(Capacity.REPRESENTATIVE) : Verdict.refused(otherwise);
    }
}
