package org.parcours.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parcours.platform.boundary.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over a boundary's paged search: the database pages and sorts, the table shows one page.
 * The total of the last page loaded answers the table's count.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page: first row, page size, sort key (or null) and direction. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(int first, int size, String sortKey, boolean ascending);
    }

    private final Loader<T> loader;
    private final SerializableFunction<T, Object> rowKey;
    private transient List<T> current = List.of();

    /** A function that survives view serialisation. */
    public interface SerializableFunction<A, B> extends Function<A, B>, Serializable {
    }

    public PagedModel(Loader<T> loader, SerializableFunction<T, Object> rowKey) {
        this.loader = loader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // size 0: the total only; the page itself is read by load(), which the table calls next
        return (int) Math.min(Integer.MAX_VALUE, loader.load(0, 0, null, true).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortKey = null;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            sortKey = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
            break;
        }
        Page<T> page = loader.load(first, pageSize, sortKey, ascending);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        current = page.items();
        return current;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.apply(row));
    }

    @Override
    public T getRowData(String key) {
        if (current == null) {
            return null;
        }
        return current.stream().filter(row -> String.valueOf(rowKey.apply(row)).equals(key)).findFirst()
                .orElse(null);
    }
}
