/**
 * A test certification authority in the NCA (НУЦ РК) profile, generated at run time: GOST R 34.10-2015
 * 512-bit root, intermediate and user certificates, signed in the NCA byte order with the Kazakh OIDs,
 * and PKCS#12 files in the NCA format. For tests and the reference court only: never trusted in
 * production.
 */
@NullMarked
package kz.officesud.signing.testnca;

import org.jspecify.annotations.NullMarked;
