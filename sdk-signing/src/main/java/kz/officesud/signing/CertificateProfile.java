package kz.officesud.signing;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.internal.KzOids;
import kz.officesud.signing.internal.Names;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.util.BigIntegers;
import org.jspecify.annotations.Nullable;

/**
 * Who a certificate names and what it allows, read the NCA's way: the IIN from {@code SERIALNUMBER}
 * ({@code IIN} + 12 digits), the BIN from {@code OU} ({@code BIN} + 12 digits), the surname from
 * {@code SURNAME}, the patronymic from {@code GIVENNAME}, the given name from {@code CN} («SURNAME NAME»),
 * roles and purposes from the extended key usage. Attributes are read by OID, never from
 * {@code X500Principal.getName()} (which hex-encodes them).
 *
 * <p>Identifiers are kept as issued: the NCA's own test identities ({@code 123456789011}) fail the
 * check digit, and {@link Iin#checksumValid()} says so.
 *
 * <p>An immutable value (a class rather than a record because the optional parts are returned as
 * {@link Optional}).
 */
public final class CertificateProfile {
    private final @Nullable Iin iin;
    private final @Nullable Bin bin;
    private final @Nullable String surname;
    private final @Nullable String givenName;
    private final @Nullable String patronymic;
    private final String commonName;
    private final @Nullable String organisation;
    private final @Nullable String email;
    private final String subject;
    private final Set<NcaRole> roles;
    private final List<String> roleOids;
    private final List<String> policyOids;
    private final Set<KeyPurpose> purposes;
    private final Instant notBefore;
    private final Instant notAfter;
    private final String issuer;
    private final String serialNumber;
    private final boolean testNca;

    private CertificateProfile(X509Certificate certificate) {
        Names subjectNames = Names.of(certificate.getSubjectX500Principal());
        Names issuerNames = Names.of(certificate.getIssuerX500Principal());
        this.iin = subjectNames
                .prefixed(Names.SERIAL_NUMBER, "IIN")
                .map(Iin::ofUnverified)
                .orElse(null);
        this.bin = subjectNames
                .prefixed(Names.ORGANIZATIONAL_UNIT, "BIN")
                .map(Bin::ofUnverified)
                .orElse(null);
        this.surname = subjectNames.first(Names.SURNAME).orElse(null);
        this.patronymic = subjectNames.first(Names.GIVEN_NAME).orElse(null);
        this.commonName = subjectNames.first(Names.COMMON_NAME).orElse("");
        this.givenName = givenNameFrom(commonName, surname);
        this.organisation = subjectNames.first(Names.ORGANIZATION).orElse(null);
        this.email = subjectNames.first(Names.EMAIL).orElse(null);
        this.subject = subjectNames.toString();
        this.roleOids = extendedKeyUsage(certificate);
        EnumSet<NcaRole> foundRoles = EnumSet.noneOf(NcaRole.class);
        roleOids.forEach(oid -> NcaRole.ofOid(oid).ifPresent(foundRoles::add));
        this.roles = Collections.unmodifiableSet(foundRoles);
        this.purposes = Collections.unmodifiableSet(purposes(roleOids, certificate.getKeyUsage()));
        this.policyOids = policies(certificate);
        this.notBefore = certificate.getNotBefore().toInstant();
        this.notAfter = certificate.getNotAfter().toInstant();
        this.issuer = issuerNames.toString();
        this.serialNumber = HexFormat.of().formatHex(BigIntegers.asUnsignedByteArray(certificate.getSerialNumber()));
        this.testNca = issuerNames.first(Names.COMMON_NAME).orElse("").contains("TEST");
    }

    /** Reads the profile of a certificate. */
    public static CertificateProfile of(X509Certificate certificate) {
        return new CertificateProfile(Objects.requireNonNull(certificate, "certificate"));
    }

    /**
     * The IIN from {@code SERIALNUMBER=IIN…}, as issued ({@link Iin#ofUnverified}); {@link Iin#checksumValid()}
     * is false for the NCA's test identities.
     */
    public Optional<Iin> iin() {
        return Optional.ofNullable(iin);
    }

    /** The BIN from {@code OU=BIN…} (legal-entity certificates), as issued ({@link Bin#ofUnverified}). */
    public Optional<Bin> bin() {
        return Optional.ofNullable(bin);
    }

    /** Whether the certificate acts for an organisation (it names a BIN). */
    public boolean legalEntity() {
        return bin != null;
    }

    /** «Фамилия», from {@code SURNAME}. */
    public Optional<String> surname() {
        return Optional.ofNullable(surname);
    }

    /** «Имя», the part of {@code CN} after the surname. */
    public Optional<String> givenName() {
        return Optional.ofNullable(givenName);
    }

    /** «Отчество», from {@code GIVENNAME} (which the NCA uses for the patronymic). */
    public Optional<String> patronymic() {
        return Optional.ofNullable(patronymic);
    }

    /** {@code CN}: «SURNAME NAME» for a person, the system's name for an information system. */
    public String commonName() {
        return commonName;
    }

    /** {@code O}: the organisation's name. */
    public Optional<String> organisation() {
        return Optional.ofNullable(organisation);
    }

    /** {@code E} (emailAddress). */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** The subject, readable ({@code CN=ТЕСТОВ ТЕСТ,SURNAME=ТЕСТОВ,SERIALNUMBER=IIN123456789011,…}). */
    public String subject() {
        return subject;
    }

