package org.fourpermille.hub.groups;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.ChangedMeanwhile;
import org.fourpermille.hub.shared.FormSubmissions;
import org.fourpermille.hub.shared.FormToken;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Postback;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /groups/topic.xhtml?id=T[&page=N | &post=P]}: a topic's posts a page at a time, marked read as
 * they are shown. What the reader is doing to one post is in the address, so nothing lives in the view:
 * {@code &quote=P} (reply quoting it), {@code &edit=P}, {@code &history=P}, {@code &report=P},
 * {@code &hide=P} (facilitators), {@code &attach=P} (add a file). Outsiders get a 404.
 */
@Named("topicPage")
@RequestScoped
public class TopicBacking {

    @Inject @Param(name = "id")
    private Long id;
    @Inject @Param(name = "page")
    private Integer page;
    @Inject @Param(name = "post")
    private Long post;
    @Inject @Param(name = "quote")
    private Long quote;
    @Inject @Param(name = "edit")
    private Long edit;
    @Inject @Param(name = "history")
    private Long history;
    @Inject @Param(name = "report")
    private Long report;
    @Inject @Param(name = "hide")
    private Long hide;
    @Inject @Param(name = "attach")
    private Long attach;

    @Inject
    private Forum forum;
    @Inject
    private ForumModeration moderation;

    private TopicView view;
    private List<RevisionRow> revisions;
    private List<HubGroup> moveTargets;

    @Inject
    private FormSubmissions submissions;
    @Inject
    private FormToken formToken;

