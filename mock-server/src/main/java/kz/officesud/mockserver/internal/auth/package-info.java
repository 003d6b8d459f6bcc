/** Reference court internals: not an API. */
@NullMarked
package kz.officesud.mockserver.internal.auth;

import org.jspecify.annotations.NullMarked;
