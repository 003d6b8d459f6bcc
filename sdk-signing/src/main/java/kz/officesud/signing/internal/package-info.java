/**
 * Implementation of the signing module: GOST primitives in the NCA byte order, PKCS#12 and CMS
 * encoding, path building. Not exported; nothing here is API.
 */
@NullMarked
package kz.officesud.signing.internal;

import org.jspecify.annotations.NullMarked;
