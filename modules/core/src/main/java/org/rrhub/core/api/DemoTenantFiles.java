package org.rrhub.core.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The demo tenant files (tenants/*.json): each module reads the part it owns, as its own record type. A file that
 * cannot be read or provisioned is logged and skipped, so one bad file never stops the others or the start.
 */
public final class DemoTenantFiles {

    private static final Logger LOG = Logger.getLogger(DemoTenantFiles.class.getName());

    private DemoTenantFiles() {
    }

    /** Hands each file of the folder, in name order, read as {@code type}, to {@code provision}. */
    public static <T> void forEach(Path folder, Class<T> type, Consumer<T> provision) {
        if (!Files.isDirectory(folder)) {
            LOG.warning(() -> "Demo tenants folder " + folder.toAbsolutePath() + " does not exist");
            return;
        }
        try (Stream<Path> files = Files.list(folder); Jsonb jsonb = JsonbBuilder.create()) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    provision.accept(jsonb.fromJson(reader, type));
                } catch (Exception e) {
                    LOG.log(Level.SEVERE, "Could not provision " + type.getSimpleName() + " from " + file.getFileName(),
                            e);
                }
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not read the demo tenants folder " + folder, e);
        }
    }
}
