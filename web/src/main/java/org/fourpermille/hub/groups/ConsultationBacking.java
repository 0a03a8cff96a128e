package org.fourpermille.hub.groups;

import java.io.IOException;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Postback;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /groups/consultation.xhtml?id=C}: the question, its options, the vote of the reader's
 * organisation, the results once closed, and for the secretariat the turnout, the organisations that voted
 * (not how) and "open now" / "close now". A 404 outside the body, as for an unknown id.
 */
@Named("consultation")
@RequestScoped
public class ConsultationBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private Governance governance;

    private ConsultationView view;
    private Long choice;
    private int version;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            view = governance.consultation(id);
            choice = view.myVote();
            version = view.consultation().getVersion();
        } catch (NotFoundException unknown) {
            view = null;
        }
    }

    public void requireFound() throws IOException {
        if (view == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return view != null;
    }

    public ConsultationView getView() {
        return view;
    }

    /** Whether a form is in the page; every form during a postback, so the service decides. */
    public boolean offers(String move) {
        if (view == null) {
            return false;
        }
        if (Postback.inProgress()) {
            return true;
        }
        return switch (move) {
            case "vote" -> view.mayVote();
            case "openNow" -> view.pass().staff() && view.status() == ConsultationStatus.DRAFT;
            case "closeNow" -> view.pass().staff() && view.status() == ConsultationStatus.OPEN;
            default -> false;
        };
    }

    /**
     * Whether the reader speaks for a voting organisation (open or not): only they are told how their
     * organisation voted or that it has not yet. The secretariat has no vote.
     */
    public boolean isVoter() {
        return view != null && Consultation.mayVote(view.pass().account(), view.pass().member());
    }

    /** The label of the option the reader's organisation chose. */
    public String getMyVoteLabel() {
        if (view == null || view.myVote() == null) {
            return null;
        }
        ConsultationOption option = view.consultation().option(view.myVote());
        return option == null ? null : option.getLabel();
    }

    public String vote() {
        if (choice == null) {
            Texts.error("voteForm:choice", "governance.error.chooseOption");
            return null;
        }
        String[] replaced = new String[1];
        String outcome = act(g -> replaced[0] = g.vote(id, choice), "governance.done.voted");
        if (outcome != null && replaced[0] != null) {
            // The organisation has one vote: say whose choice this one replaced, so nobody overrides a colleague unknowingly.
            Texts.info(null, "governance.done.votedReplacing", replaced[0]);
        }
        return outcome;
    }

    public String openNow() {
        return act(g -> g.openNow(id, version), "governance.done.opened");
    }

    public String closeNow() {
        return act(g -> g.closeNow(id, version), "governance.done.closed");
    }

    private String act(Consumer<Governance> move, String doneKey) {
        try {
            move.accept(governance);
        } catch (BusinessException refused) {
            Texts.error(null, refused);
            return null;
        }
        Texts.info(null, doneKey);
        return "/groups/consultation?faces-redirect=true&id=" + id;
    }

    public Long getChoice() {
        return choice;
    }

    public void setChoice(Long choice) {
        this.choice = choice;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
