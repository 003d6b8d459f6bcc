/** How the live cabinet's pages are driven: the HTTP of one session, the pages, the filing wizard. */
@NullMarked
package kz.officesud.filing.live.internal;

import org.jspecify.annotations.NullMarked;
