package kz.officesud.signing;

import java.util.Optional;

/**
 * The roles the NCA writes into a certificate's extended key usage. A legal entity's certificate
 * carries {@link #ORGANISATION} plus the holder's role in it.
 */
public enum NcaRole {
    /** «Физическое лицо»: an individual. */
    INDIVIDUAL("1.2.398.3.3.4.1.1"),
    /** «Юридическое лицо»: acts for an organisation. */
    ORGANISATION("1.2.398.3.3.4.1.2"),
    /** «Первый руководитель»: the organisation's first head. */
    FIRST_HEAD("1.2.398.3.3.4.1.2.1"),
    /** «Лицо, наделённое правом подписи»: a signatory. */
    SIGNATORY("1.2.398.3.3.4.1.2.2"),
    /** «Лицо, наделённое правом подписи финансовых документов»: a financial signatory. */
    FINANCIAL_SIGNATORY("1.2.398.3.3.4.1.2.3"),
    /** «Сотрудник отдела кадров»: human resources. */
    HR("1.2.398.3.3.4.1.2.4"),
    /** «Сотрудник организации»: an employee without signing rights. */
    EMPLOYEE("1.2.398.3.3.4.1.2.5"),
    /** «Информационная система»: an information system's key. */
    INFORMATION_SYSTEM("1.2.398.3.3.4.1.2.6"),
    /** «Клиент казначейства»: a treasury client (Treasury Committee). */
    TREASURY_CLIENT("1.2.398.5.19.1.2.2.1");

    private final String oid;

    NcaRole(String oid) {
        this.oid = oid;
    }

    /** The extended key usage OID. */
    public String oid() {
        return oid;
    }

    /** The role of an extended key usage OID, if it is one of the known ones. */
    public static Optional<NcaRole> ofOid(String oid) {
        for (NcaRole role : values()) {
            if (role.oid.equals(oid)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
