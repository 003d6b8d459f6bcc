/** The reference court, standalone or in process. */
@NullMarked
package kz.officesud.mockserver;

import org.jspecify.annotations.NullMarked;
