package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.College;
import org.fourpermille.hub.membership.MembershipLevel;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

class GroupRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate TWO_YEARS = START.plusYears(2).minusDays(1);

    private static HubGroup group(GroupKind kind) {
        return new HubGroup(kind.name(), kind, 10, List.of("Group", "Groupe", "Grupo"), List.of("", "", ""), NOW);
    }

    private static Account person(int n, MembershipLevel level) {
        Organisation organisation = new Organisation("Organisation " + n, null, OrganisationType.CIVIL_SOCIETY, "SN", null,
                level, LocalDate.of(2016, 3, 1));
        Account account = new Account("p" + n + "@example.org", "Person " + n, SupportedLocale.EN, EnumSet.of(Role.PARTNER), NOW);
        account.setPassword("hash");
        account.joinOrganisation(organisation);
        return account;
    }

    private static String refusal(Runnable move) {
        return assertThrows(BusinessException.class, move::run).messageKey();
    }

    @Test
    void the_bureau_has_eight_full_seats_and_five_alternates_on_any_day() {
        HubGroup bureau = group(GroupKind.BUREAU);
        List<GroupTerm> terms = new ArrayList<>();
        for (int i = 0; i < Seat.FULL.count(); i++) {
            terms.add(GroupTerm.appoint(bureau, person(i, MembershipLevel.MEMBER), Seat.FULL, START, TWO_YEARS, null, terms, "s", NOW));
        }
        assertEquals("group.error.fullSeatsTaken", refusal(() ->
                GroupTerm.appoint(bureau, person(50, MembershipLevel.MEMBER), Seat.FULL, START.plusMonths(6), START.plusMonths(18), null, terms, "s", NOW)));
        // A seat freed by an early end is free again from the day the end takes effect.
        terms.get(0).end(START.plusMonths(3));
        terms.add(GroupTerm.appoint(bureau, person(51, MembershipLevel.MEMBER), Seat.FULL, START.plusMonths(3), TWO_YEARS, null, terms, "s", NOW));
        for (int i = 0; i < Seat.ALTERNATE.count(); i++) {
            terms.add(GroupTerm.appoint(bureau, person(100 + i, MembershipLevel.MEMBER), Seat.ALTERNATE, START, TWO_YEARS, null, terms, "s", NOW));
        }
        assertEquals("group.error.alternateSeatsTaken", refusal(() ->
                GroupTerm.appoint(bureau, person(200, MembershipLevel.MEMBER), Seat.ALTERNATE, START, TWO_YEARS, null, terms, "s", NOW)));
        // After the whole Bureau's terms end, the seats are free.
        GroupTerm.appoint(bureau, person(201, MembershipLevel.MEMBER), Seat.FULL, TWO_YEARS.plusDays(1), TWO_YEARS.plusYears(2), null, terms, "s", NOW);
    }

    @Test
    void bureau_terms_last_two_years_at_most_and_go_to_member_organisations_with_a_seat() {
        HubGroup bureau = group(GroupKind.BUREAU);
        Account member = person(1, MembershipLevel.MEMBER);
        assertEquals("group.error.termTooLong", refusal(() -> GroupTerm.appoint(bureau, member, Seat.FULL, START, TWO_YEARS.plusDays(1), null, List.of(), "s", NOW)));
        assertEquals("group.error.bureauMembersOnly", refusal(() ->
                GroupTerm.appoint(bureau, person(2, MembershipLevel.PARTNER), Seat.FULL, START, TWO_YEARS, null, List.of(), "s", NOW)));
        assertEquals("group.error.seatRequired", refusal(() -> GroupTerm.appoint(bureau, member, null, START, TWO_YEARS, null, List.of(), "s", NOW)));
        assertEquals("group.error.termEndsBeforeStart", refusal(() -> GroupTerm.appoint(bureau, member, Seat.FULL, START, START.minusDays(1), null, List.of(), "s", NOW)));
        assertEquals("group.error.termDatesRequired", refusal(() -> GroupTerm.appoint(bureau, member, Seat.FULL, START, null, null, List.of(), "s", NOW)));
        GroupTerm first = GroupTerm.appoint(bureau, member, Seat.FULL, START, TWO_YEARS, null, List.of(), "s", NOW);
        assertEquals("group.error.termOverlaps", refusal(() ->
                GroupTerm.appoint(bureau, member, Seat.ALTERNATE, START.plusYears(1), START.plusYears(2), null, List.of(first), "s", NOW)));
        Organisation suspended = Organisation.of(member);
        suspended.suspend("staff", "Unpaid", NOW);
        assertEquals("group.error.bureauMembersOnly", refusal(() ->
                GroupTerm.appoint(bureau, member, Seat.FULL, TWO_YEARS.plusDays(1), TWO_YEARS.plusYears(2), null, List.of(first), "s", NOW)));
    }

    @Test
    void nobody_sits_three_consecutive_terms_but_may_return_after_a_full_term_away() {
        HubGroup bureau = group(GroupKind.BUREAU);
        Account member = person(1, MembershipLevel.MEMBER);
        List<GroupTerm> terms = new ArrayList<>();
        terms.add(GroupTerm.appoint(bureau, member, Seat.FULL, START, TWO_YEARS, null, terms, "s", NOW));
        LocalDate second = TWO_YEARS.plusDays(1);
        terms.add(GroupTerm.appoint(bureau, member, Seat.ALTERNATE, second, second.plusYears(2).minusDays(1), null, terms, "s", NOW));
        LocalDate third = second.plusYears(2);
        assertEquals("group.error.tooManyTerms", refusal(() ->
                GroupTerm.appoint(bureau, member, Seat.FULL, third, third.plusYears(2).minusDays(1), null, terms, "s", NOW)));
        // A short break is not a full term away.
        assertEquals("group.error.tooManyTerms", refusal(() ->
                GroupTerm.appoint(bureau, member, Seat.FULL, third.plusMonths(6), third.plusMonths(18), null, terms, "s", NOW)));
        LocalDate back = third.plusYears(2);
        GroupTerm.appoint(bureau, member, Seat.FULL, back, back.plusYears(2).minusDays(1), null, terms, "s", NOW);
    }

    @Test
    void the_stc_has_terms_without_seats_and_other_groups_appoint_nobody() {
        GroupTerm stc = GroupTerm.appoint(group(GroupKind.STC), person(1, MembershipLevel.PARTNER), Seat.FULL, START, START.plusYears(4),
                null, List.of(), "s", NOW);
        assertEquals(null, stc.getSeat(), "the STC has no seats");
        assertEquals("group.error.notAppointed", refusal(() ->
                GroupTerm.appoint(group(GroupKind.INTERFACE), person(2, MembershipLevel.PARTNER), null, START, TWO_YEARS, null, List.of(), "s", NOW)));
    }

    @Test
    void each_kind_of_group_is_entered_its_own_way() {
        Account partner = person(1, MembershipLevel.PARTNER);
        GroupMember inInterface = new GroupMember(group(GroupKind.INTERFACE), partner);
        assertEquals("group.error.notOnRequest", refusal(() -> inInterface.request(null, NOW)));
        inInterface.join(NOW);
        assertEquals(GroupMemberStatus.ACTIVE, inInterface.getStatus());
        assertEquals("group.error.alreadyIn", refusal(() -> inInterface.join(NOW)));
        inInterface.leave(NOW);
        assertEquals(GroupMemberStatus.LEFT, inInterface.getStatus());

        GroupMember inTaskForce = new GroupMember(group(GroupKind.TASK_FORCE), partner);
        assertEquals("group.error.notOpen", refusal(() -> inTaskForce.join(NOW)));
        inTaskForce.request("I work on MRV", NOW);
        assertEquals("group.error.alreadyRequested", refusal(() -> inTaskForce.request(null, NOW)));
        inTaskForce.decline("facilitator@example.org", "Full for now", NOW);
        assertEquals("group.error.noRequest", refusal(() -> inTaskForce.accept("facilitator@example.org", NOW)));
        inTaskForce.request(null, NOW);
        inTaskForce.accept("facilitator@example.org", NOW);
        assertEquals(GroupMemberStatus.ACTIVE, inTaskForce.getStatus());
        inTaskForce.assignRole(GroupRole.REGIONAL_REPRESENTATIVE);

        GroupMember inCollege = new GroupMember(group(GroupKind.COLLEGE), partner);
        assertEquals("group.error.notOpen", refusal(() -> inCollege.join(NOW)));
        assertEquals("group.error.cannotLeave", refusal(() -> inCollege.leave(NOW)));
        assertEquals("group.error.taskForceRole", refusal(() -> inCollege.assignRole(GroupRole.LEADER)));
        inCollege.assignRole(GroupRole.FACILITATOR);

        Account individual = new Account("farmer@example.org", "Farmer", SupportedLocale.FR, EnumSet.of(Role.PARTNER), NOW);
        GroupMember individualInInterface = new GroupMember(group(GroupKind.INTERFACE), individual);
        assertEquals("group.error.partnersOnly", refusal(() -> individualInInterface.join(NOW)));
        GroupMember individualInTaskForce = new GroupMember(group(GroupKind.TASK_FORCE), individual);
        individualInTaskForce.request(null, NOW);
        individualInTaskForce.accept("f", NOW);
        assertEquals("group.error.roleNeedsPartner", refusal(() -> individualInTaskForce.assignRole(GroupRole.LEADER)));
    }

    @Test
    void a_group_the_secretariat_adds_is_named_in_the_three_languages() {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () ->
                new HubGroup("X", GroupKind.TASK_FORCE, 1, List.of("Soil MRV", " ", ""), List.of("", "", ""), NOW));
        assertEquals(List.of("nameFr", "nameEs"), missing.problems().stream().map(p -> p.field()).toList());
    }

    @Test
    void every_college_meets_in_its_seeded_group_and_every_type_has_one() {
        List<GroupCode> collegeGroups = EnumSet.allOf(GroupCode.class).stream().filter(c -> c.name().startsWith("COLLEGE_")).toList();
        assertEquals(collegeGroups, Arrays.stream(College.values()).map(GroupCode::of).toList());
        assertEquals(GroupCode.COLLEGE_FARMERS, GroupCode.of(OrganisationType.FARMERS_ORGANISATION.college()));
        assertEquals(GroupCode.COLLEGE_PUBLIC, GroupCode.of(OrganisationType.FUNDER.college()));
    }
}
