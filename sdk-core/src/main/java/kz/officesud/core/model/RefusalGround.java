package kz.officesud.core.model;

import java.util.Locale;
import java.util.Map;
import kz.officesud.core.internal.Messages;

/**
 * The only grounds on which a court may refuse to register an electronic document (the 2018 rules, §24,
 * as amended on 2025-06-03), numbered as there.
 */
public enum RefusalGround {
    /** 1) вложенные документы являются нечитаемыми. */
    UNREADABLE_ATTACHMENT(1),
    /**
     * 2) документ направлен повторно и зарегистрирован ранее, за исключением обращений, подлежащих рассмотрению в
     * соответствии с АППК: it does not {@linkplain #appliesTo apply} to a {@link CourtService#PETITION}.
     */
    DUPLICATE(2),
    /** 3) несоответствие подлинности электронной цифровой подписи. */
    SIGNATURE_NOT_AUTHENTIC(3),
    /** 4) документ не адресован данному суду. */
    NOT_ADDRESSED_TO_COURT(4),
    /** 5) не вложены документы, указанные в приложении. */
    MISSING_ANNEX(5),
    /** 6) вложенный документ не соответствует выбранному разделу. */
    WRONG_SECTION(6);

    private final int number;

    RefusalGround(int number) {
        this.number = number;
    }

    /** The ground's number in the rules, 1…6. */
    public int number() {
        return number;
    }

    /**
     * Whether a filing of {@code service} may be refused on this ground: every ground applies to every filing, but
     * {@link #DUPLICATE}, which spares petitions considered under the АППК (the 2018 rules, §24, item 2) — a petition
     * sent again is registered again.
     */
    public boolean appliesTo(CourtService service) {
        return this != DUPLICATE || service != CourtService.PETITION;
    }

    /** The message key of {@link #text(Locale)}: {@code refusal.UNREADABLE_ATTACHMENT}, … */
    public String messageKey() {
        return "refusal." + name();
    }

    /** The ground as the applicant reads it, in kk, ru or en. */
    public String text(Locale locale) {
        return Messages.format(messageKey(), Map.of(), locale);
    }

    /** The ground numbered {@code number} (1…6). */
    public static RefusalGround ofNumber(int number) {
        for (RefusalGround ground : values()) {
            if (ground.number == number) {
                return ground;
            }
        }
        throw new IllegalArgumentException("refusal grounds are numbered 1 to 6, got " + number);
    }
}
