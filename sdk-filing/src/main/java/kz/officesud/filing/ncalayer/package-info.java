/**
 * NCALayer, the NCA's desktop signing application, from Java: the user's key never leaves their machine, and
 * NCALayer asks them to choose it and enter its password. {@link kz.officesud.filing.ncalayer.NcaLayer} speaks its
 * local WebSocket protocol ({@code wss://127.0.0.1:13579}: the {@code kz.gov.pki.knca.basics} module's {@code
 * sign}, and the older {@code kz.gov.pki.knca.commonUtils} methods).
 */
@NullMarked
package kz.officesud.filing.ncalayer;

import org.jspecify.annotations.NullMarked;
