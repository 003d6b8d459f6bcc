/**
 * JSON for the models, with Jackson, kept out of the model types: {@link
 * kz.officesud.core.json.OfficesudJson} registers serializers and mix-ins for every model type and makes
 * the canonical bytes that get signed.
 */
@NullMarked
package kz.officesud.core.json;

import org.jspecify.annotations.NullMarked;