    private String replyBody;
    /** A reply was refused (the topic was locked meanwhile): its form stays, with what was typed. */
    private boolean replyRefused;
    private String editBody;
    private int editVersion;
    private List<ChangedMeanwhile.Difference> meanwhile = List.of();
    private String reason;
    private Long moveTarget;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            view = forum.open(id, page == null ? 1 : page, post != null ? post : firstOf(quote, edit, history, report, hide, attach));
        } catch (NotFoundException unknown) {
            view = null;
            return;
        }
        editing().ifPresent(row -> {
            editBody = row.body();
            editVersion = row.version();
        });
    }

    private static Long firstOf(Long... ids) {
        for (Long candidate : ids) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    public void requireFound() throws IOException {
        if (view == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return view != null;
    }

    public TopicView getView() {
        return view;
    }

    private Optional<PostRow> shown(Long postId) {
        return postId == null ? Optional.empty() : view.posts().stream().filter(p -> p.id() == postId).findFirst();
    }

    public Optional<PostRow> editing() {
        return shown(edit).filter(p -> p.mine() || view.mayModerate());
    }

    public PostRow getQuoted() {
        return shown(quote).orElse(null);
    }

    public PostRow getEditing() {
        return editing().orElse(null);
    }

    public PostRow getReporting() {
        return shown(report).orElse(null);
    }

    public PostRow getHiding() {
        return view.mayModerate() ? shown(hide).orElse(null) : null;
    }

    public PostRow getAttaching() {
        return shown(attach).filter(p -> p.mine() || view.mayModerate()).orElse(null);
    }

    public Long getHistoryOf() {
        return history;
    }

    /** The earlier texts of the post whose history was asked for. */
    public List<RevisionRow> getRevisions() {
        if (revisions == null) {
            revisions = history == null ? List.of() : forum.history(history);
        }
        return revisions;
    }

    public List<HubGroup> getMoveTargets() {
        if (moveTargets == null) {
            moveTargets = view.mayModerate() ? moderation.moveTargets(id) : List.of();
        }
        return moveTargets;
    }

    /**
     * Whether the reply form is in the page: when the reader may reply, and during every postback, so that
     * a reply sent from a page that was open before the topic was locked reaches the service and is
     * refused with its message instead of being dropped without a word.
     */
    public boolean isReplyOffered() {
        return Postback.inProgress() || view.mayReply() || replyRefused;
    }

    /** The address of another page of this topic. */
    public String pageLink(int target) {
        return "?id=" + id + "&page=" + target;
    }

    /** The address of this page with one post's action open. */
    public String postLink(String action, long postId) {
        return "?id=" + id + "&page=" + view.page() + "&" + action + "=" + postId + "#" + ("quote".equals(action) ? "reply" : "post-" + postId);
    }

    // ---- the moves ----

    public String reply() {
        String outcome = attempt(() -> {
            long postId = submissions.once(formToken.posted("replyForm"), "forum.reply",
                    () -> forum.reply(id, replyBody, quote, null, null));
            Texts.info(null, "forum.replied");
            return atPost(postId);
        }, "replyForm");
        replyRefused = outcome == null;
        return outcome;
    }

    public String saveEdit() {
        try {
            forum.edit(edit, editVersion, editBody);
            Texts.info(null, "forum.edited.done");
            return atPost(edit);
        } catch (BusinessException refused) {
            FormProblems.show("editForm", refused);
            if (ChangedMeanwhile.is(refused)) {
                // The topic shown is as read at the start of this request, so the post as saved now: take its
                // version, and show its text beside what was typed, which stays in the form.
                editing().ifPresent(saved -> {
                    editVersion = saved.version();
                    String label = Texts.text("forum.field.body");
                    meanwhile = ChangedMeanwhile.between(Map.of(label, editBody == null ? "" : editBody), Map.of(label, saved.body()));
                });
            }
            return null;
        }
    }

    public List<ChangedMeanwhile.Difference> getMeanwhile() {
        return meanwhile;
    }

    public String sendReport() {
        return attempt(() -> {
            forum.report(report, reason);
            Texts.info(null, "forum.reportSent");
            return atPost(report);
        }, "reportForm");
    }

    public String hidePost() {
        return attempt(() -> {
            moderation.hidePost(hide, reason);
            Texts.info(null, "forum.postHidden");
            return atPost(hide);
        }, "hidePostForm");
    }

    public String showPost() {
        return attempt(() -> {
            moderation.showPost(hide);
            Texts.info(null, "forum.postShown");
            return atPost(hide);
        }, "hidePostForm");
    }

    public String pin(boolean pin) {
        return attempt(() -> {
            moderation.pin(id, pin);
            Texts.info(null, pin ? "forum.pinned" : "forum.unpinned");
            return reload();
        }, "moderateForm");
    }

    public String lock(boolean lock) {
        return attempt(() -> {
            moderation.lock(id, lock);
            Texts.info(null, lock ? "forum.locked" : "forum.unlocked");
            return reload();
        }, "moderateForm");
    }

    public String hideTopic() {
        return attempt(() -> {
            moderation.hideTopic(id, reason);
            Texts.info(null, "forum.topicHidden");
            return reload();
        }, "moderateForm");
    }

    public String showTopic() {
        return attempt(() -> {
            moderation.showTopic(id);
            Texts.info(null, "forum.topicShown");
            return reload();
        }, "moderateForm");
    }

    public String move() {
        return attempt(() -> {
            moderation.move(id, moveTarget);
            Texts.info(null, "forum.moved");
            return reload();
        }, "moderateForm");
    }

    public void upload(FileUploadEvent event) {
        try {
            forum.attach(attach, event.getFile().getFileName(), event.getFile().getContent());
            Texts.info(null, "forum.attached", event.getFile().getFileName());
        } catch (BusinessException refused) {
            Texts.error(null, refused);
        }
    }

    public long getMaxUploadBytes() {
        return Setting.UPLOAD_MAX_BYTES.lookup(Long.class);
    }

    private String atPost(long postId) {
        return "/groups/topic?faces-redirect=true&id=" + id + "&post=" + postId;
    }

    private String reload() {
        return "/groups/topic?faces-redirect=true&id=" + id;
    }

    /** Runs a move; a refusal is shown on the page, which keeps what was typed. */
    private String attempt(java.util.function.Supplier<String> move, String formId) {
        try {
            return move.get();
        } catch (InvalidInputException refused) {
            Texts.error(null, refused);
            refused.problems().forEach(p -> Texts.error(formId + ":" + p.field(), p.messageKey(), p.arguments()));
            return null;
        } catch (BusinessException refused) {
            Texts.error(null, refused);
            return null;
        }
    }

    public String getReplyBody() {
        return replyBody;
    }

    public void setReplyBody(String replyBody) {
        this.replyBody = replyBody;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }

    public int getEditVersion() {
        return editVersion;
    }

    public void setEditVersion(int editVersion) {
        this.editVersion = editVersion;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(Long moveTarget) {
        this.moveTarget = moveTarget;
    }
}
