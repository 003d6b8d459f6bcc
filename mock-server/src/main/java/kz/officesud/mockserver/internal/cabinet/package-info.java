/**
 * The court's web cabinet: the pages of «Судебный кабинет» as the live office.sud.kz serves them (a JSF application
 * with RichFaces AJAX) over the same court as the HTTP API, for clients that drive the live site's web protocol.
 */
@NullMarked
package kz.officesud.mockserver.internal.cabinet;

import org.jspecify.annotations.NullMarked;
