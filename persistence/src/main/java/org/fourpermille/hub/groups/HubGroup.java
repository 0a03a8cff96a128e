package org.fourpermille.hub.groups;

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

/** A group of the Initiative, named and described in French, Spanish and English. */
@Entity
@Table(name = "hub_group")
@NamedQuery(name = HubGroup.ALL, query = "SELECT g FROM HubGroup g ORDER BY g.position, g.id")
public class HubGroup {

    public static final String ALL = "HubGroup.all";
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

    protected HubGroup() {
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
}
