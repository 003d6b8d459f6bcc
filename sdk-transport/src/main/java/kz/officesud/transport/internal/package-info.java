/**
 * The HTTP plumbing of the court office's clients: not an API; exported only to the filing and case-search clients.
 */
@NullMarked
package kz.officesud.transport.internal;

import org.jspecify.annotations.NullMarked;
