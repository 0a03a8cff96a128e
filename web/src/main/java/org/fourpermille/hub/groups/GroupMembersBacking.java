package org.fourpermille.hub.groups;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /groups/members.xhtml?id=...[&page=n]}: who is in a group and in which role (members and staff);
 * the requests waiting (facilitators and staff); roles, appointments and terms (staff). Outsiders get 404.
 */
@Named("groupMembers")
@RequestScoped
public class GroupMembersBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    @Param(name = "page")
    private Integer page;

    @Inject
    private GroupMembership membership;

    private GroupPass pass;
    private List<MemberRow> members;
    private long total;

    private String roleEmail;
    private GroupRole role = GroupRole.FACILITATOR;
    private String appointEmail;
    private Seat seat = Seat.FULL;
    private LocalDate startsOn = LocalDate.now(ZoneOffset.UTC);
    private LocalDate endsOn;
    private String appointNote;
    private String declineReason;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            pass = membership.pass(id);
            if (!pass.mayRead()) {
                pass = null;
                return;
            }
            total = membership.memberCount(id);
            members = membership.members(id, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        } catch (NotFoundException unknown) {
            pass = null;
        }
        if (endsOn == null) {
            endsOn = startsOn.plusYears(GroupTerm.BUREAU_TERM_YEARS).minusDays(1);
        }
    }

    public void requireFound() throws IOException {
        if (pass == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return pass != null;
    }

    public HubGroup getGroup() {
        return pass.group();
    }

    public GroupPass getPass() {
        return pass;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page == null || page < 1 ? 1 : page;
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isBureau() {
        return pass.group().getKind() == GroupKind.BUREAU;
    }

    public List<GroupRole> getRoles() {
        return Arrays.stream(GroupRole.values())
                .filter(r -> !r.isTaskForceOnly() || pass.group().getKind() == GroupKind.TASK_FORCE).toList();
    }

    public Seat[] getSeats() {
        return Seat.values();
    }

    public String accept(long requestId, int version) {
        return act(() -> membership.accept(requestId, version), null, "group.members.accepted");
    }

    public String decline(long requestId, int version) {
        return act(() -> membership.decline(requestId, version, declineReason), null, "group.members.declined");
    }

    public String assignRole() {
        return act(() -> membership.assignRole(id, roleEmail, role), "roleForm:email", "group.members.roleGiven");
    }

    public String appoint() {
        return act(() -> membership.appoint(id, appointEmail, seat, startsOn, endsOn, appointNote), "appointForm:email",
                "group.members.appointed");
    }

    public String endTerm(long termId, int version) {
        return act(() -> membership.endTerm(termId, version, null), null, "group.members.termEnded");
    }

    private String act(Runnable move, String field, String doneKey) {
        try {
            move.run();
        } catch (BusinessException refused) {
            Texts.error(field, refused);
            if (field != null) {
                return null;
            }
            return reload();
        }
        Texts.info(null, doneKey);
        return reload();
    }

    private String reload() {
        return "/groups/members?faces-redirect=true&id=" + id;
    }

    public String getRoleEmail() {
        return roleEmail;
    }

    public void setRoleEmail(String roleEmail) {
        this.roleEmail = roleEmail;
    }

    public GroupRole getRole() {
        return role;
    }

    public void setRole(GroupRole role) {
        this.role = role;
    }

    public String getAppointEmail() {
        return appointEmail;
    }

    public void setAppointEmail(String appointEmail) {
        this.appointEmail = appointEmail;
    }

    public Seat getSeat() {
        return seat;
    }

    public void setSeat(Seat seat) {
        this.seat = seat;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getAppointNote() {
        return appointNote;
    }

    public void setAppointNote(String appointNote) {
        this.appointNote = appointNote;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }
}
