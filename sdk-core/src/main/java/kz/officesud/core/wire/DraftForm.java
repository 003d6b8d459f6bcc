package kz.officesud.core.wire;

import kz.officesud.core.model.Filing;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /drafts}, {@code PUT /drafts/{draftId}}: a filing kept by the court unsigned and unsent («Ожидает
 * отправки»: «не подписанные и не отправленные в судебный орган заявления», seed 000, §2.1). It may be incomplete; its
 * documents are kept as their metadata (name, media type, size, SHA-256).
 *
 * @param filing the filing, as {@code OfficesudJson} writes it
 */
public record DraftForm(@Nullable Filing filing) {}
