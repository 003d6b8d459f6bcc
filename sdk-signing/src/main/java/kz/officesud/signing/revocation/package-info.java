/**
 * Whether a certificate was revoked: CRLs ({@link kz.officesud.signing.revocation.Crl},
 * {@link kz.officesud.signing.revocation.CrlSource}), OCSP
 * ({@link kz.officesud.signing.revocation.OcspClient}) and the policy a verifier applies
 * ({@link kz.officesud.signing.revocation.RevocationPolicy}).
 */
@NullMarked
package kz.officesud.signing.revocation;

import org.jspecify.annotations.NullMarked;
