package kz.officesud.core.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import kz.officesud.core.model.AdministrativeOffenceFiling;
import kz.officesud.core.model.ApostilleRequest;
import kz.officesud.core.model.Appeal;
import kz.officesud.core.model.CancelCourtOrder;
import kz.officesud.core.model.CassationComplaint;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.CopiesOfJudicialActsApplication;
import kz.officesud.core.model.Counterclaim;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.CriminalFiling;
import kz.officesud.core.model.DuplicateWritOfExecutionApplication;
import kz.officesud.core.model.HearingRecordCopyRequest;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.Motion;
import kz.officesud.core.model.NewlyDiscoveredCircumstances;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.PersonKind;
import kz.officesud.core.model.Petition;
import kz.officesud.core.model.PrivateComplaint;
import kz.officesud.core.model.RemarksOnRecord;
import kz.officesud.core.model.RepeatedCopiesOfJudicialActsApplication;
import kz.officesud.core.model.Response;
import kz.officesud.core.model.RestoreMissedDeadlineApplication;
import kz.officesud.core.model.SecureClaimApplication;
import kz.officesud.core.model.SetAsideDefaultJudgment;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.SupervisoryReview;
import kz.officesud.core.model.WritForArbitralOrForeignDecisionApplication;
import kz.officesud.core.model.WritToJusticeBodiesApplication;

/** Jackson mix-ins for the sealed model types: which property names the alternative. */
final class Mixins {
    private Mixins() {}

    /**
     * {@code "service": "CLAIM"}, the {@link kz.officesud.core.model.CourtService} name. An existing property
     * (written from {@code service()}), so it is there even where the static type is not {@code Filing}
     * (a filing inside a manifest map).
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "service")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Claim.class, name = "CLAIM"),
        @JsonSubTypes.Type(value = Appeal.class, name = "APPEAL"),
        @JsonSubTypes.Type(value = PrivateComplaint.class, name = "PRIVATE_COMPLAINT"),
        @JsonSubTypes.Type(value = CassationComplaint.class, name = "CASSATION_COMPLAINT"),
        @JsonSubTypes.Type(value = SupervisoryReview.class, name = "SUPERVISORY_REVIEW"),
        @JsonSubTypes.Type(value = NewlyDiscoveredCircumstances.class, name = "NEWLY_DISCOVERED_CIRCUMSTANCES"),
        @JsonSubTypes.Type(value = SetAsideDefaultJudgment.class, name = "SET_ASIDE_DEFAULT_JUDGMENT"),
        @JsonSubTypes.Type(value = CancelCourtOrder.class, name = "CANCEL_COURT_ORDER"),
        @JsonSubTypes.Type(value = Response.class, name = "RESPONSE"),
        @JsonSubTypes.Type(value = Counterclaim.class, name = "COUNTERCLAIM"),
        @JsonSubTypes.Type(value = Motion.class, name = "MOTION"),
        @JsonSubTypes.Type(value = SecureClaimApplication.class, name = "SECURE_CLAIM"),
        @JsonSubTypes.Type(value = RemarksOnRecord.class, name = "REMARKS_ON_RECORD"),
        @JsonSubTypes.Type(value = CopiesOfJudicialActsApplication.class, name = "COPIES_OF_JUDICIAL_ACTS"),
        @JsonSubTypes.Type(value = RestoreMissedDeadlineApplication.class, name = "RESTORE_MISSED_DEADLINE"),
        @JsonSubTypes.Type(value = DuplicateWritOfExecutionApplication.class, name = "DUPLICATE_WRIT_OF_EXECUTION"),
        @JsonSubTypes.Type(value = WritToJusticeBodiesApplication.class, name = "WRIT_TO_JUSTICE_BODIES"),
        @JsonSubTypes.Type(
                value = RepeatedCopiesOfJudicialActsApplication.class,
                name = "REPEATED_COPIES_OF_JUDICIAL_ACTS"),
        @JsonSubTypes.Type(
                value = WritForArbitralOrForeignDecisionApplication.class,
                name = "WRIT_FOR_ARBITRAL_OR_FOREIGN_DECISION"),
        @JsonSubTypes.Type(value = CriminalFiling.class, name = "CRIMINAL_FILING"),
        @JsonSubTypes.Type(value = AdministrativeOffenceFiling.class, name = "ADMINISTRATIVE_OFFENCE_FILING"),
        @JsonSubTypes.Type(value = HearingRecordCopyRequest.class, name = "HEARING_RECORD_COPY_REQUEST"),
        @JsonSubTypes.Type(value = Petition.class, name = "PETITION"),
        @JsonSubTypes.Type(value = Letter.class, name = "LETTER"),
        @JsonSubTypes.Type(value = ApostilleRequest.class, name = "APOSTILLE_REQUEST")
    })
    interface FilingMixin {
        @JsonProperty("service")
        CourtService service();
    }

    /**
     * {@code "kind": "INDIVIDUAL" | "LEGAL_ENTITY"}, the {@link kz.officesud.core.model.PersonKind} name,
     * written from {@code kind()}.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Party.Individual.class, name = "INDIVIDUAL"),
        @JsonSubTypes.Type(value = Party.LegalEntity.class, name = "LEGAL_ENTITY")
    })
    interface PartyMixin {
        @JsonProperty("kind")
        PersonKind kind();
    }

    /** {@code "type": "EXEMPT" | "PAID_ONLINE" | "RECEIPT"}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = StateFee.Exempt.class, name = "EXEMPT"),
        @JsonSubTypes.Type(value = StateFee.PaidOnline.class, name = "PAID_ONLINE"),
        @JsonSubTypes.Type(value = StateFee.Receipt.class, name = "RECEIPT")
    })
    interface StateFeeMixin {}

    /** {@code isEmpty()} is derived, not a property. */
    @JsonIgnoreProperties({"empty"})
    interface ContactsMixin {}
}
