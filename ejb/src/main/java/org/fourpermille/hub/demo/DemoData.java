package org.fourpermille.hub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.groups.GroupCode;
import org.fourpermille.hub.groups.GroupMember;
import org.fourpermille.hub.groups.GroupRole;
import org.fourpermille.hub.groups.GroupTerm;
import org.fourpermille.hub.groups.HubGroup;
import org.fourpermille.hub.groups.Seat;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.AccountRepository;
import org.fourpermille.hub.identity.PasswordHasher;
import org.fourpermille.hub.matching.ClimateZone;
import org.fourpermille.hub.matching.CriteriaDetails;
import org.fourpermille.hub.matching.Instrument;
import org.fourpermille.hub.matching.LandUse;
import org.fourpermille.hub.matching.LocalText;
import org.fourpermille.hub.matching.Need;
import org.fourpermille.hub.matching.OfferDetails;
import org.fourpermille.hub.matching.Project;
import org.fourpermille.hub.matching.ProjectDetails;
import org.fourpermille.hub.matching.ProjectStage;
import org.fourpermille.hub.matching.ProjectVisibility;
import org.fourpermille.hub.matching.StrategicObjective;
import org.fourpermille.hub.matching.SupportOffer;
import org.fourpermille.hub.membership.MembershipLevel;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.FileContent;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * Demo organisations (one of every type, described for the directory, one with a logo) and the six demo
 * accounts of the README (three of them listed in the directory), loaded only when
 * {@link Setting#DEMO_DATA} is on and the database has no account yet. An advisory lock makes nodes
 * starting together load it once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    public static final String PASSWORD = "Soil-Carbon-2050";
    private static final long LOCK_KEY = 4_000_1000L;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String ACTOR = "demo data";
    /** A small PNG (a soil-coloured disc with a leaf), the logo of one demo organisation. */
    private static final String NGO_LOGO = "demo-logo.png";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private FileContent fileContent;

    @PostConstruct
    void loadIfWanted() {
        if (!Setting.DEMO_DATA.lookupBoolean()) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        if (accounts.count() > 0) {
            return;
        }
        LocalDate joined = LocalDate.of(2016, 3, 1);
        Organisation company = organisation("TerraCarbon Solutions", "TCS", OrganisationType.PRIVATE_COMPANY, "FR",
                MembershipLevel.PARTNER, joined);
        Organisation ngo = organisation("Sols Vivants", "SV", OrganisationType.CIVIL_SOCIETY, "SN",
                MembershipLevel.MEMBER, joined);
        Organisation research = organisation("Institut des sols tropicaux", "IST", OrganisationType.RESEARCH_EDUCATION,
                "CI", MembershipLevel.MEMBER, joined);
        Organisation foundation = organisation("Fundación Humus", "FH", OrganisationType.FUNDER, "AR",
                MembershipLevel.PARTNER, joined);
        Organisation ministry = organisation("Ministry of Agriculture of Utopia", "MAU",
                OrganisationType.STATE_OR_LOCAL_GOVERNMENT, "MA", MembershipLevel.MEMBER, joined);
        Organisation alliance = organisation("Regional Soil Alliance", "RSA", OrganisationType.INTERNATIONAL_ORGANISATION,
                "KE", MembershipLevel.MEMBER, joined);
        Organisation cooperative = organisation("Coopérative des agriculteurs du Sahel", "CAS",
                OrganisationType.FARMERS_ORGANISATION, "BF", MembershipLevel.PARTNER, joined);
        describeOrganisations(company, ngo, research, foundation, ministry, alliance, cooperative);

        String hash = hasher.hash(PASSWORD);
        account("admin@example.org", "Ada Administrator", SupportedLocale.EN, EnumSet.of(Role.ADMIN), null, hash);
        account("secretariat@example.org", "Sophie Secrétariat", SupportedLocale.FR, EnumSet.of(Role.SECRETARIAT), null, hash);
        company.appointMainContact(account("partner@example.org", "Paul Partner", SupportedLocale.EN,
                EnumSet.of(Role.PARTNER), company, hash));
        company.getMainContact().describeForDirectory("Head of sustainability", true);
        ngo.appointMainContact(account("member@example.org", "Mariama Member", SupportedLocale.FR,
                EnumSet.of(Role.PARTNER, Role.MEMBER), ngo, hash));
        ngo.getMainContact().describeForDirectory("Coordinatrice des programmes", true);
        // The expert stays out of the directory: listing is each person's choice.
        research.appointMainContact(account("expert@example.org", "Elena Experta", SupportedLocale.ES,
                EnumSet.of(Role.PARTNER), research, hash));
        foundation.appointMainContact(account("funder@example.org", "Fernando Funder", SupportedLocale.ES,
                EnumSet.of(Role.PARTNER), foundation, hash));
        foundation.getMainContact().describeForDirectory("Responsable de programas", true);
        cooperative.appointMainContact(account("farmer@example.org", "Fatou Farmer", SupportedLocale.FR,
                EnumSet.of(Role.PARTNER), cooperative, hash));
        // Two independent experts, in no organisation: their STC terms (demoGroups) are their only access.
        account("scientist@example.org", "Samuel Scientist", SupportedLocale.EN, EnumSet.noneOf(Role.class), null, hash);
        account("agronome@example.org", "Amélie Agronome", SupportedLocale.FR, EnumSet.noneOf(Role.class), null, hash);
        demoGroups();
        demoProjectsAndOffers(company, foundation);
        LOG.info("Demo data loaded: 7 organisations and 9 accounts (password " + PASSWORD + ")");
    }

    /**
     * Life in the groups: partners in the Interfaces that fit them, member@ facilitating the Knowledge
     * Interface and leading Task Force D and sitting in the Bureau, expert@, scientist@ and agronome@ appointed
     * to the STC (three experts, so an assessment can have its two even when one is of the project's organisation).
     */
    private void demoGroups() {
        Account partner = accounts.getByEmail("partner@example.org");
        Account member = accounts.getByEmail("member@example.org");
        Account expert = accounts.getByEmail("expert@example.org");
        Account funder = accounts.getByEmail("funder@example.org");
        Account farmer = accounts.getByEmail("farmer@example.org");
        Instant now = clock.now();
        joinInterface(GroupCode.INTERFACE_PROJECTS, now, partner, member, funder, farmer);
        joinInterface(GroupCode.INTERFACE_KNOWLEDGE, now, partner, member, expert, farmer);
        joinInterface(GroupCode.INTERFACE_RESEARCH, now, expert, member);
        joinInterface(GroupCode.INTERFACE_POLICY, now, member);
        em.find(GroupMember.class, memberRow(GroupCode.INTERFACE_KNOWLEDGE, member).getId()).assignRole(GroupRole.FACILITATOR);
        GroupMember leader = new GroupMember(group(GroupCode.TASK_FORCE_D), member);
        em.persist(leader);
        leader.request(null, now);
        leader.accept("secretariat@example.org", now);
        leader.assignRole(GroupRole.LEADER);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate termStart = today.withDayOfMonth(1).minusMonths(6);
        em.persist(GroupTerm.appoint(group(GroupCode.BUREAU), member, Seat.FULL, termStart,
                termStart.plusYears(GroupTerm.BUREAU_TERM_YEARS).minusDays(1), null, List.of(), "secretariat@example.org", now));
        for (String email : List.of("expert@example.org", "scientist@example.org", "agronome@example.org")) {
            em.persist(GroupTerm.appoint(group(GroupCode.STC), accounts.getByEmail(email), null, termStart,
                    termStart.plusYears(3).minusDays(1), null, List.of(), "secretariat@example.org", now));
        }
    }

    /**
     * Something to see on the Projects Interface from the first run: two projects of partner@'s company (one
     * seeking funding and shown to partners, one idea still in draft) and two open offers of funder@'s
     * foundation.
     */
    private void demoProjectsAndOffers(Organisation company, Organisation foundation) {
        Account partner = accounts.getByEmail("partner@example.org");
        Account funder = accounts.getByEmail("funder@example.org");
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Set<String> practices = Set.copyOf(em.createQuery("SELECT p.code FROM Practice p", String.class).getResultList());
        Set<String> currencies = Set.copyOf(em.createQuery("SELECT r.currency FROM CurrencyRate r", String.class).getResultList());
        Project hedges = Project.create(company, partner, new ProjectDetails(
                Map.of(SupportedLocale.EN, new LocalText("Living hedges for the groundnut basin",
                                "Gliricidia and Faidherbia hedges around 400 smallholder plots, with compost from crop residues, "
                                        + "to stop wind erosion and rebuild soil organic matter."),
                        SupportedLocale.FR, new LocalText("Haies vives pour le bassin arachidier",
                                "Des haies de Gliricidia et de Faidherbia autour de 400 parcelles paysannes, avec du compost de "
                                        + "résidus de récolte, pour arrêter l'érosion éolienne et reconstituer la matière organique.")),
                ProjectStage.SEEKING_FUNDING, null, CriteriaDetails.NONE.withCountries(List.of("SN"))
                        .withClimateZones(Set.of(ClimateZone.TROPICAL_DRY)).withLandUses(Set.of(LandUse.CROPLAND, LandUse.AGROFORESTRY))
                        .withPractices(Set.of("AGROFORESTRY", "ORGANIC_FERTILISATION")).withSdgs(Set.of(2, 13, 15))
                        .withObjectives(Set.of(StrategicObjective.B)).withCurrency("XOF"),
                new BigDecimal("1200"), 48, new BigDecimal("650000000"), new BigDecimal("420000000"),
                Set.of(Need.FUNDING, Need.MRV_SUPPORT), new BigDecimal("14.5"), 30, new BigDecimal("0.6"),
                "Soil sampling at 0-30 cm on 60 plots at start, year 3 and year 5 (dry combustion), equivalent soil mass.",
                ProjectVisibility.PARTNERS), practices, currencies, now);
        em.persist(hedges);
        Project biochar = Project.create(company, partner, new ProjectDetails(
                Map.of(SupportedLocale.EN, new LocalText("Biochar from vine prunings",
                        "An idea to turn vine prunings into biochar for vineyard soils in Occitanie, with the growers' cooperative.")),
                ProjectStage.IDEA, null, CriteriaDetails.NONE.withCountries(List.of("FR"))
                        .withClimateZones(Set.of(ClimateZone.WARM_TEMPERATE_DRY)).withLandUses(Set.of(LandUse.CROPLAND))
                        .withPractices(Set.of("BIOCHAR")).withSdgs(Set.of(12, 13)).withCurrency("EUR"),
                null, null, null, null, Set.of(Need.PARTNERS, Need.TECHNICAL_EXPERTISE), null, null, null, null,
                ProjectVisibility.DRAFT), practices, currencies, now);
        em.persist(biochar);
        em.persist(SupportOffer.publish(foundation, funder, new OfferDetails(SupportedLocale.ES,
                "Subvenciones para suelos vivos",
                "Subvenciones de 20 000 a 150 000 USD para proyectos de agroforestería y agricultura de conservación que "
                        + "aumenten el carbono orgánico del suelo, con un plan de monitoreo.",
                Set.of(Instrument.GRANT, Instrument.TECHNICAL_ASSISTANCE), List.of("soil health", "smallholders"),
                CriteriaDetails.NONE.withLandUses(Set.of(LandUse.CROPLAND, LandUse.AGROFORESTRY))
                        .withPractices(Set.of("AGROFORESTRY", "CONSERVATION_AGRICULTURE")).withSdgs(Set.of(2, 13, 15))
                        .withObjectives(Set.of(StrategicObjective.B)).withCurrency("USD"),
                Set.of(Region.AFRICA, Region.LATIN_AMERICA_CARIBBEAN), Set.of(ProjectStage.PREPARATION, ProjectStage.SEEKING_FUNDING),
                Set.of(OrganisationType.CIVIL_SOCIETY, OrganisationType.FARMERS_ORGANISATION, OrganisationType.PRIVATE_COMPANY),
                Set.of(SupportedLocale.ES, SupportedLocale.FR, SupportedLocale.EN), new BigDecimal("20000"),
                new BigDecimal("150000"), today.plusMonths(4)), practices, currencies, today, now));
        em.persist(SupportOffer.publish(foundation, funder, new OfferDetails(SupportedLocale.EN,
                "Expert support for soil carbon monitoring",
                "Our soil scientists help projects design their measurement, reporting and verification of soil organic carbon.",
                Set.of(Instrument.EXPERTISE), List.of("MRV"),
                CriteriaDetails.NONE.withSdgs(Set.of(13)).withObjectives(Set.of(StrategicObjective.E)).withCurrency("EUR"),
                Set.of(), Set.of(), Set.of(), Set.of(SupportedLocale.ES, SupportedLocale.EN), null, null, null),
                practices, currencies, today, now));
        em.flush();
    }

    private void joinInterface(GroupCode code, Instant now, Account... people) {
        for (Account person : people) {
            GroupMember row = new GroupMember(group(code), person);
            row.join(now);
            em.persist(row);
        }
        em.flush();
    }

    private GroupMember memberRow(GroupCode code, Account person) {
        return em.createNamedQuery(GroupMember.OF, GroupMember.class)
                .setParameter("group", group(code)).setParameter("account", person).getSingleResult();
    }

    private HubGroup group(GroupCode code) {
        return em.createNamedQuery(HubGroup.BY_CODE, HubGroup.class).setParameter("code", code.name()).getSingleResult();
    }

    private Organisation organisation(String name, String acronym, OrganisationType type, String country,
                                      MembershipLevel level, LocalDate joined) {
        Organisation organisation = new Organisation(name, acronym, type, country, null, level, joined);
        em.persist(organisation);
        return organisation;
    }

    private Account account(String email, String name, SupportedLocale locale, Set<Role> roles, Organisation organisation,
                            String passwordHash) {
        Account account = new Account(email, name, locale, roles, clock.now());
        account.setPassword(passwordHash);
        account.joinOrganisation(organisation);
        accounts.add(account);
        return account;
    }

    /** What the directory shows of the demo organisations, each in its own language; one has a logo. */
    private void describeOrganisations(Organisation company, Organisation ngo, Organisation research, Organisation foundation,
                                       Organisation ministry, Organisation alliance, Organisation cooperative) {
        describe(company, "https://terracarbon.example", "TerraCarbon Solutions measures soil organic carbon on farms "
                + "and helps food companies finance the practices that store it.");
        describe(ngo, "https://sols-vivants.example", "Sols Vivants accompagne les villages du bassin arachidier dans la "
                + "restauration des sols dégradés : compost, agroforesterie et gestion des parcours.");
        describe(research, null, "L'Institut des sols tropicaux étudie le stockage du carbone dans les sols d'Afrique de "
                + "l'Ouest et forme les techniciens agricoles à sa mesure.");
        describe(foundation, "https://fundacion-humus.example", "La Fundación Humus financia proyectos de agricultura "
                + "regenerativa en la Pampa y en el Gran Chaco.");
        describe(ministry, null, "The Ministry leads the national programme for healthy soils and reports on the "
                + "country's soil carbon targets.");
        describe(alliance, null, "The Regional Soil Alliance brings the soil institutes of East Africa together to share "
                + "data, methods and training.");
        describe(cooperative, null, "La coopérative regroupe des producteurs de mil et de sorgho qui pratiquent le zaï et "
                + "les cordons pierreux.");
        byte[] png;
        InputStream resource = DemoData.class.getResourceAsStream(NGO_LOGO);
        if (resource == null) {
            throw new IllegalStateException("The demo logo " + NGO_LOGO + " is missing from the build");
        }
        try (InputStream in = resource) {
            png = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ngo.replaceLogo(fileContent.store(png, "image/png"), ACTOR, clock.now());
    }

    private void describe(Organisation organisation, String website, String description) {
        organisation.editProfile(organisation.getAcronym(), website, description, ACTOR, clock.now());
    }
}
