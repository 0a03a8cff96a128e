package org.fourpermille.hub.membership;

import java.util.List;

import org.fourpermille.hub.identity.Account;

/**
 * Everything an organisation's own page shows, read in one call: the organisation, who is looking, its
 * people (main contact first), the invitations its main contact sent that wait (for the main contact and staff), its timeline, what waits for the secretariat, and what the viewer may do.
 */
public record OrganisationPage(Organisation organisation, Account viewer, List<Account> people, List<ColleagueInvitation> invitations,
                               List<TimelineEntry> timeline,
                               OrganisationChange pendingChange, MembershipApplication openUpgrade, boolean manager,
                               boolean staff) {

    public OrganisationPage {
        people = List.copyOf(people);
        invitations = List.copyOf(invitations);
        timeline = List.copyOf(timeline);
    }
}
