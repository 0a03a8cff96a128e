package org.fourpermille.hub.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.WorkKind;
import org.fourpermille.hub.shared.WorkQueue;
import org.junit.jupiter.api.Test;

class WorkNoticeTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final Account sophie = new Account("sophie@example.org", "Sophie", SupportedLocale.FR, EnumSet.of(Role.SECRETARIAT), NOW);

    @Test
    void a_notice_points_only_to_a_page_of_the_platform() {
        assertThrows(IllegalArgumentException.class, () -> new WorkNotice(sophie, WorkKind.CHANGE_PROPOSED, "x", "https://evil.example", NOW));
        assertThrows(IllegalArgumentException.class, () -> new WorkNotice(sophie, WorkKind.CHANGE_PROPOSED, "x", "//evil.example", NOW));
        assertEquals("/secretariat/changes.xhtml",
                new WorkNotice(sophie, WorkKind.CHANGE_PROPOSED, "x", "/secretariat/changes.xhtml", NOW).getPath());
    }

    @Test
    void it_is_read_once_and_keeps_its_first_reading() {
        WorkNotice notice = new WorkNotice(sophie, WorkKind.APPLICATION_SUBMITTED, "Terra (APP-2026-00001)", "/secretariat/application.xhtml?id=1", NOW);
        assertTrue(notice.isUnread());
        assertNull(notice.getReadAt());
        notice.markRead(NOW.plusSeconds(60));
        notice.markRead(NOW.plusSeconds(120));
        assertFalse(notice.isUnread());
        assertEquals(NOW.plusSeconds(60), notice.getReadAt());
    }

    @Test
    void a_long_subject_is_shortened_to_fit_its_column() {
        WorkNotice notice = new WorkNotice(sophie, WorkKind.INTEREST_RECEIVED, "x".repeat(500), "/interests/interest.xhtml?id=1", NOW);
        assertEquals(WorkNotice.SUBJECT_LENGTH, notice.getSubject().length());
    }

    @Test
    void secretariat_work_lands_in_a_queue_and_personal_work_in_none() {
        assertEquals(WorkQueue.APPLICATIONS, WorkKind.APPLICATION_RESUBMITTED.queue());
        assertEquals(WorkQueue.UPGRADES, WorkKind.UPGRADE_SUBMITTED.queue());
        assertNull(WorkKind.EXPERT_ASSIGNED.queue());
        assertNull(WorkKind.INTEREST_RECEIVED.queue());
    }
}
