package org.rrhub.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One demo login per role, read from the realm file and the demo tenants, for the run command's banner. */
final class DemoLogins {

    private static final Pattern PERSON = Pattern.compile(
            "\"username\"\\s*:\\s*\"([^\"]+)\"[^{}]*?\"roles\"\\s*:\\s*\\[\\s*\"([^\"]+)\"[^{}]*?\"password\"\\s*:\\s*\"([^\"]+)\"",
            Pattern.DOTALL);

    private DemoLogins() {
    }

    static String describe(Path repo) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Demo sign-ins (username / password, role, organisation):");
        try (Stream<Path> files = Files.list(repo.resolve("tenants"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String json = Files.readString(file);
                String organisation = file.getFileName().toString().replace(".json", "");
                Matcher m = PERSON.matcher(json);
                while (m.find()) {
                    lines.add(String.format("  %-28s %-20s %-16s %s", m.group(1), m.group(3), m.group(2), organisation));
                }
            }
        }
        lines.add(String.format("  %-28s %-20s %-16s", "platform.admin", "demo-platform-1", "platform-admin"));
        lines.add(String.format("  %-28s %-20s %-16s", "rrn.reviewer", "demo-reviewer-1", "rrn-reviewer"));
        lines.add(String.format("  %-28s %-20s %-16s", "cqc.inspector", "demo-inspector-1", "cqc-inspector"));
        return String.join(System.lineSeparator(), lines);
    }
}
