package kz.officesud.core.contract;

/**
 * The holder's role in a legal entity, as the NCA writes it into a legal entity's certificate. Whether a role
 * acts for the organisation without a power of attorney follows the Civil Code: the first head does, and so
 * does the person the organisation has given the right of signature; everyone else needs a power of attorney.
 */
public enum OrganisationRole {
    /** «Первый руководитель». */
    FIRST_HEAD(true),
    /** «Лицо, наделённое правом подписи». */
    SIGNATORY(true),
    /** «Лицо, наделённое правом подписи финансовых документов»: financial documents only. */
    FINANCIAL_SIGNATORY(false),
    /** «Сотрудник отдела кадров». */
    HR(false),
    /** «Сотрудник организации»: no right of signature. */
    EMPLOYEE(false),
    /** «Информационная система»: a system's key, not a person. */
    INFORMATION_SYSTEM(false);

    private final boolean actsWithoutPowerOfAttorney;

    OrganisationRole(boolean actsWithoutPowerOfAttorney) {
        this.actsWithoutPowerOfAttorney = actsWithoutPowerOfAttorney;
    }

    /** Whether a holder of this role signs for the organisation without a power of attorney. */
    public boolean actsWithoutPowerOfAttorney() {
        return actsWithoutPowerOfAttorney;
    }
}
