package org.fourpermille.hub.groups;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Postback;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /groups/group.xhtml?id=...}: a group's front page. Anyone signed in sees what the group is and
 * how to come in (join, ask, or why it is automatic or appointed); its content (sections, announcements,
 * latest topics, events, documents, decisions) only its members and staff. An unknown id is a 404.
 */
@Named("groupHome")
@RequestScoped
public class GroupHomeBacking {

    /** How many of a College's organisations its front page lists before linking to the directory. */
    static final int ORGANISATIONS_SHOWN = 50;

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private GroupMembership membership;

    private GroupSummary summary;
    private GroupPass pass;
    private List<Organisation> organisations;
    private String note;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            GroupVisit visit = membership.visit(id);
            summary = visit.summary();
            pass = visit.pass();
        } catch (NotFoundException unknown) {
            summary = null;
        }
    }

    public void requireFound() throws IOException {
        if (summary == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return summary != null;
    }

    public HubGroup getGroup() {
        return summary.group();
    }

    public GroupSummary getSummary() {
        return summary;
    }

    public GroupPass getPass() {
        return pass;
    }

    /** Which of the moves (join, request, leave) the page offers now; all during a postback, so the service decides. */
    public boolean offers(String move) {
        if (Postback.inProgress()) {
            return true;
        }
        JoinRule rule = summary.group().getJoinRule();
        return switch (move) {
            case "join" -> rule == JoinRule.OPEN && !summary.member() && pass.account().getOrganisation() != null;
            case "request" -> rule == JoinRule.ON_REQUEST && !summary.member() && !summary.isRequested();
            case "leave" -> (rule == JoinRule.OPEN || rule == JoinRule.ON_REQUEST)
                    && (summary.member() || summary.isRequested());
            default -> false;
        };
    }

    /** One sentence on where the reader stands and why. */
    public String getStandingText() {
        JoinRule rule = summary.group().getJoinRule();
        if (summary.member()) {
            return Texts.text("group.standing.member." + rule.name());
        }
        if (summary.isRequested()) {
            return Texts.text("group.standing.requested");
        }
        if (summary.isDeclined()) {
            return Texts.text("group.standing.declined");
        }
        if (pass.staff()) {
            return Texts.text("group.standing.staff");
        }
        if (rule == JoinRule.OPEN && pass.account().getOrganisation() == null) {
            return Texts.text("group.standing.partnersOnly");
        }
        return Texts.text("group.standing.outside." + rule.name());
    }

    public List<Organisation> getOrganisations() {
        if (organisations == null) {
            organisations = membership.collegeOrganisations(id, 0, ORGANISATIONS_SHOWN);
        }
        return organisations;
    }

    public String join() {
        return move(() -> membership.join(id), "group.joined");
    }

    public String leave() {
        return move(() -> membership.leave(id), "group.left");
    }

    public String request() {
        try {
            membership.request(id, note);
        } catch (BusinessException refused) {
            // A note too long belongs next to the note; anything else (already asked, already in) to the page.
            Texts.error("error.tooLong".equals(refused.messageKey()) ? "requestForm:note" : null, refused);
            return null;
        }
        Texts.info(null, "group.requested");
        return reload();
    }

    private String move(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (BusinessException refused) {
            Texts.error(null, refused);
            return reload();
        }
        Texts.info(null, doneKey);
        return reload();
    }

    private String reload() {
        return "/groups/group?faces-redirect=true&id=" + id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
