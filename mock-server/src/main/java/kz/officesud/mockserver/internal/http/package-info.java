/** Reference court internals: not an API. */
@NullMarked
package kz.officesud.mockserver.internal.http;

import org.jspecify.annotations.NullMarked;
