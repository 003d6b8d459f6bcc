package kz.officesud.signing.container;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The ZIP format's numbers (PKWARE APPNOTE 6.3), one copy for {@link ZipReader} and {@link ZipWriter}. */
final class ZipFormat {
    static final int LOC = 0x04034b50;
    static final int CEN = 0x02014b50;
    static final int EOCD = 0x06054b50;
    static final int ZIP64_EOCD = 0x06064b50;
    static final int ZIP64_LOCATOR = 0x07064b50;
    static final int DESCRIPTOR = 0x08074b50;
    /** A 32-bit field whose value is in the ZIP64 extra field. */
    static final long MAGIC32 = 0xFFFFFFFFL;
    /** A 16-bit field whose value is in the ZIP64 end record. */
    static final int MAGIC16 = 0xFFFF;

    static final int FLAG_ENCRYPTED = 1;
    /** CRC and sizes follow the data, in a data descriptor. */
    static final int FLAG_DESCRIPTOR = 1 << 3;

    static final int FLAG_STRONG_ENCRYPTION = 1 << 6;
    static final int FLAG_UTF8 = 1 << 11;
    static final int STORED = 0;
    static final int DEFLATED = 8;
    /** WinZip AES encryption. */
    static final int AES = 99;

    private ZipFormat() {}

    /** Little-endian fields: value, width in bytes (2, 4 or 8), value, width... */
    static byte[] le(long... valuesAndWidths) {
        int length = 0;
        for (int i = 1; i < valuesAndWidths.length; i += 2) {
            length += (int) valuesAndWidths[i];
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < valuesAndWidths.length; i += 2) {
            long value = valuesAndWidths[i];
            switch ((int) valuesAndWidths[i + 1]) {
                case 2 -> buffer.putShort((short) value);
                case 4 -> buffer.putInt((int) value);
                case 8 -> buffer.putLong(value);
                default -> throw new IllegalArgumentException("width " + valuesAndWidths[i + 1]);
            }
        }
        return buffer.array();
    }
}
