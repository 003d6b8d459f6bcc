/** Reference court internals: the control API (not an API of its own; see {@code CourtControl}). */
@NullMarked
package kz.officesud.mockserver.internal.control;

import org.jspecify.annotations.NullMarked;
