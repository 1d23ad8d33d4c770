package org.parcours.organization.rest;

import java.util.List;

/** One page of the staff directory. */
public record StaffPageDto(List<StaffDto> items, long total, int page, int size) {
}
