/** Reference court internals: not an API. */
@NullMarked
package kz.officesud.mockserver.internal.store;

import org.jspecify.annotations.NullMarked;
