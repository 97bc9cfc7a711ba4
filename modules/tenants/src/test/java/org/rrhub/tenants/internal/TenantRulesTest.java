package org.rrhub.tenants.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rrhub.core.api.FieldError;
import org.rrhub.tenants.api.NewTenant;
import org.rrhub.tenants.api.Sector;

import static org.assertj.core.api.Assertions.assertThat;

class TenantRulesTest {

    private static NewTenant valid() {
        return new NewTenant("Northfield Mental Health NHS Trust", Sector.NHS_TRUST, "lead@northfield.example",
                "Priya", "Raman");
    }

    @Test
    void aCompleteRequestHasNoErrors() {
        assertThat(TenantRules.check(valid())).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamed() {
        var errors = TenantRules.check(new NewTenant(" ", null, "", null, "  "));
        assertThat(errors).extracting(FieldError::field)
                .containsExactly("name", "sector", "adminEmail", "adminFirstName", "adminLastName");
    }

    @Test
    void overlongNameAndMalformedEmailAreRefusedWithReasons() {
        var errors = TenantRules.check(new NewTenant("x".repeat(121), Sector.ACADEMY_TRUST, "not-an-email",
                "A", "B"));
        assertThat(errors).containsExactly(
                new FieldError("name", "The organisation's name must be 120 characters or fewer"),
                new FieldError("adminEmail", "Enter an email address in the correct format, like name@example.org"));
    }

    @Test
    void aNameWithoutLettersOrDigitsCannotMakeAnAlias() {
        assertThat(TenantRules.check(new NewTenant("!!!", Sector.NHS_TRUST, "a@b.org", "A", "B")))
                .extracting(FieldError::field).containsExactly("name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Northfield Mental Health NHS Trust|northfield-mental-health-nhs-trust",
            "St Anne's Children's Home|st-annes-childrens-home",
            "  Ysgol Gymraeg Bro Dinefwr  |ysgol-gymraeg-bro-dinefwr",
            "Café Crème Care Ltd.|cafe-creme-care-ltd",
            "<script>alert(1)</script> Trust|script-alert-1-script-trust"})
    void aliasesAreStableAndUrlSafe(String name, String alias) {
        assertThat(TenantRules.aliasFor(name)).isEqualTo(alias);
    }

    @Test
    void aliasesAreCappedAtFiftyCharacters() {
        String alias = TenantRules.aliasFor("The Very Long Named Independent Hospital Group of the North West Region");
        assertThat(alias).hasSizeLessThanOrEqualTo(50).doesNotEndWith("-");
    }

    @Test
    void namesAreComparedWithoutCaseOrExtraSpaces() {
        assertThat(Tenant.nameKey("  Northfield   Trust ")).isEqualTo(Tenant.nameKey("northfield trust"));
    }
}
