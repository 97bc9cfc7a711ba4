package org.rrhub.compliance.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.InvalidFrameworkException;
import org.rrhub.compliance.api.Section;
import org.rrhub.compliance.api.Statement;
import org.rrhub.compliance.api.Subsection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads framework files and checks them: the standard is data, so a later edition is a new file listed in the
 * index beside the old one, never a code change. A file with any problem is refused as a whole, naming them all.
 */
final class FrameworkFiles {

    private FrameworkFiles() {
    }

    /** Every framework the index lists (one file name a line, under the index's folder), in the index's order. */
    static List<Framework> loadIndex(ClassLoader loader, String folder) {
        List<Framework> frameworks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (InputStream index = loader.getResourceAsStream(folder + "/index.txt")) {
            if (index == null) {
                throw new InvalidFrameworkException(folder + "/index.txt", List.of("the index is missing"));
            }
            for (String name : new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                try (InputStream file = loader.getResourceAsStream(folder + "/" + name)) {
                    if (file == null) {
                        throw new InvalidFrameworkException(name, List.of("the file is missing"));
                    }
                    Framework framework = read(file, name);
                    if (!ids.add(framework.id())) {
                        throw new InvalidFrameworkException(name, List.of("another file has the id " + framework.id()));
                    }
                    frameworks.add(framework);
                }
            }
        } catch (IOException e) {
            throw new InvalidFrameworkException(folder, List.of("cannot be read: " + e.getMessage()));
        }
        if (frameworks.isEmpty()) {
            throw new InvalidFrameworkException(folder + "/index.txt", List.of("it lists no framework"));
        }
        return List.copyOf(frameworks);
    }

    static Framework read(InputStream json, String source) {
        Framework framework;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            framework = jsonb.fromJson(json, Framework.class);
        } catch (JsonbException e) {
            throw new InvalidFrameworkException(source, List.of("it is not JSON of a framework: " + e.getMessage()));
        } catch (Exception e) {
            throw new InvalidFrameworkException(source, List.of("cannot be read: " + e.getMessage()));
        }
        List<String> problems = problems(framework);
        if (!problems.isEmpty()) {
            throw new InvalidFrameworkException(source, problems);
        }
        return framework;
    }

    /** Everything wrong with a framework, in the order found; empty when it can be used. */
    static List<String> problems(Framework framework) {
        List<String> problems = new ArrayList<>();
        if (blank(framework.id())) {
            problems.add("the framework has no id");
        }
        if (blank(framework.title())) {
            problems.add("the framework has no title");
        }
        if (framework.sections().isEmpty()) {
            problems.add("the framework has no sections");
        }
        Set<String> statementIds = new HashSet<>();
        for (Section section : framework.sections()) {
            if (blank(section.number()) || blank(section.title())) {
                problems.add("a section has no number or no title");
                continue;
            }
            for (Subsection sub : section.subsections()) {
                if (blank(sub.id()) || !sub.id().startsWith(section.number() + ".")) {
                    problems.add("subsection " + sub.id() + " is not numbered within section " + section.number());
                    continue;
                }
                if (sub.statements().isEmpty()) {
                    problems.add("subsection " + sub.id() + " has no statements");
                }
                for (Statement statement : sub.statements()) {
                    String id = statement.id();
                    if (blank(id) || !(id.equals(sub.id()) || id.startsWith(sub.id() + "."))) {
                        problems.add("statement " + id + " is not numbered within subsection " + sub.id());
                    } else if (!statementIds.add(id)) {
                        problems.add("statement " + id + " appears twice");
                    }
                    if (blank(statement.text())) {
                        problems.add("statement " + id + " has no text");
                    }
                    if (statement.domains().isEmpty()) {
                        problems.add("statement " + id + " is mapped to no strategy domain");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
