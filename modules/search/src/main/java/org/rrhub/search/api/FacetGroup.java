package org.rrhub.search.api;

import java.util.List;

public record FacetGroup(Facet facet, List<FacetCount> counts) {
}
