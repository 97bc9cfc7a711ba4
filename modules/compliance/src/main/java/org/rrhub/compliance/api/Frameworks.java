package org.rrhub.compliance.api;

import java.util.List;
import java.util.Optional;

/** The compliance frameworks this installation knows, each loaded and validated at start. */
public interface Frameworks {

    /** Every framework, oldest edition first. */
    List<Framework> all();

    /** The edition new assessments use: the last one listed. */
    Framework current();

    Optional<Framework> find(String frameworkId);
}
