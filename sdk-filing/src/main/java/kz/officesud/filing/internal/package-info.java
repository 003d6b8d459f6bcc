/** The HTTP plumbing of the filing client: not an API, not exported. */
@NullMarked
package kz.officesud.filing.internal;

import org.jspecify.annotations.NullMarked;
