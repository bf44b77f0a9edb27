package org.perfdecl.checker.history;

import java.util.List;

/**
 * One page of a list, as the list endpoints answer it.
 *
 * @param page       the page number, from 0
 * @param size       items per page asked for
 * @param totalItems items on all pages
 * @param totalPages pages of {@code size} items (0 when there is nothing)
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <T> PageOf<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageOf<>(List.copyOf(items), page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    public <U> PageOf<U> map(java.util.function.Function<T, U> mapping) {
        return new PageOf<>(items.stream().map(mapping).toList(), page, size, totalItems, totalPages);
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return page + 1L < totalPages;
    }
}
