package kz.officesud.signing.internal;

import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The NCA's (НУЦ РК) CA certificates by SHA-256 fingerprint (over the DER encoding) and official
 * download address, compiled into the SDK: a certificate fetched over plain HTTP is trusted only when its
 * fingerprint is one of these. Source: the edscheck-desktop trust-store manifest (facts, re-typed).
 */
public final class NcaCaCatalog {
    private NcaCaCatalog() {}

    /** One CA certificate: a root or an issuing CA, production or test. */
    public record Entry(String name, String sha256, boolean root, boolean test, List<URI> sources) {
        public byte[] fingerprint() {
            return HexFormat.of().parseHex(sha256);
        }
    }

    private static Entry prod(String name, String sha256, boolean root, String... sources) {
        return new Entry(
                name,
                sha256,
                root,
                false,
                List.of(sources).stream().map(URI::create).toList());
    }

    public static final List<Entry> ENTRIES = List.of(
            prod(
                    "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2022",
                    "af77725f8328bb24f89d81da3acdf7cee4324248538b7ba2cd2a860517fb9dca",
                    true,
                    "https://root.gov.kz/cert/root_gost2015_2022.cer",
                    "https://pki.gov.kz/cert/root_gost_2022.cer"),
            prod(
                    "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2022",
                    "32c7d233a42703a327f3025543a05b930e3f39a786c68dfa196baa86d5618524",
                    false,
                    "https://pki.gov.kz/cert/nca_gost_2022.cer"),
            prod(
                    "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) 2020",
                    "9ba06354b626641715182e4d07c9dbaa1777720fa795d03174ffc68876535dcd",
                    true,
                    "https://root.gov.kz/cert/root_rsa_2020.cer",
                    "https://pki.gov.kz/cert/root_rsa_2020.cer"),
            prod(
                    "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) 2022",
                    "84fb799a66140950818c056a5d9730acc2a7622cdd4ef0d47113b132fb892905",
                    false,
                    "https://pki.gov.kz/cert/nca_rsa_2022.cer"),
            prod(
                    "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2020",
                    "c48164ab5ccaaee6b938299a1e3aeebd6f698bb2bd716a0f0d85befc46166aa2",
                    true,
                    "https://root.gov.kz/cert/root_gost_2020.cer"),
            prod(
                    "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2015",
                    "9ab210e54e6b0343321131202d9edcc2598f598cfdd9ee4ec1056021ab2e9759",
                    true,
                    "https://root.gov.kz/cert/root_gost.cer"),
            prod(
                    "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) 2015",
                    "a7064abc5699827f370c67b09f1a1bfd7ad5e1514d471223df209c08300ea972",
                    true,
                    "https://root.gov.kz/cert/root_rsa.cer"),
            prod(
                    "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2018",
                    "908521d0531e5645e64b34d3588374a3a83582c860e5f7293a04c41217e8cc18",
                    false,
                    "https://pki.gov.kz/cert/nca_gost.crt"),
            prod(
                    "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) 2018",
                    "34d1b311a9873191ae3382805df51e0a5da23315c512a8deeb885668ceeb5834",
                    false,
                    "https://pki.gov.kz/cert/nca_rsa.crt"),
            prod(
                    "Удостоверяющий центр Государственных органов",
                    "eb5a5318299db447a46619d2a541f026b52c1fce8a1d371262da8f6f2d7bb6f5",
                    false),
            prod(
                    "BTSD CA",
                    "74bb80edf34f4594e5e69b79029c64214e67630e3d16b82f952ab6e5956c5fa8",
                    false,
                    "https://root.gov.kz/cert/uc/btsd_gost.cer"),
            new Entry(
                    "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022",
                    "b995e79e7c07429f8f79e185451e5599ce342ac720000f01b3854fdfa03031a6",
                    true,
                    true,
                    List.of(URI.create("https://root.gov.kz/cert/root_test_gost_2022.cer"))),
            new Entry(
                    "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022",
                    "beeffc0bdb77cd798c35983eb0715f6ef0051cccb71d7cd05505e8a4fb2c6f4d",
                    false,
                    true,
                    List.of()),
            // The previous generation's test CAs (GOST 34.310-2004 and RSA; the roots valid to 2038): the
            // NCA's test TSA signed with them until 2022.
            new Entry(
                    "НЕГІЗГІ КО TEST (GOST)",
                    "06021684f52054692a1859686d5af527eda779e6183c2f3cd4fc1278e4067beb",
                    true,
                    true,
                    List.of()),
            new Entry(
                    "НЕГІЗГІ КО TEST (RSA)",
                    "4d05179bcb02180bfc37618372671357df7dd8b7865973eae77b83213cae717b",
                    true,
                    true,
                    List.of()),
            new Entry(
                    "ҰКО 3.0 (GOST TEST)",
                    "0307e8bdf77cb708b7c9d9a5799facdc6de7154447cb394af9ac9b528c3d82c7",
                    false,
                    true,
                    List.of()),
            new Entry(
                    "ҰКО 3.0 (RSA TEST)",
                    "7e96a36409dc11e0fc99efae41f8c639e16a495d77c2f2278edb98580f997231",
                    false,
                    true,
                    List.of()));

    /** The entry with this SHA-256 fingerprint of a DER certificate. */
    public static Optional<Entry> find(byte[] sha256) {
        String hex = HexFormat.of().formatHex(sha256);
        return ENTRIES.stream().filter(e -> e.sha256.equals(hex)).findFirst();
    }
}
