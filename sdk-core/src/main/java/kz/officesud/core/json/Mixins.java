package kz.officesud.core.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.StateFee;

/** Jackson mix-ins for the sealed model types: which property names the alternative. */
final class Mixins {
    private Mixins() {}

    /** {@code "service": "CLAIM"}, the {@link kz.officesud.core.model.CourtService} name. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "service")
    @JsonSubTypes({@JsonSubTypes.Type(value = Claim.class, name = "CLAIM")})
    interface FilingMixin {}

    /** {@code "kind": "INDIVIDUAL" | "LEGAL_ENTITY"}, the {@link kz.officesud.core.model.PersonKind} name. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Party.Individual.class, name = "INDIVIDUAL"),
        @JsonSubTypes.Type(value = Party.LegalEntity.class, name = "LEGAL_ENTITY")
    })
    interface PartyMixin {}

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
