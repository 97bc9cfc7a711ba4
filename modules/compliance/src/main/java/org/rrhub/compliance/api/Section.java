package org.rrhub.compliance.api;

import java.util.List;

public record Section(String number, String title, List<Subsection> subsections) {

    public Section {
        subsections = subsections == null ? List.of() : List.copyOf(subsections);
    }
}
