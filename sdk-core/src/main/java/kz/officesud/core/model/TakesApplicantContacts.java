package kz.officesud.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A filing whose form asks how to reach the applicant: a phone and a postal address (the request for a copy of the
 * hearing record, the remarks on it and a petition: the 2014 instruction on filing through «Сот кабинеті», points
 * 17, 20 and 23). The applicant is the account holder, known from the log-in and the signature; these are where the
 * court answers.
 */
public interface TakesApplicantContacts {

    /** The applicant's phone number as written; absent only in an incomplete draft. */
    @Nullable
    String phone();

    /** The applicant's postal address as one line of text; absent only in an incomplete draft. */
    @Nullable
    String postalAddress();
}
