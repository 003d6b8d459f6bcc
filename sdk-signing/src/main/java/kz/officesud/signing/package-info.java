/** NCA (НУЦ РК) keys and signatures. */
@NullMarked
package kz.officesud.signing;

import org.jspecify.annotations.NullMarked;
