package org.rrhub.core.api;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles a caller can hold; the names are those carried in the token's "groups" claim. */
public enum Role {
    PROVIDER_ADMIN(Names.PROVIDER_ADMIN, true),
    PROVIDER_EDITOR(Names.PROVIDER_EDITOR, true),
    PROVIDER_VIEWER(Names.PROVIDER_VIEWER, true),
    RRN_REVIEWER(Names.RRN_REVIEWER, false),
    CQC_INSPECTOR(Names.CQC_INSPECTOR, false),
    PLATFORM_ADMIN(Names.PLATFORM_ADMIN, false);

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String PROVIDER_ADMIN = "provider-admin";
        public static final String PROVIDER_EDITOR = "provider-editor";
        public static final String PROVIDER_VIEWER = "provider-viewer";
        public static final String RRN_REVIEWER = "rrn-reviewer";
        public static final String CQC_INSPECTOR = "cqc-inspector";
        public static final String PLATFORM_ADMIN = "platform-admin";

        private Names() {
        }
    }

    private final String claimName;
    private final boolean providerStaff;

    Role(String claimName, boolean providerStaff) {
        this.claimName = claimName;
        this.providerStaff = providerStaff;
    }

    public String claimName() {
        return claimName;
    }

    /** Provider staff act inside exactly one tenant; the other roles work across tenants. */
    public boolean isProviderStaff() {
        return providerStaff;
    }

    public static Optional<Role> fromClaim(String name) {
        return Arrays.stream(values()).filter(r -> r.claimName.equals(name)).findFirst();
    }
}
