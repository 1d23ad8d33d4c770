package org.parcours.platform.boundary;

import java.util.List;

/**
 * One page of a longer list, with the total the list would have unpaged. Asked for a page of size 0, a boundary
 * answers the total only, without reading any item.
 */
public record Page<T>(List<T> items, long total, int first, int size) {

    public Page {
        items = List.copyOf(items);
    }
}
