package org.fourpermille.hub.groups;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /groups/index.xhtml}: every group, how one comes in, how many are in it, and whether I am. */
@Named("groupCatalogue")
@RequestScoped
public class GroupCatalogueBacking {

    @Inject
    private GroupMembership membership;

    private List<GroupSummary> groups;

    public List<GroupSummary> getGroups() {
        if (groups == null) {
            groups = membership.catalogue();
        }
        return groups;
    }
}
