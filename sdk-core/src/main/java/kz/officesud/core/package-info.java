/** The court office's shared vocabulary. */
@NullMarked
package kz.officesud.core;

import org.jspecify.annotations.NullMarked;
