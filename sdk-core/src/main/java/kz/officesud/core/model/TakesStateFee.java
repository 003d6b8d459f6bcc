package kz.officesud.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A filing with the state-fee step (госпошлина): its fee is exempt, paid online or paid with a receipt. The
 * service says whether it takes one ({@link CourtService#mayTakeStateFee()}).
 */
public interface TakesStateFee {

    /** The state-fee step; absent only in an incomplete draft. */
    @Nullable
    StateFee stateFee();
}
