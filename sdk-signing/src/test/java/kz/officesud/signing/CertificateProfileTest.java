package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.signing.testnca.TestNca;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Profiles: information-system certificates, roles in a stable order, readable names, policies. */
class CertificateProfileTest {

    /**
     * The NCA's «ИС» certificate: {@code treasury_client.p12} in the test material (the source project swapped
     * the names: {@code infosystem.p12} is a treasury client's).
     */
    @Test
    void ncaInformationSystemCertificate_isReportedAsSuch() {
        CertificateProfile profile = profile("ncanode-go/legal/valid/treasury_client.p12");

        assertThat(profile.informationSystem()).isTrue();
        assertThat(profile.commonName()).isEqualTo("ИС \"Тест\"");
        assertThat(profile.iin()).isEmpty();
        assertThat(profile.bin()).contains(Bin.ofUnverified("123456789021"));
        assertThat(profile.subject())
                .contains("CN=ИС \"Тест\"", "O=АО \"ТЕСТ\"")
                .doesNotContain("\\");
        assertThat(profile.policyOids()).containsExactly("1.2.398.3.3.2");
        assertThat(List.copyOf(profile.roles())).containsExactly(NcaRole.ORGANISATION, NcaRole.INFORMATION_SYSTEM);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ncanode-go/legal/valid/infosystem.p12         | ORGANISATION,TREASURY_CLIENT",
                "ncanode-go/legal/valid/head.p12               | ORGANISATION,FIRST_HEAD",
                "ncanode-go/individual/valid/individual_valid.p12 | INDIVIDUAL",
            })
    void otherNcaCertificates_areNotInformationSystems_andListTheirRolesInOrder(String file, String roles) {
        CertificateProfile profile = profile(file);

        assertThat(profile.informationSystem()).isFalse();
        assertThat(profile.roles().stream().map(Enum::name).toList()).containsExactly(roles.split(","));
    }

    @ParameterizedTest
    @CsvSource({
        "legacy-rsa-gost2004/organization/active/GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.cer, 1.2.398.3.3.2.1",
        "legacy-rsa-gost2004/organization/active/AUTH_RSA256_d682726b55b3e62600ea8fe1c74e75fc96f47790.cer, 1.2.398.3.3.2.2",
        "legacy-rsa-gost2004/personal/active/RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.cer, 1.2.398.3.3.2.3",
        "legacy-rsa-gost2004/personal/active/AUTH_RSA256_b2c70a9ff7a5dc59de0ccc3c0ddde3437cc1f12d.cer, 1.2.398.3.3.2.4",
    })
    void previousGeneration_policies(String file, String policy) {
        assertThat(CertificateProfile.of(SharedTestData.certificate(file)).policyOids())
                .containsExactly(policy);
    }

    @Test
    void testNcaInformationSystemKey_isOne_andRolesAndPurposesComeInTheEnumsOrder() {
        TestNca nca = TestNca.generate();
        NcaKey system = nca.request()
                .commonName("ИС \"Судебный кабинет\"")
                .bin(Bin.ofUnverified("123456789021"))
                .organisation("РГУ «Департамент по обеспечению деятельности судов»")
                .roles(NcaRole.INFORMATION_SYSTEM)
                .issue();
        NcaKey person = nca.request()
                .iin(Iin.ofUnverified("123456789012"))
                .surname("ТЕСТТОВ")
                .bin(Bin.ofUnverified("123456789021"))
                .roles(NcaRole.TREASURY_CLIENT, NcaRole.HR, NcaRole.SIGNATORY)
                .issue();

        assertThat(system.profile().informationSystem()).isTrue();
        assertThat(system.profile().subject()).startsWith("CN=ИС \"Судебный кабинет\",");
        List<NcaRole> roles = new ArrayList<>(person.profile().roles());
        assertThat(roles).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(roles).containsExactly(NcaRole.ORGANISATION, NcaRole.SIGNATORY, NcaRole.HR, NcaRole.TREASURY_CLIENT);
        assertThat(person.profile().informationSystem()).isFalse();
        assertThat(List.copyOf(nca.request()
                        .iin(Iin.ofUnverified("123456789011"))
                        .authenticationOnly()
                        .issue()
                        .profile()
                        .purposes()))
                .containsExactly(KeyPurpose.AUTHENTICATION);
    }

    private static CertificateProfile profile(String p12) {
        try (NcaKeyStore store = NcaKeyStore.open(SharedTestData.nca(p12), SharedTestData.PASSWORD)) {
            return store.keys().get(0).profile();
        }
    }
}
