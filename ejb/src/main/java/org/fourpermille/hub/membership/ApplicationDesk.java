package org.fourpermille.hub.membership;

import org.fourpermille.hub.shared.WorkWaits;
import org.fourpermille.hub.shared.WorkKind;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.FileContent;
import org.fourpermille.hub.shared.LinkSecrets;
import org.fourpermille.hub.shared.StoredFile;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.UniqueViolation;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * The applicant's side of joining the Initiative, open to anonymous visitors. Whoever holds the emailed
 * link holds the application: the link carries a 256-bit key of which only the SHA-256 is stored, and
 * every method other than {@link #start} takes that key, so an application cannot be reached by its id.
 *
 * <p>Usage: {@code String key = desk.start(form, SupportedLocale.FR); desk.attach(key, DocumentKind.LOGO, "logo.png", bytes);
 * desk.submit(key);}
 */
@Stateless
@PermitAll
public class ApplicationDesk {

    public static final String PAGE = "/join/application.xhtml?key=";
    /** Where the secretariat reviews an application. */
    public static final String REVIEW_PAGE = "/secretariat/application.xhtml?id=";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;
    @Inject
    private Mailer mailer;
    @Inject
    private Event<WorkWaits> work;
    @Inject
    private AuditLog audit;
    @Inject
    private FileContent fileContent;

    /** Saves a new draft and emails its link to the applicant; returns the key of that link. */
    public String start(ApplicationForm form, SupportedLocale language) {
        String key = LinkSecrets.newSecret();
        MembershipApplication application = new MembershipApplication(form, language, LinkSecrets.hash(key), clock.now());
        em.persist(application);
        mailer.send(application.getApplicantEmail(), application.getLanguage(), MailTemplate.APPLICATION_LINK,
                application.getApplicantName(), application.getOrganisationName(), link(key),
                Setting.APPLICATION_LINK_VALIDITY.lookupDuration().toDays());
        audit.recordAs(application.getApplicantEmail(), AuditAction.APPLICATION_STARTED,
                application.getOrganisationName(), null);
        return key;
    }

    /** The application behind a link; "unknown link" if the key matches none or has lapsed. */
    public MembershipApplication open(String key) {
        if (!LinkSecrets.isWellFormed(key)) {
            throw new BusinessException("application.error.unknownLink");
        }
        MembershipApplication application = em.createNamedQuery(MembershipApplication.BY_RESUME_KEY, MembershipApplication.class)
                .setParameter("hash", LinkSecrets.hash(key))
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("application.error.unknownLink"));
        Instant lapse = application.getUpdatedAt().plus(Setting.APPLICATION_LINK_VALIDITY.lookupDuration());
        if (!application.getStatus().isOpen() && clock.now().isAfter(lapse)) {
            throw new BusinessException("application.error.unknownLink");
        }
        return application;
    }

    public MembershipApplication save(String key, ApplicationForm form) {
        MembershipApplication application = open(key);
        application.edit(form, clock.now());
        return application;
    }

    /** Checks the file by its content and attaches it, replacing the document of the same kind. */
    public ApplicationDocument attach(String key, DocumentKind kind, String fileName, byte[] content) {
        MembershipApplication application = open(key);
        if (!application.getStatus().isEditable()) {
            throw new BusinessException("application.error.notEditable");
        }
        String mediaType = fileContent.inspect(fileName, content);
        if (!kind.accepts(mediaType)) {
            throw new BusinessException(kind.isImage() ? "file.error.notImage" : "file.error.notPdf", fileName);
        }
        StoredFile file = fileContent.store(content, mediaType);
        ApplicationDocument document = application.attach(kind, fileName, file, clock.now());
        em.flush();
        return document;
    }

    public MembershipApplication removeDocument(String key, long documentId) {
        MembershipApplication application = open(key);
        application.removeDocument(documentId, clock.now());
        return application;
    }

    /**
     * Sends the application to the secretariat (again, after a request for information) and confirms it by
     * mail. Refuses a second open application for the same organisation; the database's unique index makes
     * that hold also when two arrive at the same moment on two nodes.
     */
    public MembershipApplication submit(String key) {
        MembershipApplication application = open(key);
        refuseDuplicate(application);
        boolean first = application.getStatus() == ApplicationStatus.DRAFT;
        application.submit(first ? nextReference() : null, clock.now());
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e, "membership_application_open_")) {
                audit.recordSeparately(application.getApplicantEmail(), AuditAction.APPLICATION_DUPLICATE_REFUSED,
                        application.getOrganisationName(), application.getCountry());
                throw new BusinessException("application.error.duplicate");
            }
            throw e;
        }
        mailer.send(application.getApplicantEmail(), application.getLanguage(), MailTemplate.APPLICATION_RECEIVED,
                application.getApplicantName(), application.getOrganisationName(), application.getReference(), link(key));
        String subject = application.getOrganisationName() + " (" + application.getReference() + ")";
        work.fire(WorkWaits.forSecretariat(application.isUpgrade() ? WorkKind.UPGRADE_SUBMITTED
                        : first ? WorkKind.APPLICATION_SUBMITTED : WorkKind.APPLICATION_RESUBMITTED,
                language -> subject, REVIEW_PAGE + application.getId()));
        audit.recordAs(application.getApplicantEmail(),
                first ? AuditAction.APPLICATION_SUBMITTED : AuditAction.APPLICATION_RESUBMITTED,
                application.getReference(), application.getOrganisationName());
        return application;
    }

    /** A current document of the applicant's own application, to look at it again. */
    public ApplicationDocument document(String key, long documentId) {
        return open(key).getCurrentDocuments().stream().filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(() -> new BusinessException("application.error.noSuchDocument"));
    }

    /** The friendly check; the unique index behind it is what holds under concurrency. */
    private void refuseDuplicate(MembershipApplication application) {
        List<MembershipApplication> open = em.createNamedQuery(MembershipApplication.OPEN_SAME_ORGANISATION, MembershipApplication.class)
                .setParameter("country", application.getCountry())
                .setParameter("open", MembershipApplication.OPEN)
                .setParameter("id", application.getId())
                .setParameter("nameKey", application.getNameKey())
                .setParameter("websiteKey", application.getWebsiteKey() == null ? "" : application.getWebsiteKey())
                .getResultList();
        if (!open.isEmpty()) {
            audit.recordSeparately(application.getApplicantEmail(), AuditAction.APPLICATION_DUPLICATE_REFUSED,
                    application.getOrganisationName(), application.getCountry());
            throw new BusinessException("application.error.duplicate");
        }
        if (application.getStatus() == ApplicationStatus.DRAFT && !application.isUpgrade() && isAlreadyPartner(application)) {
            throw new BusinessException("application.error.alreadyPartner");
        }
    }

    private boolean isAlreadyPartner(MembershipApplication application) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.country = :country", Organisation.class)
                .setParameter("country", application.getCountry())
                .getResultStream()
                .anyMatch(o -> ApplicationForm.nameKey(o.getName()).equals(application.getNameKey())
                        || (o.getWebsite() != null && application.getWebsiteKey() != null
                        && ApplicationForm.websiteKey(o.getWebsite()).equals(application.getWebsiteKey())));
    }

    private String nextReference() {
        Number next = (Number) em.createNativeQuery("SELECT nextval('membership_application_reference_seq')").getSingleResult();
        int year = clock.now().atZone(java.time.ZoneOffset.UTC).getYear();
        return String.format(Locale.ROOT, "APP-%d-%05d", year, next.longValue());
    }

    static String link(String key) {
        return Setting.BASE_URL.lookup() + PAGE + key;
    }
}