    /** The known roles among the extended key usages, always in {@link NcaRole}'s order. */
    public Set<NcaRole> roles() {
        return roles;
    }

    /**
     * Whether the certificate is an information system's («ИС»: the NCA's certificates for a system that
     * signs on an organisation's behalf, extended key usage {@code 1.2.398.3.3.4.1.2.6}): it names the
     * organisation (BIN) and the system (CN, e.g. «ИС "Тест"»), and no person.
     */
    public boolean informationSystem() {
        return roles.contains(NcaRole.INFORMATION_SYSTEM);
    }

    /**
     * The certificate policy OIDs, in certificate order: the NCA writes {@code 1.2.398.3.3.2} on the current
     * generation's certificates; the previous generation's carry one per kind of key ({@code …3.2.1} a legal
     * entity's GOST signing key, {@code …3.2.2} its RSA authentication key, {@code …3.2.3} and {@code …3.2.4}
     * an individual's RSA signing and authentication keys). An information system's certificate is told by
     * its role ({@link #informationSystem()}), not by its policy.
     */
    public List<String> policyOids() {
        return policyOids;
    }

    /** Every extended key usage OID, in certificate order, unknown ones included. */
    public List<String> roleOids() {
        return roleOids;
    }

    /** What the key is certified for, in {@link KeyPurpose}'s order. */
    public Set<KeyPurpose> purposes() {
        return purposes;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    /** The issuer, readable ({@code CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022,C=KZ}). */
    public String issuer() {
        return issuer;
    }

    /** The certificate's serial number, lower-case hex, unsigned (the bytes as issued, no sign byte added). */
    public String serialNumber() {
        return serialNumber;
    }

    /**
     * Whether the issuer's name marks it as a test CA (the NCA's test CAs and {@code TestNca} all say
     * {@code TEST}). A hint for display; trust is decided by the verifier's anchors.
     */
    public boolean testNca() {
        return testNca;
    }

    private static @Nullable String givenNameFrom(String commonName, @Nullable String surname) {
        String cn = commonName.strip();
        if (surname != null && cn.startsWith(surname + " ")) {
            String rest = cn.substring(surname.length()).strip();
            return rest.isEmpty() ? null : rest;
        }
        String[] words = cn.split("\\s+");
        return surname != null && words.length >= 2 ? words[1] : null;
    }

    private static List<String> extendedKeyUsage(X509Certificate certificate) {
        try {
            List<String> eku = certificate.getExtendedKeyUsage();
            return eku == null ? List.of() : List.copyOf(eku);
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    private static List<String> policies(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.certificatePolicies.getId());
        if (value == null) {
            return List.of();
        }
        try {
            List<String> oids = new ArrayList<>();
            CertificatePolicies policies = CertificatePolicies.getInstance(
                    ASN1OctetString.getInstance(value).getOctets());
            for (PolicyInformation policy : policies.getPolicyInformation()) {
                oids.add(policy.getPolicyIdentifier().getId());
            }
            return List.copyOf(oids);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException unreadable) {
            // not a SEQUENCE of PolicyInformation (Bouncy Castle's casts throw IllegalStateException too): no policy
            return List.of();
        }
    }

    private static EnumSet<KeyPurpose> purposes(List<String> eku, boolean @Nullable [] keyUsage) {
        EnumSet<KeyPurpose> result = EnumSet.noneOf(KeyPurpose.class);
        if (eku.contains(KzOids.EKU_EMAIL_PROTECTION)) {
            result.add(KeyPurpose.SIGNING);
        }
        if (eku.contains(KzOids.EKU_CLIENT_AUTH)) {
            result.add(KeyPurpose.AUTHENTICATION);
        }
        if (!result.isEmpty()) {
            return result;
        }
        // No purpose in the extended key usage (an information system's key): the key usage decides.
        if (keyUsage == null) {
            return EnumSet.of(KeyPurpose.SIGNING, KeyPurpose.AUTHENTICATION);
        }
        boolean digitalSignature = keyUsage.length > 0 && keyUsage[0];
        boolean nonRepudiation = keyUsage.length > 1 && keyUsage[1];
        if (nonRepudiation) {
            result.add(KeyPurpose.SIGNING);
        } else if (digitalSignature) {
            result.add(KeyPurpose.AUTHENTICATION);
        }
        return result;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CertificateProfile p
                && Objects.equals(iin, p.iin)
                && Objects.equals(bin, p.bin)
                && Objects.equals(surname, p.surname)
                && Objects.equals(givenName, p.givenName)
                && Objects.equals(patronymic, p.patronymic)
                && commonName.equals(p.commonName)
                && Objects.equals(organisation, p.organisation)
                && Objects.equals(email, p.email)
                && subject.equals(p.subject)
                && roleOids.equals(p.roleOids)
                && policyOids.equals(p.policyOids)
                && purposes.equals(p.purposes)
                && notBefore.equals(p.notBefore)
                && notAfter.equals(p.notAfter)
                && issuer.equals(p.issuer)
                && serialNumber.equals(p.serialNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, issuer, serialNumber);
    }

    @Override
    public String toString() {
        return "CertificateProfile[" + subject + ", roles=" + roles + ", purposes=" + purposes + ", valid " + notBefore
                + ".." + notAfter + ", issuer=" + issuer + ", serial=" + serialNumber + "]";
    }
}
