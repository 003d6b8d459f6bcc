/** Reference court internals: not an API. */
@NullMarked
package kz.officesud.mockserver.internal.court;

import org.jspecify.annotations.NullMarked;
