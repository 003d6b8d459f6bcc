package kz.officesud.signing;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;
import kz.officesud.signing.revocation.Crl;

/** What {@link PkiInput#read} found: a CMS signature, a certificate or a CRL. */
public sealed interface PkiObject permits PkiObject.SignedData, PkiObject.Certificate, PkiObject.RevocationList {

    /** A CMS {@code SignedData} (a signature, or a certificate bundle), as DER. */
    record SignedData(byte[] der) implements PkiObject {
        public SignedData {
            der = Objects.requireNonNull(der, "der").clone();
        }

        @Override
        public byte[] der() {
            return der.clone();
        }

        /** What the CMS holds, read without verifying it. */
        public CmsInfo info() {
            return Cms.inspect(der);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SignedData s && Arrays.equals(der, s.der);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(der);
        }

        @Override
        public String toString() {
            return "SignedData[" + der.length + " bytes]";
        }
    }

    /** An X.509 certificate. */
    record Certificate(X509Certificate certificate) implements PkiObject {
        public Certificate {
            Objects.requireNonNull(certificate, "certificate");
        }

        @Override
        public String toString() {
            return "Certificate[" + CertificateProfile.of(certificate).commonName() + "]";
        }
    }

    /** A certificate revocation list. */
    record RevocationList(Crl crl) implements PkiObject {
        public RevocationList {
            Objects.requireNonNull(crl, "crl");
        }
    }
}
