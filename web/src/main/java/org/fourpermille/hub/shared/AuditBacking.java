package org.fourpermille.hub.shared;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /admin/audit.xhtml}: the audit log, newest first, filtered by action, actor or subject, and dates.
 * Dates are whole UTC days, like the times the table shows; the end date is included. View-scoped because
 * paging is an ajax request that must use the filter the table was built with.
 */
@Named("audit")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final String TABLE = "auditFilter:auditTable";

    @Inject
    private AuditLog log;

    private AuditAction action;
    private String text;
    private LocalDate from;
    private LocalDate until;
    private AuditFilter applied = AuditFilter.ALL;
    private final PagedRows<AuditRow> rows = new Rows();

    public void search() {
        if (from != null && until != null && until.isBefore(from)) {
            Texts.error("auditFilter:until", "audit.error.range");
            return;
        }
        applied = new AuditFilter(action, text, startOf(from), startOf(until == null ? null : until.plusDays(1)));
        PagedRows.firstPage(TABLE);
    }

    public void clear() {
        action = null;
        text = null;
        from = null;
        until = null;
        applied = AuditFilter.ALL;
        PagedRows.firstPage(TABLE);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private final class Rows extends PagedRows<AuditRow> {

        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return log.count(applied);
        }

        @Override
        protected List<AuditRow> page(int first, int pageSize) {
            return log.search(applied, first, pageSize).stream().map(AuditRow::of).toList();
        }

        @Override
        protected Object key(AuditRow row) {
            return row.id();
        }
    }

    public PagedRows<AuditRow> getRows() {
        return rows;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
