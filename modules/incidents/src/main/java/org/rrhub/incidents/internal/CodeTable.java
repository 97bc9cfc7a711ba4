package org.rrhub.incidents.internal;

import org.rrhub.incidents.api.Coded;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Looks a code up in an enum's values. Built once per enum so reading a large file costs a map look-up per cell,
 * not a scan of the values.
 */
public final class CodeTable<E extends Enum<E> & Coded> {

    private final Map<String, E> byCode;
    private final String codeList;

    private CodeTable(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(value.code(), value);
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.codeList = Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", "));
    }

    public static <E extends Enum<E> & Coded> CodeTable<E> of(E[] values) {
        return new CodeTable<>(values);
    }

    /** Codes are compared after trimming and ignoring case, because spreadsheets capitalise words on their own. */
    public Optional<E> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        E exact = byCode.get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(byCode.get(code.trim().toLowerCase(Locale.ROOT)));
    }

    /** The codes in declaration order, for messages such as "use one of ...". */
    public String codeList() {
        return codeList;
    }
}
