package org.fourpermille.hub.shared.mail;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.PagedRows;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /admin/mail.xhtml[?id=...]}: the outbox, newest first, and the full text of one mail. Without an
 * SMTP server (the demo) this is where invitation and reset links are read and copied from.
 */
@Named("mail")
@RequestScoped
public class MailBacking {

    static final int PAGE_SIZE = 20;
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private MailOutbox outbox;

    private OutgoingMail selected;
    private String problem;
    private PagedRows<OutgoingMail> rows;

    @PostConstruct
    void load() {
        rows = new PagedRows<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected long total() {
                return outbox.count();
            }

            @Override
            protected List<OutgoingMail> page(int first, int pageSize) {
                return outbox.latest(first, pageSize);
            }

            @Override
            protected Object key(OutgoingMail row) {
                return row.getId();
            }
        };
        if (id != null) {
            try {
                selected = outbox.get(id);
            } catch (BusinessException e) {
                problem = Texts.text(e.messageKey(), e.arguments());
            }
        }
    }

    public PagedRows<OutgoingMail> getRows() {
        return rows;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    /** The mail chosen with {@code ?id=}, or null. */
    public OutgoingMail getSelected() {
        return selected;
    }

    /**
     * The platform's own links in the chosen mail, to open with one click. Links elsewhere stay text only:
     * a mail body can carry what users typed (a name), and the administrator should not be led off-site.
     */
    public List<String> getLinks() {
        if (selected == null) {
            return List.of();
        }
        String platform = Setting.BASE_URL.lookup() + "/";
        return URL.matcher(selected.getBodyText()).results().map(m -> m.group())
                .filter(link -> link.startsWith(platform)).distinct().toList();
    }

    /** Why the chosen mail cannot be shown, in the reader's language; null when it can. */
    public String getProblem() {
        return problem;
    }
}
