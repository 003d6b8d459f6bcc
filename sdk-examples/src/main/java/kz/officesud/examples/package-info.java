/** Examples. */
@NullMarked
package kz.officesud.examples;

import org.jspecify.annotations.NullMarked;
