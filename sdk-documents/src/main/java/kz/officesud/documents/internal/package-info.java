/** Implementation of document inspection: bounded ZIP, XML, PDF and OLE2 readers. Not an API. */
@NullMarked
package kz.officesud.documents.internal;

import org.jspecify.annotations.NullMarked;
