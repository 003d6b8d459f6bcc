package kz.officesud.core.wire;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /observations}: a participant's search of a case by IIN and access password (ЭНП, «Поиск судебного дела
 * по ИИН и паролю доступа»). The IIN is exactly 12 digits, nothing else.
 *
 * @param iin the participant's IIN
 * @param password the access password the court's office issued
 */
public record ObservationForm(@Nullable String iin, @Nullable String password) {
    /**
     * Whether {@code value} is an IIN (or BIN) as observation takes it: exactly 12 ASCII digits, nothing else — no
     * spaces, no other characters («ограничение на ввод символов: только цифры, 12 символов»). The one rule of the
     * client, which refuses before sending, and of the court.
     */
    public static boolean wellFormedIin(String value) {
        if (value.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ObservationForm[iin=" + iin + ", password=***]";
    }
}
