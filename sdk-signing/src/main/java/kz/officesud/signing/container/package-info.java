/**
 * Signed ZIP containers as the NCA's Kalkan ({@code ZipConSign} / {@code ZipConVerify}) and the tools
 * built on it make them: the signed files, {@code META-INF/NCAManifest.xml} listing each file's digest,
 * and {@code META-INF/signature-*.cms}, a detached CMS over the manifest's bytes carrying one or more
 * signers. {@link kz.officesud.signing.container.SignedZip} makes and co-signs them;
 * {@link kz.officesud.signing.container.SignedZipVerifier} checks them, streamed, against hostile
 * archives.
 */
@NullMarked
package kz.officesud.signing.container;

import org.jspecify.annotations.NullMarked;
