package org.fourpermille.hub.membership;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Postback;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.Texts;
import org.fourpermille.hub.shared.UserPreferences;
import org.omnifaces.cdi.Param;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /organisation/profile.xhtml[?id=...]}: an organisation's own page for its representatives (their
 * organisation when no id is given) and for the secretariat. The profile, the people and the main
 * contact, proposals of a new name or type, the upgrade to Member, withdrawal, suspension by the
 * secretariat, and the timeline. Every request reloads the organisation; each form carries the version
 * the person saw, so a colleague's change in between is reported instead of overwritten.
 */
@Named("profile")
@RequestScoped
public class OrganisationProfileBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private Representation representation;

    @Inject
    private ColleagueInvitations colleagues;

    @Inject
    private OrganisationAdministration administration;
    @Inject
    private UserPreferences preferences;
    @Inject
    private Clock clock;

    private OrganisationPage page;
    private String problem;

    private int version;
    private String acronym;
    private String website;
    private String description;
    private String newName;
    private OrganisationType newType;
    private String reason;
    private String inviteName;
    private String inviteEmail;
    private SupportedLocale inviteLanguage;
    private String jobTitle;
    private boolean listed;
    private String myFunction;
    private String signatoryName;
    private String signatoryFunction;
    private String signatoryEmail;
    private boolean confirmed;

    @PostConstruct
    void load() {
        try {
            show(representation.view(id));
            id = page.organisation().getId();
            Account me = page.viewer();
            jobTitle = me.getJobTitle();
            listed = me.isListedInDirectory();
            myFunction = me.getJobTitle();
            inviteLanguage = preferences.getLanguage();
        } catch (BusinessException e) {
            problem = Texts.text(e.messageKey(), e.arguments());
        }
    }

    private void show(OrganisationPage current) {
        page = current;
        Organisation organisation = current.organisation();
        version = organisation.getVersion();
        acronym = organisation.getAcronym();
        website = organisation.getWebsite();
        description = organisation.getDescription();
        newName = organisation.getName();
        newType = organisation.getType();
    }

    // ---- the moves ----

    public String saveProfile() {
        return act(() -> representation.editProfile(id, version, acronym, website, description), "organisation.done.profile");
    }

    public void uploadLogo(FileUploadEvent event) {
        try {
            representation.replaceLogo(id, event.getFile().getFileName(), event.getFile().getContent());
            Texts.info(null, "organisation.done.logo");
        } catch (BusinessException e) {
            Texts.error(null, e);
        }
    }

    public String proposeChange() {
        return act(() -> representation.proposeChange(id, newName, newType, reason), "organisation.done.changeProposed");
    }

    public String invite() {
        return act(() -> colleagues.invite(id, inviteEmail, inviteName, inviteLanguage), "organisation.done.invited",
                inviteEmail);
    }

    public String remove(long accountId) {
        return act(() -> {
            representation.remove(id, accountId);
            return null;
        }, "organisation.done.removed");
    }

    public String withdrawInvitation(long invitationId) {
        return act(() -> {
            colleagues.withdrawInvitation(id, invitationId);
            return null;
        }, "organisation.done.invitationWithdrawn");
    }

    public boolean isOpen(ColleagueInvitation invitation) {
        return invitation.isOpen(clock.now());
    }

    public String handOver(long accountId) {
        return act(() -> representation.handOver(id, version, accountId), "organisation.done.handedOver");
    }

    public String saveListing() {
        return act(() -> representation.describeMe(jobTitle, listed), "organisation.done.listing");
    }

    /** Starts the application to become a Member and opens it, to add the governance declaration. */
    public String startUpgrade() {
        return attempt(() -> {
            ApplicationForm people = new ApplicationForm(null, null, null, null, null, null, MembershipLevel.MEMBER,
                    page.viewer().getDisplayName(), myFunction, page.viewer().getEmail(), signatoryName, signatoryFunction, signatoryEmail);
            String key = representation.startUpgrade(id, people, preferences.getLanguage());
            Texts.info(null, "organisation.done.upgradeStarted");
            return "/join/application?faces-redirect=true&key=" + key;
        });
    }

    public String withdraw() {
        if (!confirmed) {
            Texts.error(null, "organisation.error.confirmWithdrawal");
            return null;
        }
        return act(() -> representation.withdraw(id, version, reason), "organisation.done.withdrawn");
    }

    public String suspend() {
        return act(() -> administration.suspend(id, version, reason), "organisation.done.suspended");
    }

    public String reinstate() {
        return act(() -> administration.reinstate(id, version, reason), "organisation.done.reinstated");
    }

    private String act(Supplier<?> move, String doneKey, Object... arguments) {
        return attempt(() -> {
            move.get();
            Texts.info(null, doneKey, arguments);
            return "/organisation/profile?faces-redirect=true&id=" + id;
        });
    }

    /** Runs a move; a refusal is shown on the page, which keeps what was typed (and shows the current state after a colleague's change). */
    private String attempt(Supplier<String> move) {
        try {
            return move.get();
        } catch (InvalidInputException e) {
            Texts.error(null, e);
            e.problems().forEach(p -> Texts.error(null, p.messageKey(), p.arguments()));
            return null;
        } catch (BusinessException e) {
            Texts.error(null, e);
            if ("error.concurrentChange".equals(e.messageKey())) {
                show(representation.view(id));
            }
            return null;
        }
    }

    // ---- what the page offers ----

    /**
     * Whether a form is in the page. While a postback is processed, every form of a found organisation
     * counts, so that a move sent from an out-of-date page reaches the service, which refuses it with a
     * message; when rendering, only the moves the caller may make now are offered.
     */
    public boolean offers(String move) {
        if (page == null) {
            return false;
        }
        if (Postback.inProgress()) {
            return true;
        }
        Organisation organisation = page.organisation();
        boolean active = organisation.getStatus() == OrganisationStatus.ACTIVE;
        boolean manager = page.manager();
        boolean staff = page.staff();
        return switch (move) {
            case "profile", "change" -> active;
            case "people" -> active && manager;
            case "listing" -> organisation.represents(page.viewer());
            case "upgrade" -> active && manager && organisation.getLevel() == MembershipLevel.PARTNER && page.openUpgrade() == null
                    && ApplicationForm.mayBeMember(organisation.getType(), organisation.getLegalStatus());
            case "withdraw" -> organisation.getStatus() != OrganisationStatus.WITHDRAWN && manager;
            case "suspend" -> active && staff;
            case "reinstate" -> !active && staff;
            default -> false;
        };
    }

    public boolean isMainContact(Account person) {
        return page != null && page.organisation().isMainContact(person);
    }

    public Optional<Region> getRegion() {
        return page == null ? Optional.empty() : Region.of(page.organisation().getCountry());
    }

    public String countryName() {
        return page == null ? "" : new java.util.Locale("", page.organisation().getCountry())
                .getDisplayCountry(preferences.getLanguage().locale());
    }

    public boolean isFound() {
        return page != null;
    }

    public String getProblem() {
        return problem;
    }

    public Organisation getOrganisation() {
        return page == null ? null : page.organisation();
    }

    public List<Account> getPeople() {
        return page == null ? List.of() : page.people();
    }

    public List<ColleagueInvitation> getInvitations() {
        return page == null ? List.of() : page.invitations();
    }

    public List<TimelineEntry> getTimeline() {
        return page == null ? List.of() : page.timeline();
    }

    public OrganisationChange getPendingChange() {
        return page == null ? null : page.pendingChange();
    }

    public MembershipApplication getOpenUpgrade() {
        return page == null ? null : page.openUpgrade();
    }

    public Long getId() {
        return id;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public SupportedLocale[] getLanguages() {
        return SupportedLocale.values();
    }

    public long getMaxUploadBytes() {
        return org.fourpermille.hub.config.Setting.UPLOAD_MAX_BYTES.lookup(Long.class);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public OrganisationType getNewType() {
        return newType;
    }

    public void setNewType(OrganisationType newType) {
        this.newType = newType;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public SupportedLocale getInviteLanguage() {
        return inviteLanguage;
    }

    public void setInviteLanguage(SupportedLocale inviteLanguage) {
        this.inviteLanguage = inviteLanguage;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public String getMyFunction() {
        return myFunction;
    }

    public void setMyFunction(String myFunction) {
        this.myFunction = myFunction;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName;
    }

    public String getSignatoryFunction() {
        return signatoryFunction;
    }

    public void setSignatoryFunction(String signatoryFunction) {
        this.signatoryFunction = signatoryFunction;
    }

    public String getSignatoryEmail() {
        return signatoryEmail;
    }

    public void setSignatoryEmail(String signatoryEmail) {
        this.signatoryEmail = signatoryEmail;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
