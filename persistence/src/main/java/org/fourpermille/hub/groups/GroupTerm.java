package org.fourpermille.hub.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.MembershipLevel;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationStatus;
import org.fourpermille.hub.shared.BusinessException;

/**
 * An appointment to the STC or the Bureau for a term. The Bureau's rules are checked here, against every
 * term the group ever had: thirteen seats (eight full, five alternates) on any day, terms of at most two
 * years, at most two consecutive terms for one person (a term is consecutive to the previous one when
 * less than a full term separates them), appointees who represent an active Member organisation.
 */
@Entity
@Table(name = "group_term")
@NamedQuery(name = GroupTerm.OF_GROUP, query = "SELECT t FROM GroupTerm t JOIN FETCH t.account WHERE t.group = :group ORDER BY t.startsOn DESC, t.id DESC")
public class GroupTerm {

    public static final String OF_GROUP = "GroupTerm.ofGroup";
    public static final int BUREAU_TERM_YEARS = 2;
    public static final int MAX_CONSECUTIVE_TERMS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private HubGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Seat seat;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "appointed_by", length = 254, nullable = false)
    private String appointedBy;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    @Column(length = GroupMember.NOTE_LENGTH)
    private String note;

    @Version
    private int version;

    protected GroupTerm() {
    }

    private GroupTerm(HubGroup group, Account account, Seat seat, LocalDate startsOn, LocalDate endsOn, String note,
                      String appointedBy, Instant now) {
        this.group = group;
        this.account = account;
        this.seat = seat;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.note = note;
        this.appointedBy = appointedBy;
        this.appointedAt = now;
    }

    /**
     * Appoints a person for a term, or says which rule the appointment breaks.
     *
     * @param existing every term of the group, past ones included
     */
    public static GroupTerm appoint(HubGroup group, Account account, Seat seat, LocalDate startsOn, LocalDate endsOn,
                                    String note, List<GroupTerm> existing, String appointedBy, Instant now) {
        if (group.getJoinRule() != JoinRule.APPOINTED) {
            throw new BusinessException("group.error.notAppointed");
        }
        if (startsOn == null || endsOn == null) {
            throw new BusinessException("group.error.termDatesRequired");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new BusinessException("group.error.termEndsBeforeStart");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > GroupMember.NOTE_LENGTH) {
            throw new BusinessException("error.tooLong", GroupMember.NOTE_LENGTH);
        }
        if (!account.canSignIn()) {
            throw new BusinessException("group.error.cannotSignIn");
        }
        GroupTerm term = new GroupTerm(group, account, group.getKind() == GroupKind.BUREAU ? seat : null,
                startsOn, endsOn, cleanNote, appointedBy, now);
        List<GroupTerm> others = List.copyOf(existing);
        if (others.stream().anyMatch(t -> t.isOf(account) && t.overlaps(startsOn, endsOn))) {
            throw new BusinessException("group.error.termOverlaps");
        }
        if (group.getKind() == GroupKind.BUREAU) {
            checkBureau(term, others);
        }
        return term;
    }

    private static void checkBureau(GroupTerm term, List<GroupTerm> others) {
        if (term.seat == null) {
            throw new BusinessException("group.error.seatRequired");
        }
        if (Organisation.of(term.account) == null || Organisation.of(term.account).getStatus() != OrganisationStatus.ACTIVE
                || Organisation.of(term.account).getLevel() != MembershipLevel.MEMBER) {
            throw new BusinessException("group.error.bureauMembersOnly");
        }
        if (term.endsOn.isAfter(term.startsOn.plusYears(BUREAU_TERM_YEARS).minusDays(1))) {
            throw new BusinessException("group.error.termTooLong", BUREAU_TERM_YEARS);
        }
        List<GroupTerm> sameSeat = others.stream().filter(t -> t.seat == term.seat && t.overlaps(term.startsOn, term.endsOn)).toList();
        int busiest = 0;
        List<LocalDate> points = new ArrayList<>();
        points.add(term.startsOn);
        sameSeat.forEach(t -> points.add(t.startsOn));
        for (LocalDate day : points) {
            if (!day.isBefore(term.startsOn) && !day.isAfter(term.endsOn)) {
                busiest = Math.max(busiest, (int) sameSeat.stream().filter(t -> t.covers(day)).count());
            }
        }
        if (busiest >= term.seat.count()) {
            throw new BusinessException(term.seat == Seat.FULL ? "group.error.fullSeatsTaken" : "group.error.alternateSeatsTaken",
                    term.seat.count());
        }
        List<GroupTerm> earlier = others.stream()
                .filter(t -> t.isOf(term.account) && t.lastDay().isBefore(term.startsOn))
                .sorted(Comparator.comparing(GroupTerm::getStartsOn).reversed())
                .toList();
        int chain = 0;
        LocalDate next = term.startsOn;
        for (GroupTerm previous : earlier) {
            if (previous.lastDay().plusYears(BUREAU_TERM_YEARS).isAfter(next)) {
                chain++;
                next = previous.startsOn;
            } else {
                break;
            }
        }
        if (chain >= MAX_CONSECUTIVE_TERMS) {
            throw new BusinessException("group.error.tooManyTerms", MAX_CONSECUTIVE_TERMS);
        }
    }

    /**
     * Ends the term before its planned end (resignation, organisation leaving): from {@code on}, the person
     * no longer sits. A term ended on its first day was never served.
     */
    public void end(LocalDate on) {
        if (endedOn != null || on != null && on.isAfter(endsOn)) {
            throw new BusinessException("group.error.termAlreadyEnded");
        }
        if (on == null || on.isBefore(startsOn)) {
            throw new BusinessException("group.error.termEndsBeforeStart");
        }
        endedOn = on;
    }

    /** The last day the person sits: the planned end, or the day before an early end. */
    public LocalDate lastDay() {
        return endedOn == null ? endsOn : endedOn.minusDays(1);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(lastDay());
    }

    /** Whether the person sits on that day. */
    public boolean isCurrent(LocalDate day) {
        return covers(day);
    }

    private boolean isOf(Account person) {
        return account == person || account.equals(person);
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(lastDay()) && !to.isBefore(startsOn);
    }

    public Long getId() {
        return id;
    }

    public HubGroup getGroup() {
        return group;
    }

    public Account getAccount() {
        return account;
    }

    public Seat getSeat() {
        return seat;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getAppointedBy() {
        return appointedBy;
    }

    public Instant getAppointedAt() {
        return appointedAt;
    }

    public String getNote() {
        return note;
    }

    public int getVersion() {
        return version;
    }
}
