package org.rrhub.search.api;

/** The filters offered beside results, with their counts: facets rather than query syntax. */
public enum Facet {
    TENANT("tenant", "Organisation"),
    KIND("kind", "Kind of item"),
    SECTOR("sector", "Sector"),
    DOCUMENT_KIND("documentKind", "Document kind"),
    DOMAIN("domain", "Strategy domain"),
    SECTION("section", "Standard section"),
    STATUS("status", "Status");

    private final String field;
    private final String label;

    Facet(String field, String label) {
        this.field = field;
        this.label = label;
    }

    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<Facet> ofField(String field) {
        return java.util.Arrays.stream(values()).filter(f -> f.field.equals(field)).findFirst();
    }
}
