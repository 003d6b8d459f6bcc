package kz.officesud.mockserver.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Records of one kind that a court snapshot carries beside the store's users, uploads and filings (the case files'
 * tables, the drafts). A snapshot is read whole before the court changes: {@link #read} checks every row, and only a
 * snapshot all of whose rows are read is put back.
 */
public interface KeptTable {
    /** Every row, in the order kept. */
    List<?> rows();

    /**
     * The rows of a snapshot as this table's records.
     *
     * @throws IllegalArgumentException if a row is not one of this table's records
     */
    List<?> read(List<JsonNode> rows, ObjectMapper mapper);

    /** Stores rows {@link #read} returned (a row with a known key replaces the one held), each written through. */
    void putAll(List<?> rows);
}
