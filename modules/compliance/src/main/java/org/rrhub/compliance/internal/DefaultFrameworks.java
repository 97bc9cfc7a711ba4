package org.rrhub.compliance.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;

import java.util.List;
import java.util.Optional;

/** The frameworks listed in org/rrhub/compliance/frameworks/index.txt, loaded once; a bad file stops the start. */
@ApplicationScoped
class DefaultFrameworks implements Frameworks {

    static final String FOLDER = "org/rrhub/compliance/frameworks";

    private List<Framework> frameworks;

    @PostConstruct
    void load() {
        frameworks = FrameworkFiles.loadIndex(DefaultFrameworks.class.getClassLoader(), FOLDER);
    }

    @Override
    public List<Framework> all() {
        return frameworks;
    }

    @Override
    public Framework current() {
        return frameworks.get(frameworks.size() - 1);
    }

    @Override
    public Optional<Framework> find(String frameworkId) {
        return frameworks.stream().filter(f -> f.id().equals(frameworkId)).findFirst();
    }
}
