package org.fourpermille.hub.groups;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/** A group of the Initiative, named and described in French, Spanish and English. */
@Entity
@Table(name = "hub_group")
@NamedQuery(name = HubGroup.ALL, query = "SELECT g FROM HubGroup g ORDER BY g.position, g.id")
@NamedQuery(name = HubGroup.BY_CODE, query = "SELECT g FROM HubGroup g WHERE g.code = :code")
@NamedQuery(name = HubGroup.LAST_POSITION, query = "SELECT COALESCE(MAX(g.position), 0) FROM HubGroup g")
public class HubGroup {

    public static final String ALL = "HubGroup.all";
    public static final String BY_CODE = "HubGroup.byCode";
    public static final String LAST_POSITION = "HubGroup.lastPosition";
    public static final int CODE_LENGTH = 60;
    public static final int NAME_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = CODE_LENGTH, nullable = false, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private GroupKind kind;

    @Column(name = "name_en", length = NAME_LENGTH, nullable = false)
    private String nameEn;
    @Column(name = "name_fr", length = NAME_LENGTH, nullable = false)
    private String nameFr;
    @Column(name = "name_es", length = NAME_LENGTH, nullable = false)
    private String nameEs;

    @Column(name = "description_en", length = DESCRIPTION_LENGTH)
    private String descriptionEn;
    @Column(name = "description_fr", length = DESCRIPTION_LENGTH)
    private String descriptionFr;
    @Column(name = "description_es", length = DESCRIPTION_LENGTH)
    private String descriptionEs;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected HubGroup() {
    }

    /**
     * A group the secretariat adds (a Task Force for a new objective, a working group...): a name in each
     * of the three languages, descriptions optional.
     */
    public HubGroup(String code, GroupKind kind, int position, List<String> names, List<String> descriptions, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String[] fields = {"nameEn", "nameFr", "nameEs"};
        String[] descriptionFields = {"descriptionEn", "descriptionFr", "descriptionEs"};
        String[] cleanNames = new String[3];
        String[] cleanDescriptions = new String[3];
        for (int i = 0; i < 3; i++) {
            cleanNames[i] = clean(names.get(i));
            cleanDescriptions[i] = clean(descriptions.get(i));
            if (cleanNames[i] == null) {
                problems.add(FieldProblem.of(fields[i], "group.error.nameRequired"));
            } else if (cleanNames[i].length() > NAME_LENGTH) {
                problems.add(FieldProblem.of(fields[i], "error.tooLong", NAME_LENGTH));
            }
            if (cleanDescriptions[i] != null && cleanDescriptions[i].length() > DESCRIPTION_LENGTH) {
                problems.add(FieldProblem.of(descriptionFields[i], "error.tooLong", DESCRIPTION_LENGTH));
            }
        }
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "group.error.kindRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.code = code;
        this.kind = kind;
        this.position = position;
        this.nameEn = cleanNames[0];
        this.nameFr = cleanNames[1];
        this.nameEs = cleanNames[2];
        this.descriptionEn = cleanDescriptions[0];
        this.descriptionFr = cleanDescriptions[1];
        this.descriptionEs = cleanDescriptions[2];
        this.createdAt = now;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public GroupKind getKind() {
        return kind;
    }

    public JoinRule getJoinRule() {
        return kind.joinRule();
    }

    public int getVersion() {
        return version;
    }

    /** One of the groups every installation has, or null for a group the secretariat added. */
    public GroupCode getSeededCode() {
        for (GroupCode seeded : GroupCode.values()) {
            if (seeded.name().equals(code)) {
                return seeded;
            }
        }
        return null;
    }

    public boolean is(GroupCode seeded) {
        return seeded.name().equals(code);
    }

    /** The name in the reader's language, English when the language is not one of the three. */
    public String name(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "fr" -> nameFr;
            case "es" -> nameEs;
            default -> nameEn;
        };
    }

    public String description(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "fr" -> descriptionFr;
            case "es" -> descriptionEs;
            default -> descriptionEn;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HubGroup group && id != null && id.equals(group.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
