package org.rrhub.web.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rrhub.core.api.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageCursorTest {

    @Test
    void aCursorGivesBackThePositionItWasMadeFrom() {
        String cursor = PageCursor.after(12345);
        assertThat(cursor).doesNotContain("12345").matches("[A-Za-z0-9_-]+");
        assertThat(PageCursor.before(cursor)).isEqualTo(12345);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "!!!", "YmVmb3JlOg", "YmVmb3JlOi0x", "YmVmb3JlOjA", "YmVmb3JlOmFiYw",
            "YWZ0ZXI6NQ"})
    void aCursorThisServiceDidNotMakeIsRefusedByName(String cursor) {
        assertThatThrownBy(() -> PageCursor.before(cursor)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("cursor"));
    }

    @Test
    void theLimitDefaultsAndMustBeAWholeNumberInRange() {
        assertThat(PageCursor.limit(null, 50, 500)).isEqualTo(50);
        assertThat(PageCursor.limit("1", 50, 500)).isEqualTo(1);
        assertThat(PageCursor.limit("500", 50, 500)).isEqualTo(500);
        for (String bad : new String[] {"0", "501", "-1", "ten", "1.5", "99999999999", " "}) {
            assertThatThrownBy(() -> PageCursor.limit(bad, 50, 500)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.errors().get(0).field()).isEqualTo("limit");
                        assertThat(e.errors().get(0).message()).contains("1 to 500");
                    });
        }
    }
}
