package org.rrhub.web.support;

import jakarta.ws.rs.core.EntityPart;
import org.rrhub.core.api.FieldError;
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
 *
 * <p>Text fields follow {@link ControlCharacters}, as form and JSON fields do; reading a form with a refused one
 * throws, naming every such field. File names are taken from the part's Content-Disposition as browsers and clients
 * send them: {@code filename*=UTF-8''r%C3%A9sum%C3%A9.pdf} (RFC 6266, preferred when both are sent) or a plain
 * {@code filename="résumé.pdf"} in UTF-8, which the container reads as ISO-8859-1 bytes ("rÃ©sumÃ©.pdf") and
 * which is read back here as the UTF-8 it was.
 */
public final class MultipartForm {

    private static final int MAX_FIELD_BYTES = 64 * 1024;

    private final Map<String, String> fields = new HashMap<>();
    private final Map<String, List<String>> allValues = new HashMap<>();
    private final Map<String, EntityPart> files = new HashMap<>();
    private final Map<String, String> fileNames = new HashMap<>();

    private MultipartForm() {
    }

    /** @throws InvalidInputException when a text field is too long or holds a control character */
    public static MultipartForm of(List<EntityPart> parts) {
        MultipartForm form = new MultipartForm();
        List<FieldError> refused = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            Optional<String> fileName = fileNameOf(part);
            if (fileName.isPresent()) {
                if (!fileName.get().isBlank()) {
                    form.files.put(part.getName(), part);
                    form.fileNames.put(part.getName(), fileName.get());
                }
                continue;
            }
            String value = read(part);
            if (ControlCharacters.anyIn(value) || ControlCharacters.anyIn(part.getName())) {
                refused.add(new FieldError(ControlCharacters.removedFrom(part.getName()), ControlCharacters.MESSAGE));
            }
            form.fields.putIfAbsent(part.getName(), value);
            form.allValues.computeIfAbsent(part.getName(), k -> new ArrayList<>()).add(value);
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
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
        return Optional.ofNullable(fileNames.get(name));
    }

    public Optional<InputStream> file(String name) {
        return Optional.ofNullable(files.get(name)).map(EntityPart::getContent);
    }

    /** The part's file name, the extended {@code filename*} first; empty for a text field. */
    static Optional<String> fileNameOf(EntityPart part) {
        String disposition = part.getHeaders() == null ? null : part.getHeaders().getFirst("Content-Disposition");
        if (disposition != null) {
            Optional<String> extended = ContentDispositionNames.extendedFileName(disposition);
            if (extended.isPresent()) {
                return extended;
            }
        }
        return part.getFileName().map(ContentDispositionNames::asSentInUtf8);
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
