package org.fourpermille.hub.groups;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * The facilitators' tools in a group's forum: pin, lock, hide and show again (audited), move a topic to
 * another group they also moderate, and the reports members sent them. Every method asks
 * {@link GroupAccess#moderate} for the group of what it touches: members are refused, outsiders get
 * "not found".
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class ForumModeration {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private GroupAccess access;
    @Inject
    private Clock clock;
    @Inject
    private AuditLog audit;
    @Inject
    private GroupActivityLog activity;
    @Inject
    private Mailer mailer;

    public void pin(long topicId, boolean pin) {
        Topic topic = topic(topicId);
        access.moderate(topic.getGroup().getId());
        topic.pin(pin);
        ConcurrentChange.flush(em);
    }

    public void lock(long topicId, boolean lock) {
        Topic topic = topic(topicId);
        access.moderate(topic.getGroup().getId());
        topic.lock(lock);
        ConcurrentChange.flush(em);
    }

    public void hideTopic(long topicId, String reason) {
        Topic topic = topic(topicId);
        GroupPass pass = access.moderate(topic.getGroup().getId());
        topic.hide(pass.account().getEmail(), reason, clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.FORUM_HIDDEN, "topic " + topicId, topic.getTitle());
    }

    public void showTopic(long topicId) {
        Topic topic = topic(topicId);
        access.moderate(topic.getGroup().getId());
        topic.show();
        ConcurrentChange.flush(em);
        audit.record(AuditAction.FORUM_SHOWN, "topic " + topicId, topic.getTitle());
    }

    public void hidePost(long postId, String reason) {
        Post post = post(postId);
        GroupPass pass = access.moderate(post.getTopic().getGroup().getId());
        post.hide(pass.account().getEmail(), reason, clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.FORUM_HIDDEN, "post " + postId, post.getTopic().getTitle());
    }

    public void showPost(long postId) {
        Post post = post(postId);
        access.moderate(post.getTopic().getGroup().getId());
        post.show();
        ConcurrentChange.flush(em);
        audit.record(AuditAction.FORUM_SHOWN, "post " + postId, post.getTopic().getTitle());
    }

    /**
     * Moves a topic to another group; the mover must moderate both. The destination's members hear of it
     * through its activity (the topic is new to them); its author is told by mail in their language, also
     * when they are not in the destination group (they may ask to join it to follow their topic).
     */
    public void move(long topicId, Long targetGroupId) {
        Topic topic = topic(topicId);
        GroupPass from = access.moderate(topic.getGroup().getId());
        if (targetGroupId == null) {
            throw new BusinessException("forum.error.moveTargetRequired");
        }
        GroupPass to = access.moderate(targetGroupId);
        topic.moveTo(to.group());
        ConcurrentChange.flush(em);
        String path = "/groups/topic.xhtml?id=" + topic.getId();
        activity.record(to.group(), ActivityKind.TOPIC_MOVED, to.account(), topic.getTitle(), path);
        Account author = topic.getAuthor();
        if (author != null && !author.equals(to.account()) && author.canSignIn()) {
            Locale language = author.getLocale().locale();
            mailer.send(author.getEmail(), author.getLocale(), MailTemplate.TOPIC_MOVED, author.getDisplayName(), topic.getTitle(),
                    from.group().name(language), to.group().name(language), Setting.BASE_URL.lookup() + path);
        }
        audit.record(AuditAction.FORUM_TOPIC_MOVED, "topic " + topicId, from.group().getCode() + " → " + to.group().getCode());
    }

    /** The other groups a moderator of this topic's group may move it to: those they moderate too. */
    public List<HubGroup> moveTargets(long topicId) {
        Topic topic = topic(topicId);
        GroupPass pass = access.moderate(topic.getGroup().getId());
        List<HubGroup> all = em.createNamedQuery(HubGroup.ALL, HubGroup.class).getResultList();
        if (pass.staff()) {
            return all.stream().filter(g -> !g.equals(topic.getGroup())).toList();
        }
        Set<Long> moderated = new HashSet<>();
        em.createQuery("SELECT m FROM GroupMember m WHERE m.account = :me", GroupMember.class)
                .setParameter("me", pass.account()).getResultList().stream()
                .filter(m -> m.getRole().moderates())
                .filter(m -> access.isMember(m.getGroup().getId(), pass.account().getId()))
                .forEach(m -> moderated.add(m.getGroup().getId()));
        return all.stream().filter(g -> moderated.contains(g.getId()) && !g.equals(topic.getGroup())).toList();
    }

    /** Reports not yet handled in a group, oldest first. Its moderators. */
    public List<ReportRow> openReports(long groupId) {
        GroupPass pass = access.moderate(groupId);
        return em.createQuery("SELECT r FROM PostReport r JOIN FETCH r.post p JOIN FETCH p.topic t JOIN FETCH r.reporter"
                        + " WHERE t.group = :group AND r.handledAt IS NULL ORDER BY r.reportedAt, r.id", PostReport.class)
                .setParameter("group", pass.group()).getResultList().stream()
                .map(r -> new ReportRow(r.getId(), r.getPost().getId(), r.getPost().getTopic().getId(),
                        r.getPost().getTopic().getTitle(), r.getPost().getAuthor().getDisplayName(), r.getPost().getBody(),
                        r.getReporter().getDisplayName(), r.getReason(), r.getReportedAt()))
                .toList();
    }

    public void handleReport(long reportId) {
        PostReport report = em.find(PostReport.class, reportId);
        if (report == null) {
            throw new NotFoundException();
        }
        GroupPass pass = access.moderate(report.getPost().getTopic().getGroup().getId());
        report.handle(pass.account().getEmail(), clock.now());
        ConcurrentChange.flush(em);
    }

    private Topic topic(long topicId) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null) {
            throw new NotFoundException();
        }
        return topic;
    }

    private Post post(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new NotFoundException();
        }
        return post;
    }
}
