package org.fourpermille.hub.matching;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.fourpermille.hub.shared.AccessRefusedException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.omnifaces.cdi.Param;

/**
 * The page of one project or offer ({@code ?id=}) as its readers see it, with, for its organisation's
 * representatives, the link to its form. One the caller may not see is a 404, exactly like an unknown id.
 *
 * @param <T> the project or offer
 */
public abstract class ListingBacking<T extends Listing> {

    @Inject
    @Param(name = "id")
    private Long id;

    private T item;
    private boolean editable;
    private Integer version;

    /** The project or offer if the caller may see it; throws NotFoundException otherwise. */
    protected abstract T read(long id);

    protected abstract boolean mayEdit(long id);

    /** What the page needs beyond the item, read once it is found. */
    protected void loaded(T found) {
    }

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            item = read(id);
            editable = mayEdit(id);
            version = item.getVersion();
            loaded(item);
        } catch (NotFoundException | AccessRefusedException | EJBAccessException hidden) {
            item = null;
        }
    }

    public void requireFound() throws IOException {
        if (item == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return item != null;
    }

    public boolean isEditable() {
        return editable;
    }

    protected Long id() {
        return id;
    }

    protected T item() {
        return item;
    }

    /** The version the form showed, for the actions of the page. */
    protected int expectedVersion() {
        return version == null ? -1 : version;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
