package kz.officesud.mockserver;

import java.util.List;
import kz.officesud.mockserver.internal.court.Domain;
import kz.officesud.mockserver.internal.court.DomainViews;

/**
 * What the court sent out, for tests to read: the e-mails (the reference court sends no real mail) and the deliveries
 * of its events to webhooks.
 */
public final class CourtOutbox {
    private final Domain domain;

    CourtOutbox(Domain domain) {
        this.domain = domain;
    }

    /** Every e-mail, oldest first. */
    public List<EmailMessage> emails() {
        return domain.notifier.emails().stream().map(DomainViews::email).toList();
    }

    /** The e-mails to one address, oldest first. */
    public List<EmailMessage> emailsTo(String address) {
        return emails().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** Every delivery of an event to a webhook. */
    public List<WebhookDelivery> webhookDeliveries() {
        return domain.webhooks.deliveries().stream().map(DomainViews::delivery).toList();
    }
}
