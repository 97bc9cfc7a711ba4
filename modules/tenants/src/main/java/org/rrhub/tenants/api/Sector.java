package org.rrhub.tenants.api;

/** The kind of provider organisation, as the pledge form asks for it; also the benchmarking peer group. */
public enum Sector {
    NHS_TRUST("NHS trust"),
    INDEPENDENT_PROVIDER("Independent provider"),
    ACADEMY_TRUST("Academy trust"),
    CHILDRENS_HOME("Children's home"),
    SOCIAL_CARE_PROVIDER("Social care provider");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
