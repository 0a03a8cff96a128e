package org.fourpermille.hub.groups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.NotFoundException;

/**
 * The Consortium's and the Bureau's front page block: the latest decisions and the open consultations.
 * Read once per request; nothing for other kinds of group.
 */
@Named("governanceSummary")
@RequestScoped
public class GovernanceSummaryBacking {

    static final int LATEST = 3;

    @Inject
    private Governance governance;

    private GovernanceRegister register;
    private boolean loaded;

    /** The block's content for this group, or null when the group has none (or the reader may not see it). */
    public GovernanceRegister of(HubGroup group) {
        if (!loaded) {
            loaded = true;
            if (group != null && group.getKind().isGoverning()) {
                try {
                    register = governance.register(group.getId(), 0, LATEST);
                } catch (NotFoundException outside) {
                    register = null;
                }
            }
        }
        return register;
    }
}
