/**
 * What every client of the court office shares: the errors of a call ({@link
 * kz.officesud.transport.CourtOfficeException} and its branches), the {@link kz.officesud.transport.RetryPolicy}, and
 * the settings of a client's builder ({@link kz.officesud.transport.CourtClientBuilder}).
 */
@NullMarked
package kz.officesud.transport;

import org.jspecify.annotations.NullMarked;
