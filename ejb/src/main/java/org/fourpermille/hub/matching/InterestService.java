package org.fourpermille.hub.matching;

import org.fourpermille.hub.shared.WorkWaits;
import org.fourpermille.hub.shared.WorkKind;
import jakarta.enterprise.event.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.fourpermille.hub.groups.AttachmentFile;
import org.fourpermille.hub.groups.StagedFile;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.AccountRepository;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationStatus;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.FileContent;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.StoredFile;
import org.fourpermille.hub.shared.UniqueViolation;
import org.fourpermille.hub.shared.mail.MailTemplate;

/**
 * From match to agreement: a project's organisation or an offer's organisation expresses interest in the
 * other side; the other organisation accepts or declines; the two talk privately (messages with files) and
 * record the outcome. The representatives of the other organisation are told by mail, in their language.
 * Only the two organisations (and the secretariat, read-only) see an interest: for anyone else an id is
 * "not found", exactly as an unknown one.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class InterestService {

    public static final String PAGE = "/interests/interest.xhtml?id=";

    /** What is never accepted as an attachment, whatever it is named: programs and scripts. */
    private static final Set<String> REFUSED_TYPES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-binary",
            "application/x-sh", "application/x-bat", "application/java-archive", "application/x-java-applet",
            "application/vnd.microsoft.portable-executable");

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;
    @Inject
    private CallerAccount caller;
    @Inject
    private AccountRepository accounts;
    @Inject
    private AuditLog audit;
    @Inject
    private InterestLetters letters;
    @Inject
    private Event<WorkWaits> work;
    @Inject
    private FileContent files;

    /**
     * The caller's organisation expresses interest: from its project toward an open offer of another
     * organisation, or from its offer toward a project visible to partners. Which side is taken from who owns
     * what; a caller owning neither gets a 404. A second open interest for the pair is refused.
     */
    public Interest express(long projectId, long offerId, String message) {
        Account me = caller.get();
        Organisation mine = activeOrganisation(me);
        Project project = em.find(Project.class, projectId);
        SupportOffer offer = em.find(SupportOffer.class, offerId);
        if (project == null || offer == null || !project.isVisibleTo(mine, false)) {
            throw new NotFoundException();
        }
        InterestSide side;
        if (project.isOwnedBy(mine) && !offer.isOwnedBy(mine)) {
            side = InterestSide.PROJECT;
            if (!offer.isOpen(today())) {
                throw new BusinessException("interest.error.offerClosed");
            }
        } else if (offer.isOwnedBy(mine) && !project.isOwnedBy(mine)) {
            side = InterestSide.OFFER;
            if (project.getVisibility() == ProjectVisibility.DRAFT) {
                throw new NotFoundException();
            }
        } else if (project.isOwnedBy(mine)) {
            throw new BusinessException("interest.error.sameOrganisation");
        } else {
            throw new NotFoundException();
        }
        refuseDuplicate(project, offer);
        Interest interest = Interest.express(project, offer, side, me, message, clock.now());
        em.persist(interest);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e, "interest_open_pair")) {
                throw new BusinessException("interest.error.duplicate");
            }
            throw e;
        }
        letters.tell(interest.getToOrganisation(), MailTemplate.INTEREST_EXPRESSED, interest, me, "");
        // They are mailed above (with the message); the notice puts it on the platform too.
        work.fire(WorkWaits.forPeople(WorkKind.INTEREST_RECEIVED,
                language -> mine.getName() + " — " + project.title(language.locale()) + " / " + offer.getTitle(),
                PAGE + interest.getId(), accounts.ofOrganisation(interest.getToOrganisation()).stream().map(Account::getId).toList(),
                true));
        audit.record(AuditAction.INTEREST_EXPRESSED, subject(interest), mine.getName() + " → " + interest.getToOrganisation().getName());
        return interest;
    }

    /**
     * Refuses a second interest for a pair that has an open one or an agreement. Two clicks at the same moment
     * both pass this check; the partial unique index interest_open_pair (V21) then keeps one and the other
     * gets the same message.
     */
    private void refuseDuplicate(Project project, SupportOffer offer) {
        List<InterestOutcome> standing = em.createQuery("SELECT i.outcome FROM Interest i WHERE i.project = :project AND i.offer = :offer"
                        + " AND (i.status = :pending OR (i.status = :accepted AND i.outcome <> :notPursued))", InterestOutcome.class)
                .setParameter("project", project).setParameter("offer", offer)
                .setParameter("pending", InterestStatus.PENDING).setParameter("accepted", InterestStatus.ACCEPTED)
                .setParameter("notPursued", InterestOutcome.NOT_PURSUED).getResultList();
        if (standing.contains(InterestOutcome.AGREEMENT)) {
            throw new BusinessException("interest.error.agreed");
        }
        if (!standing.isEmpty()) {
            throw new BusinessException("interest.error.duplicate");
        }
    }

    /** The project and offer as the "express interest" form shows them, after the same checks as {@link #express}. */
    public InterestDraft draft(long projectId, long offerId) {
        Organisation mine = activeOrganisation(caller.get());
        Project project = em.find(Project.class, projectId);
        SupportOffer offer = em.find(SupportOffer.class, offerId);
        if (project == null || offer == null || !project.isVisibleTo(mine, false)
                || project.isOwnedBy(mine) == offer.isOwnedBy(mine)) {
            throw new NotFoundException();
        }
        return new InterestDraft(project, offer, project.isOwnedBy(mine) ? offer.getOrganisation() : project.getOrganisation());
    }

    /** The interests of the caller's organisation, sent and received, newest first; the secretariat sees all. */
    public List<InterestRow> mine(Locale locale) {
        Account me = caller.get();
        Organisation mine = Organisation.of(me);
        List<Interest> found;
        if (mine == null && isStaff(me)) {
            found = em.createQuery("SELECT i FROM Interest i ORDER BY i.createdAt DESC, i.id DESC", Interest.class)
                    .setMaxResults(500).getResultList();
        } else if (mine == null) {
            found = List.of();
        } else {
            found = em.createQuery("SELECT i FROM Interest i WHERE i.project.organisation = :mine OR i.offer.organisation = :mine"
                            + " ORDER BY i.createdAt DESC, i.id DESC", Interest.class)
                    .setParameter("mine", mine).setMaxResults(500).getResultList();
        }
        List<InterestRow> rows = new ArrayList<>();
        for (Interest i : found) {
            rows.add(new InterestRow(i.getId(), i.getProject().title(locale), i.getOffer().getTitle(),
                    i.getFromOrganisation().getName(), i.getToOrganisation().getName(),
                    mine != null && i.getFromOrganisation().getId().equals(mine.getId()),
                    i.getStatus(), i.getOutcome(), i.getCreatedAt()));
        }
        return rows;
    }

    /** The conversation page: the interest, its messages, and what the caller may do. */
    public InterestView view(long interestId, Locale locale) {
        Account me = caller.get();
        Interest interest = readable(me, interestId);
        List<InterestView.MessageRow> messages = em.createQuery(
                        "SELECT m FROM InterestMessage m WHERE m.interest = :interest ORDER BY m.createdAt, m.id", InterestMessage.class)
                .setParameter("interest", interest).getResultList().stream()
                .map(m -> new InterestView.MessageRow(m.getId(), m.getAuthor().getDisplayName(),
                        m.getAuthor().getOrganisation() == null ? "" : m.getAuthor().getOrganisation().getName(),
                        m.getBody(), m.getAttachmentName(), m.getCreatedAt()))
                .toList();
        Organisation mine = Organisation.of(me);
        boolean party = mine != null && interest.involves(mine);
        boolean pending = interest.getStatus() == InterestStatus.PENDING;
        boolean accepted = interest.getStatus() == InterestStatus.ACCEPTED;
        return new InterestView(interest, interest.getProject().title(locale), messages,
                party && pending && interest.isReceivedBy(mine),
                party && pending && !interest.isReceivedBy(mine),
                party && accepted,
                party && accepted && interest.getOutcome() == InterestOutcome.NONE);
    }

    /** The receiving organisation accepts: the conversation opens and the sender is told. */
    public void accept(long interestId) {
        Account me = caller.get();
        Interest interest = party(me, interestId);
        interest.accept(Organisation.of(me), me, clock.now());
        ConcurrentChange.flush(em);
        letters.tell(interest.getFromOrganisation(), MailTemplate.INTEREST_ACCEPTED, interest, me, "");
        audit.record(AuditAction.INTEREST_ACCEPTED, subject(interest), me.getOrganisation().getName());
    }

    /** The receiving organisation declines, with an optional reason the sender reads. */
    public void decline(long interestId, String reason) {
        Account me = caller.get();
        Interest interest = party(me, interestId);
        interest.decline(Organisation.of(me), me, reason, clock.now());
        ConcurrentChange.flush(em);
        letters.tell(interest.getFromOrganisation(), MailTemplate.INTEREST_DECLINED, interest, me,
                interest.getDeclineReason() == null ? "" : interest.getDeclineReason());
        audit.record(AuditAction.INTEREST_DECLINED, subject(interest), interest.getDeclineReason());
    }

    /** The sender takes a pending interest back. */
    public void withdraw(long interestId) {
        Account me = caller.get();
        Interest interest = party(me, interestId);
        interest.withdraw(Organisation.of(me), me, clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.INTEREST_WITHDRAWN, subject(interest), me.getOrganisation().getName());
    }

    /** Checks and stores a file for the next message; only the two organisations of an accepted interest. */
    public StagedFile stage(long interestId, String fileName, byte[] content) {
        Account me = caller.get();
        Interest interest = party(me, interestId);
        if (interest.getStatus() != InterestStatus.ACCEPTED) {
            throw new BusinessException("interest.error.notAccepted");
        }
        String mediaType = files.inspect(fileName, content);
        if (REFUSED_TYPES.contains(mediaType)) {
            throw new BusinessException("interest.error.fileType", fileName);
        }
        StoredFile file = files.store(content, mediaType);
        return new StagedFile(file.getSha256(), cleanFileName(fileName), mediaType, file.getSizeBytes());
    }

    /** A message to the other organisation, with the file staged before (or null); its people are told. */
    public InterestMessage write(long interestId, String body, StagedFile staged) {
        Account me = caller.get();
        Interest interest = party(me, interestId);
        StoredFile file = null;
        if (staged != null) {
            file = em.find(StoredFile.class, staged.sha256());
            if (file == null) {
                throw new BusinessException("file.error.empty", staged.fileName());
            }
        }
        InterestMessage message = interest.write(Organisation.of(me), me, body, file,
                staged == null ? null : staged.fileName(), clock.now());
        em.persist(message);
        ConcurrentChange.flush(em);
        Organisation other = interest.getFromOrganisation().getId().equals(me.getOrganisation().getId())
                ? interest.getToOrganisation() : interest.getFromOrganisation();
        letters.tell(other, MailTemplate.INTEREST_MESSAGE, interest, me, message.getBody());
        audit.record(AuditAction.INTEREST_MESSAGE_SENT, subject(interest),
                message.hasAttachment() ? message.getAttachmentName() : null);
        return message;
    }

    /** The file of a message, for the two organisations and the secretariat only. */
    public AttachmentFile attachment(long messageId) {
        InterestMessage message = em.find(InterestMessage.class, messageId);
        if (message == null || !message.hasAttachment()) {
            throw new NotFoundException();
        }
        readable(caller.get(), message.getInterest().getId());
        StoredFile file = message.getAttachment();
        return new AttachmentFile(message.getAttachmentName(), file.getMediaType(), file.getSha256(), file.getContent());
    }

    /** Either organisation records the agreement: amount, currency of the rates table, instrument. */
    public void recordAgreement(long interestId, BigDecimal amount, String currency, Instrument instrument) {
        Account me = caller.get();
        Interest interest = party(me, interestId);
        if (currency != null && em.find(CurrencyRate.class, currency) == null) {
            throw new BusinessException("interest.error.currency", currency);
        }
        interest.recordAgreement(Organisation.of(me), me, amount, currency, instrument, clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.INTEREST_AGREEMENT_RECORDED, subject(interest),
                interest.getAgreementAmount().toPlainString() + " " + currency + " " + instrument.name());
        letters.tellOutcome(interest, me);
    }

    /** Either organisation records that they did not go on, and why. */
    public void recordNotPursued(long interestId, String reason) {
        Account me = caller.get();
        Interest interest = party(me, interestId);
        interest.recordNotPursued(Organisation.of(me), me, reason, clock.now());
        ConcurrentChange.flush(em);
        audit.record(AuditAction.INTEREST_NOT_PURSUED, subject(interest), interest.getNotPursuedReason());
        letters.tellOutcome(interest, me);
    }

    /** The currencies an agreement may be recorded in: those of the secretariat's rates table. */
    public List<String> currencies() {
        return em.createNamedQuery(CurrencyRate.ALL, CurrencyRate.class).getResultList().stream()
                .map(CurrencyRate::getCurrency).toList();
    }

    // ---- who may see what ----

    private Interest readable(Account me, long interestId) {
        Interest interest = em.find(Interest.class, interestId);
        if (interest == null || !(isStaff(me) || Organisation.of(me) != null && interest.involves(Organisation.of(me)))) {
            throw new NotFoundException();
        }
        return interest;
    }

    /** An interest the caller may act on: one of the two organisations, active; staff only read. */
    private Interest party(Account me, long interestId) {
        Interest interest = readable(me, interestId);
        if (Organisation.of(me) == null || !interest.involves(Organisation.of(me))) {
            throw new BusinessException("interest.error.notAParty");
        }
        activeOrganisation(me);
        return interest;
    }

    private static Organisation activeOrganisation(Account me) {
        Organisation mine = Organisation.of(me);
        if (mine == null || !(me.hasRole(Role.PARTNER) || me.hasRole(Role.MEMBER))) {
            throw new NotFoundException();
        }
        if (mine.getStatus() != OrganisationStatus.ACTIVE) {
            throw new BusinessException("organisation.error.status." + mine.getStatus().name());
        }
        return mine;
    }

    static boolean isStaff(Account account) {
        return account.hasRole(Role.SECRETARIAT) || account.hasRole(Role.ADMIN);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    }

    private static String subject(Interest interest) {
        return "interest " + interest.getId();
    }

    private static String cleanFileName(String name) {
        String clean = name == null ? "" : name.replace('\\', '/');
        clean = clean.substring(clean.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (clean.isEmpty()) {
            clean = "attachment";
        }
        int max = InterestMessage.FILE_NAME_LENGTH;
        return clean.length() <= max ? clean : clean.substring(clean.length() - max);
    }
}
