/**
 * The court office's HTTP API as types: every request and answer body of {@code /api/v1}, declared once and
 * used by the client and by the reference court alike, so that the two cannot drift. The OpenAPI description
 * the court serves names each of them as a schema of the same name and fields. JSON through {@code
 * OfficesudJson}; secrets ({@code password}, {@code token}) never appear in {@code toString()}.
 */
@NullMarked
package kz.officesud.core.wire;

import org.jspecify.annotations.NullMarked;
