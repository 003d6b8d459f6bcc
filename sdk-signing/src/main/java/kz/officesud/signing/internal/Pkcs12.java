package kz.officesud.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kz.officesud.signing.NcaKeyException;
import kz.officesud.signing.NcaKeyException.Reason;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.engines.RC2Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.bc.BcPKCS12PBEInputDecryptorProviderBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12PBEOutputEncryptorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.jspecify.annotations.Nullable;

/**
 * PKCS#12 key files in the NCA's format, read with {@link PKCS12PfxPdu} (Bouncy Castle's
 * {@code KeyStore} fails on GOST files).
 *
 * <p>The NCA format: a SHA-1 MAC (1024 iterations); the private key in a shrouded key bag
 * (pbeWithSHAAnd3-KeyTripleDES-CBC) in a plain data safe; the certificate in an encrypted data safe
 * (pbeWithSHAAnd40BitRC2-CBC); both bags carry localKeyID (the subject key identifier) and
 * friendlyName (the same, in lower-case hex).
 */
public final class Pkcs12 {
    private Pkcs12() {}

    private static final int ITERATIONS = 1024;

    /** One key of a key file with its certificate chain (the key's certificate first). */
    public record Entry(String alias, SigningKey key, List<X509Certificate> chain) {
        public Entry {
            chain = List.copyOf(chain);
        }
    }

    private record Bag(Object value, @Nullable String friendlyName, byte @Nullable [] localKeyId) {}

