package org.fourpermille.hub.matching;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.ChangedMeanwhile;
import org.fourpermille.hub.shared.FormSubmissions;
import org.fourpermille.hub.shared.FormToken;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.omnifaces.cdi.Param;

/**
 * The form of a project or an offer: without {@code ?id=} a new one, with it the one its organisation's
 * representatives change. Anyone else asking for a form gets a 404, as for an unknown id. A refused form comes
 * back as typed, each problem next to its field.
 *
 * @param <T> the project or offer
 * @param <F> what the page binds
 */
public abstract class EditorBacking<T extends Listing, F> {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private FormSubmissions submissions;
    @Inject
    private FormToken formToken;

    private F form;
    private Integer version;
    private boolean found = true;
    private List<ChangedMeanwhile.Difference> meanwhile = List.of();

    protected EditorBacking(F blank) {
        form = blank;
    }

    /** The project or offer for its form; throws NotFoundException when the caller may not change it. */
    protected abstract T editable(long id);

    protected abstract F formOf(T item);

    /** Creates ({@code id} null) or changes the project or offer. */
    protected abstract T store(Long id, int expectedVersion, F form);

    /** Tells what happened, once stored. */
    protected abstract void confirm(T stored, boolean created);

    /** The form's id, where field problems are shown. */
    protected abstract String formId();

    /** The outcome of the page that shows the stored one, without query. */
    protected abstract String page();

    /** The form, label by label as shown, for the "changed meanwhile" notice. */
    protected abstract Map<String, String> texts(F shown);

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            T item = editable(id);
            form = formOf(item);
            version = item.getVersion();
        } catch (NotFoundException | EJBAccessException hidden) {
            found = false;
        }
    }

    public void requireFound() throws IOException {
        if (!found) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return found;
    }

    public boolean isNew() {
        return id == null;
    }

    public String save() {
        try {
            // A new one is created once per shown form: the same page sent twice opens the first one.
            T stored = id != null ? store(id, version == null ? -1 : version, form)
                    : editable(submissions.once(formToken.posted(formId()), formId(), () -> store(null, -1, form).getId()));
            confirm(stored, id == null);
            return page() + "?faces-redirect=true&id=" + stored.getId();
        } catch (BusinessException refused) {
            FormRefusal.show(formId(), refused);
            if (id != null && ChangedMeanwhile.is(refused)) {
                showSavedMeanwhile();
            }
        } catch (EJBAccessException refused) {
            FormRefusal.show(refused);
        }
        return null;
    }

    /** What is saved now beside the form as typed; the saved version, so saving again is a choice. */
    private void showSavedMeanwhile() {
        try {
            T saved = editable(id);
            version = saved.getVersion();
            meanwhile = ChangedMeanwhile.between(texts(form), texts(formOf(saved)));
        } catch (NotFoundException | EJBAccessException gone) {
            meanwhile = List.of(); // no longer theirs to change: the refusal shown says what to do
        }
    }

    public List<ChangedMeanwhile.Difference> getMeanwhile() {
        return meanwhile;
    }

    public Long getId() {
        return id;
    }

    public F getForm() {
        return form;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
