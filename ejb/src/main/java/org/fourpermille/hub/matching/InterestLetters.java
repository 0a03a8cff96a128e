package org.fourpermille.hub.matching;

import java.text.NumberFormat;
import java.util.function.Function;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.AccountRepository;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * The mails of an interest's conversation: the other organisation's people are told of each step, each in
 * their own language, through the mail queue (never in the request). Part of {@link InterestService}'s
 * transaction, so a step that rolls back mails nobody. Dependent: one per service instance, no proxy.
 */
@Dependent
class InterestLetters {

    @Inject
    private AccountRepository accounts;
    @Inject
    private Mailer mailer;

    /**
     * Mails each representative of {@code to} who can sign in, in their language: {0} person, {1} organisation
     * of the author, {2} project title, {3} offer title, {4} link, {5} detail (reason or message, may be empty).
     */
    void tell(Organisation to, MailTemplate template, Interest interest, Account author, String detail) {
        tell(to, template, interest, author, language -> detail);
    }

    /** The other organisation learns the outcome one of them recorded, worded in each reader's language. */
    void tellOutcome(Interest interest, Account author) {
        Organisation other = interest.getFromOrganisation().getId().equals(author.getOrganisation().getId())
                ? interest.getToOrganisation() : interest.getFromOrganisation();
        tell(other, MailTemplate.INTEREST_OUTCOME, interest, author, language -> {
            if (interest.getOutcome() == InterestOutcome.AGREEMENT) {
                NumberFormat amount = NumberFormat.getNumberInstance(language.locale());
                amount.setMinimumFractionDigits(interest.getAgreementAmount().stripTrailingZeros().scale() > 0 ? 2 : 0);
                amount.setMaximumFractionDigits(2);
                return mailer.phrase(language, "interestOutcome.agreement", amount.format(interest.getAgreementAmount()),
                        interest.getAgreementCurrency(),
                        mailer.phrase(language, "instrument." + interest.getAgreementInstrument().name()));
            }
            return mailer.phrase(language, "interestOutcome.notPursued", interest.getNotPursuedReason());
        });
    }

    void tell(Organisation to, MailTemplate template, Interest interest, Account author,
                      Function<SupportedLocale, String> detail) {
        String link = Setting.BASE_URL.lookup() + InterestService.PAGE + interest.getId();
        String from = author.getOrganisation() == null ? author.getDisplayName() : author.getOrganisation().getName();
        for (Account person : accounts.ofOrganisation(to)) {
            if (!person.canSignIn()) {
                continue;
            }
            mailer.send(person.getEmail(), person.getLocale(), template, person.getDisplayName(), from,
                    interest.getProject().title(person.getLocale().locale()), interest.getOffer().getTitle(), link, detail.apply(person.getLocale()));
        }
    }
}
