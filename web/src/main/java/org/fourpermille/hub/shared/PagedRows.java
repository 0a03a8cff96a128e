package org.fourpermille.hub.shared;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table over a service that pages with {@code count()} and {@code search(first, pageSize)}: the
 * database does the paging, the page holds one page of rows. Filters live in the backing bean, not in
 * PrimeFaces' filter map, so they can be any form fields.
 *
 * <p>Rows are kept in the view between requests: in a {@code @ViewScoped} bean they must be Serializable
 * (records built from the entities), never the entities themselves.
 *
 * <p>Usage: {@code rows = new PagedRows<>() { protected long total() {...} protected List<Row> page(...) {...}
 * protected Object key(Row row) { return row.id(); } };}
 */
public abstract class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    protected abstract long total();

    protected abstract List<T> page(int first, int pageSize);

    /** What identifies a row, for PrimeFaces' row keys. */
    protected abstract Object key(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(total(), Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(row -> Objects.equals(getRowKey(row), rowKey)).findFirst().orElse(null);
    }

    /** Shows the first page of a table again, after its filter changed. */
    public static void firstPage(String tableClientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId) instanceof UIData table) {
            table.setFirst(0);
        }
    }
}
