package kz.officesud.core.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import kz.officesud.core.model.Appeal;
import kz.officesud.core.model.CancelCourtOrder;
import kz.officesud.core.model.CassationComplaint;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.NewlyDiscoveredCircumstances;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.PersonKind;
import kz.officesud.core.model.PrivateComplaint;
import kz.officesud.core.model.SetAsideDefaultJudgment;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.SupervisoryReview;

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
