package org.fourpermille.hub.groups;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Texts;

/** {@code /groups/new.xhtml}: the secretariat adds a group, named in the three languages. */
@Named("newGroup")
@RequestScoped
public class NewGroupBacking {

    @Inject
    private GroupMembership membership;

    private GroupKind kind = GroupKind.TASK_FORCE;
    private String nameEn;
    private String nameFr;
    private String nameEs;
    private String descriptionEn;
    private String descriptionFr;
    private String descriptionEs;

    public GroupKind[] getKinds() {
        return GroupKind.values();
    }

    public String create() {
        try {
            HubGroup group = membership.create(kind, List.of(text(nameEn), text(nameFr), text(nameEs)),
                    List.of(text(descriptionEn), text(descriptionFr), text(descriptionEs)));
            Texts.info(null, "groups.created");
            return "/groups/group?faces-redirect=true&id=" + group.getId();
        } catch (InvalidInputException problems) {
            problems.problems().forEach(p -> Texts.error("groupForm:" + p.field(), p.messageKey(), p.arguments()));
            return null;
        } catch (BusinessException refused) {
            Texts.error(null, refused);
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        this.kind = kind;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public void setDescriptionEs(String descriptionEs) {
        this.descriptionEs = descriptionEs;
    }
}
