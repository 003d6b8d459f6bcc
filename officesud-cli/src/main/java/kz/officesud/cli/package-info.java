/**
 * The {@code officesud} command: {@code check}, {@code sign}, {@code verify}, {@code court} and {@code file}, in
 * Kazakh, Russian or English. {@link kz.officesud.cli.Officesud} is the entry point.
 */
@NullMarked
package kz.officesud.cli;

import org.jspecify.annotations.NullMarked;
