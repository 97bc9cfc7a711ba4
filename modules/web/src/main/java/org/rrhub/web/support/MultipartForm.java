package org.rrhub.web.support;

import jakarta.ws.rs.core.EntityPart;
import org.rrhub.core.api.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A multipart/form-data body (JAX-RS 3.1 entity parts) read once: its text fields (first value and all values),
 * and its file part, if a file was chosen.
 */
public final class MultipartForm {

    private static final int MAX_FIELD_BYTES = 64 * 1024;

    private final Map<String, String> fields = new HashMap<>();
    private final Map<String, List<String>> allValues = new HashMap<>();
    private final Map<String, EntityPart> files = new HashMap<>();

    private MultipartForm() {
    }

    public static MultipartForm of(List<EntityPart> parts) {
        MultipartForm form = new MultipartForm();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (part.getFileName().isPresent()) {
                if (!part.getFileName().get().isBlank()) {
                    form.files.put(part.getName(), part);
                }
                continue;
            }
            String value = read(part);
            form.fields.putIfAbsent(part.getName(), value);
            form.allValues.computeIfAbsent(part.getName(), k -> new ArrayList<>()).add(value);
        }
        return form;
    }

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    public List<String> values(String name) {
        return allValues.getOrDefault(name, List.of());
    }

    /** The text fields, for showing a refused form again as it was typed. */
    public Map<String, String> fields() {
        return fields;
    }

    public Optional<String> fileName(String name) {
        return Optional.ofNullable(files.get(name)).flatMap(EntityPart::getFileName);
    }

    public Optional<InputStream> file(String name) {
        return Optional.ofNullable(files.get(name)).map(EntityPart::getContent);
    }

    private static String read(EntityPart part) {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (bytes.length > MAX_FIELD_BYTES) {
                throw InvalidInputException.of(part.getName(), "This field is too long");
            }
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
