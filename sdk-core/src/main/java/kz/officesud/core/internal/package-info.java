/** Implementation details of sdk-core; not exported, not API. */
@NullMarked
package kz.officesud.core.internal;

import org.jspecify.annotations.NullMarked;
