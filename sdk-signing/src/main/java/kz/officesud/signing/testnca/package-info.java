/**
 * A test certification authority in the NCA (НУЦ РК) profile, generated at run time in any of the NCA's
 * key generations: root, intermediate and user certificates signed in the NCA byte order with the Kazakh
 * OIDs, PKCS#12 files in the NCA format, CRLs, an OCSP responder and a TSA. {@code TestNca} is the facade;
 * the certification authority, the CRL issuer, the OCSP responder and the TSA are its parts. For tests and
 * the reference court only: never trusted in production.
 */
@NullMarked
package kz.officesud.signing.testnca;

import org.jspecify.annotations.NullMarked;