    /**
     * Reads every key of a PKCS#12 file.
     *
     * @param displayName the file's name, for messages (never the password)
     */
    public static List<Entry> read(byte[] data, char[] password, String displayName) {
        PKCS12PfxPdu pfx;
        try {
            pfx = new PKCS12PfxPdu(data);
            pfx.getContentInfos(); // parse eagerly: a truncated file fails here
        } catch (IOException | RuntimeException e) {
            throw new NcaKeyException(Reason.CORRUPT_FILE, displayName + " is not a readable PKCS#12 key file", e);
        }
        if (pfx.hasMac()) {
            boolean macValid;
            try {
                macValid = pfx.isMacValid(
                        new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE), password);
            } catch (PKCSException | RuntimeException e) {
                throw new NcaKeyException(
                        Reason.CORRUPT_FILE, "the integrity check of " + displayName + " cannot be computed", e);
            }
            if (!macValid) {
                throw new NcaKeyException(Reason.WRONG_PASSWORD, "the password does not open " + displayName);
            }
        }
        InputDecryptorProvider decryptor = decryptor(password);
        List<Bag> keys = new ArrayList<>();
        List<Bag> certificates = new ArrayList<>();
        for (ContentInfo info : pfx.getContentInfos()) {
            PKCS12SafeBag[] bags = safeBags(info, decryptor, displayName);
            for (PKCS12SafeBag bag : bags) {
                Bag read;
                try {
                    read = new Bag(bag.getBagValue(), friendlyName(bag), localKeyId(bag));
                } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
                    throw new NcaKeyException(Reason.CORRUPT_FILE, "an entry of " + displayName + " cannot be read", e);
                }
                ASN1ObjectIdentifier type = bag.getType();
                if (type.equals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag)
                        || type.equals(PKCSObjectIdentifiers.keyBag)) {
                    keys.add(read);
                } else if (type.equals(PKCSObjectIdentifiers.certBag)) {
                    certificates.add(read);
                }
            }
        }
        if (keys.isEmpty()) {
            throw new NcaKeyException(Reason.NO_KEY, displayName + " holds no private key");
        }
        List<X509Certificate> allCertificates = new ArrayList<>();
        for (Bag bag : certificates) {
            allCertificates.add(certificate(bag, displayName));
        }
        List<Entry> entries = new ArrayList<>();
        for (Bag bag : keys) {
            entries.add(entry(bag, certificates, allCertificates, decryptor, displayName));
        }
        return List.copyOf(entries);
    }

    private static PKCS12SafeBag[] safeBags(ContentInfo info, InputDecryptorProvider decryptor, String displayName) {
        ASN1ObjectIdentifier type = info.getContentType();
        try {
            if (type.equals(PKCSObjectIdentifiers.data)) {
                return new PKCS12SafeBagFactory(info).getSafeBags();
            }
            if (type.equals(PKCSObjectIdentifiers.encryptedData)) {
                return new PKCS12SafeBagFactory(info, decryptor).getSafeBags();
            }
        } catch (PKCSException e) {
            throw decryptionFailure(displayName, e);
        } catch (RuntimeException e) {
            throw new NcaKeyException(Reason.CORRUPT_FILE, displayName + " has a damaged safe", e);
        }
        throw new NcaKeyException(Reason.UNSUPPORTED_ALGORITHM, displayName + " uses an unsupported safe " + type);
    }

    private static Entry entry(
            Bag keyBag,
            List<Bag> certificateBags,
            List<X509Certificate> certificates,
            InputDecryptorProvider decryptor,
            String displayName) {
        PrivateKeyInfo info;
        try {
            info = keyBag.value() instanceof PKCS8EncryptedPrivateKeyInfo encrypted
                    ? encrypted.decryptPrivateKeyInfo(decryptor)
                    : (PrivateKeyInfo) keyBag.value();
        } catch (PKCSException e) {
            throw decryptionFailure(displayName, e);
        } catch (RuntimeException e) {
            throw new NcaKeyException(Reason.CORRUPT_FILE, displayName + " has a damaged key", e);
        }
        SigningKey key;
        try {
            key = SigningKey.of(info);
        } catch (UnsupportedAlgorithmException e) {
            throw new NcaKeyException(Reason.UNSUPPORTED_ALGORITHM, displayName + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new NcaKeyException(Reason.CORRUPT_FILE, displayName + " has a damaged key", e);
        }
        VerificationKey publicKey = key.verificationKey();
        X509Certificate leaf = certificateFor(keyBag, publicKey, certificateBags, certificates, displayName);
        String friendlyName = keyBag.friendlyName();
        String alias = friendlyName != null
                ? friendlyName
                : subjectKeyIdentifierHex(leaf)
                        .orElseGet(() -> leaf.getSerialNumber().toString(16));
        return new Entry(alias, key, Chains.chainFrom(leaf, certificates));
    }

    /** The certificate named by the key's localKeyID, else the one whose public key matches. */
    private static X509Certificate certificateFor(
            Bag keyBag,
            VerificationKey publicKey,
            List<Bag> certificateBags,
            List<X509Certificate> certificates,
            String displayName) {
        byte[] keyId = keyBag.localKeyId();
        for (int i = 0; i < certificateBags.size(); i++) {
            byte[] id = certificateBags.get(i).localKeyId();
            if (id != null && keyId != null && Arrays.equals(id, keyId) && matches(publicKey, certificates.get(i))) {
                return certificates.get(i);
            }
        }
        return certificates.stream()
                .filter(c -> matches(publicKey, c))
                .findFirst()
                .orElseThrow(() ->
                        new NcaKeyException(Reason.CORRUPT_FILE, displayName + " holds no certificate for its key"));
    }

    private static boolean matches(VerificationKey key, X509Certificate certificate) {
        try {
            return key.sameKey(VerificationKey.of(certificate));
        } catch (UnsupportedAlgorithmException | IOException e) {
            return false;
        }
    }

    private static NcaKeyException decryptionFailure(String displayName, Exception e) {
        // Without a MAC, a wrong password shows as a padding failure: the likelier reading.
        return new NcaKeyException(Reason.WRONG_PASSWORD, "the password does not open " + displayName, e);
    }

    private static X509Certificate certificate(Bag bag, String displayName) {
        try {
            X509CertificateHolder holder = (X509CertificateHolder) bag.value();
            return certificate(holder.getEncoded());
        } catch (IOException | CertificateException | ClassCastException e) {
            throw new NcaKeyException(Reason.CORRUPT_FILE, displayName + " holds a damaged certificate", e);
        }
    }

    static X509Certificate certificate(byte[] der) throws CertificateException {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static @Nullable String friendlyName(PKCS12SafeBag bag) {
        ASN1Encodable value = attribute(bag, PKCS12SafeBag.friendlyNameAttribute);
        return value instanceof ASN1String s ? Names.text(s) : null;
    }

    private static byte @Nullable [] localKeyId(PKCS12SafeBag bag) {
        ASN1Encodable value = attribute(bag, PKCS12SafeBag.localKeyIdAttribute);
        return value instanceof ASN1OctetString s ? s.getOctets() : null;
    }

    private static @Nullable ASN1Encodable attribute(PKCS12SafeBag bag, ASN1ObjectIdentifier type) {
        Attribute[] attributes = bag.getAttributes();
        if (attributes == null) {
            return null;
        }
        for (Attribute a : attributes) {
            if (a.getAttrType().equals(type) && a.getAttrValues().size() > 0) {
                return a.getAttrValues().getObjectAt(0);
            }
        }
        return null;
    }

    /** The standard PKCS#12 PBEs with Bouncy Castle's lightweight API; PBES2 (AES) through its JCA classes. */
    private static InputDecryptorProvider decryptor(char[] password) {
        InputDecryptorProvider pkcs12 = new BcPKCS12PBEInputDecryptorProviderBuilder().build(password);
        return algorithm -> {
            if (algorithm.getAlgorithm().equals(PKCSObjectIdentifiers.id_PBES2)) {
                return new JcePKCSPBEInputDecryptorProviderBuilder()
                        .setProvider(BouncyCastleHolder.PROVIDER)
                        .build(password)
                        .get(algorithm);
            }
            return pkcs12.get(algorithm);
        };
    }

    private static final class BouncyCastleHolder {
        static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    }

    /** The certificate's subject key identifier in lower-case hex, the NCA's alias. */
    public static Optional<String> subjectKeyIdentifierHex(X509Certificate certificate) {
        return subjectKeyIdentifier(certificate).map(HexFormat.of()::formatHex);
    }

    public static Optional<byte[]> subjectKeyIdentifier(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (extension == null) {
            return Optional.empty();
        }
        try {
            ASN1OctetString outer = ASN1OctetString.getInstance(extension);
            return Optional.of(
                    SubjectKeyIdentifier.getInstance(outer.getOctets()).getKeyIdentifier());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a key and its certificate in the NCA format. Only the key's own certificate goes in, as the
     * NCA's files have it.
     */
    public static byte[] write(SigningKey key, X509Certificate certificate, char[] password) throws IOException {
        byte[] keyId = subjectKeyIdentifier(certificate)
                .orElseGet(() -> certificate.getSerialNumber().toByteArray());
        String alias = HexFormat.of().formatHex(keyId);
        try {
            OutputEncryptor keyEncryptor = new BcPKCS12PBEOutputEncryptorBuilder(
                            PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                            CBCBlockCipher.newInstance(new DESedeEngine()))
                    .setIterationCount(ITERATIONS)
                    .build(password);
            OutputEncryptor certificateEncryptor = new BcPKCS12PBEOutputEncryptorBuilder(
                            PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC,
                            CBCBlockCipher.newInstance(new RC2Engine()))
                    .setIterationCount(ITERATIONS)
                    .build(password);
            PKCS12SafeBag keyBag = new PKCS12SafeBagBuilder(key.toPrivateKeyInfo(), keyEncryptor)
                    .addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, new DEROctetString(keyId))
                    .addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, new DERBMPString(alias))
                    .build();
            PKCS12SafeBag certificateBag = new PKCS12SafeBagBuilder(new X509CertificateHolder(certificate.getEncoded()))
                    .addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, new DEROctetString(keyId))
                    .addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, new DERBMPString(alias))
                    .build();
            PKCS12PfxPdu pfx = new PKCS12PfxPduBuilder()
                    .addData(keyBag)
                    .addEncryptedData(certificateEncryptor, certificateBag)
                    .build(
                            new BcPKCS12MacCalculatorBuilder(
                                            new SHA1Digest(),
                                            new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1, DERNull.INSTANCE))
                                    .setIterationCount(ITERATIONS),
                            password);
            return pfx.getEncoded();
        } catch (PKCSException | java.security.cert.CertificateEncodingException e) {
            throw new IOException("cannot write the PKCS#12 file", e);
        }
    }
}
