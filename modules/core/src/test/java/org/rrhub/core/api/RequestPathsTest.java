package org.rrhub.core.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/documents", "/api", "/api/", "/API/v1/documents", "/Api/v1/me",
            "//api/v1/plans", "/api;x=1/v1/documents", "/api;/v1/plans"})
    void theApiIsRecognisedHoweverItsFirstSegmentIsSpelled(String path) {
        assertThat(RequestPaths.isApi(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dashboard", "/apis/v1", "/assets/api/x.js", "/documents/api", "/ap", "/api-docs"})
    void pagesAndAssetsAreNotTheApi(String path) {
        assertThat(RequestPaths.isApi(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api;x=1/v1/documents", "/api;/v1/plans", "/api/v1;x/people", "/api/v1/search;q",
            "/api%3Bx/v1/documents", "/api%3bx/v1/documents", "/api/v1%3B/plans", "/dashboard;jsessionid=abc",
            "//api/v1/documents", "/api//v1/documents", "/./api/v1/documents", "/api/../api/v1/documents",
            "/api/v1/documents/..", "/api/%2e%2e/api/v1/me", "/api%2Fv1/documents", "/assets%5c..%5cweb.xml",
            "/api/v1/documents/%00", "/search%00", "/api/v1/%0d%0aX-Injected:1", "/api/v1/%7f",
            "/api/v1/documents/%C0%AE%C0%AE", "/api/v1/%E0%80%AF", "/api/v1/%FF", "/api/v1/%C3",
            "/api/v1/%zz", "/api/v1/%4", "/api/v1/\\x", "api/v1/documents", ""})
    void oddSpellingsAreRefusedWithAReason(String raw) {
        assertThat(RequestPaths.oddSpelling(raw)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/documents", "/api/v1/documents/", "/dashboard",
            "/assets/govuk/govuk-frontend.min.js", "/documents/9f1c/versions/2/file", "/search",
            "/api/v1/people/northfield.admin", "/pledges/caf%C3%A9", "/api/v1/search/a%20b", "/file.v2.txt"})
    void plainPathsPass(String raw) {
        assertThat(RequestPaths.oddSpelling(raw)).isEmpty();
    }

    @Test
    void theRoutedPathJoinsServletPathAndPathInfo() {
        assertThat(RequestPaths.routed("", "/api/v1/me")).isEqualTo("/api/v1/me");
        assertThat(RequestPaths.routed("/assets", "/app.css")).isEqualTo("/assets/app.css");
        assertThat(RequestPaths.routed("", null)).isEqualTo("/");
    }

    @Test
    void aQueryParameterWithAControlCharacterOrBrokenUtf8IsNamed() {
        assertThat(RequestPaths.oddQuery("q=restraint&page=%00")).contains(
                new FieldError("page", "Control characters (such as %00) are not accepted; send text only."));
        assertThat(RequestPaths.oddQuery("q=%C0%AE%C0%AE").map(FieldError::field)).contains("q");
        assertThat(RequestPaths.oddQuery("q=caf%E9").map(FieldError::field)).contains("q");
        assertThat(RequestPaths.oddQuery("q=%zz").map(FieldError::field)).contains("q");
        assertThat(RequestPaths.oddQuery("%00=1").map(FieldError::field)).contains("query");
        assertThat(RequestPaths.oddQuery("limit=1%1B")).isPresent();
    }

    @Test
    void plainQueriesPassWithTabsLineBreaksAndAnyLanguage() {
        assertThat(RequestPaths.oddQuery(null)).isEmpty();
        assertThat(RequestPaths.oddQuery("q=%22prone+restraint%22+-seclusion&sector=NHS_TRUST&page=2")).isEmpty();
        assertThat(RequestPaths.oddQuery("q=line%0Aone%09two%0D%0A&x=caf%C3%A9&flag")).isEmpty();
        assertThat(RequestPaths.oddQuery("q=%E2%80%9Cquoted%E2%80%9D&empty=")).isEmpty();
    }
}
