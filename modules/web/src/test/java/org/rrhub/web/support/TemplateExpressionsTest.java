package org.rrhub.web.support;

import ognl.Ognl;
import ognl.OgnlException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every variable expression of every template, in every branch, is one OGNL can parse. Thymeleaf runs here without
 * Spring, so {@code ${...}} is OGNL, not SpringEL: the Elvis operator, safe navigation, SpEL's selection and
 * projection and {@code T(...)} type references inside {@code ${...}} fail only when their branch is rendered
 * ("Malformed OGNL expression" and a 500), which a test with one model per page rarely reaches. The Thymeleaf
 * operators ({@code ?:}, {@code ? :}) belong outside the braces.
 */
class TemplateExpressionsTest {

    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(?:data-)?th:[a-z-]+=\"([^\"]*)\"", Pattern.DOTALL);
    /** Constructs SpringEL has and OGNL has not (or parses as something else): checked even where OGNL parses. */
    private static final Pattern SPRING_ONLY = Pattern.compile("\\?:|\\?\\.|\\.[?!^$]\\[|\\bT\\(|(?<![\\w'])@[a-zA-Z]");

    @Test
    void everyVariableExpressionOfEveryTemplateIsOgnl() throws IOException, URISyntaxException {
        List<String> problems = new ArrayList<>();
        int expressions = 0;
        for (Path template : templates()) {
            String html = Files.readString(template, StandardCharsets.UTF_8);
            Matcher attribute = ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                String where = template.getFileName() + ":" + lineOf(html, attribute.start());
                for (String expression : variableExpressions(attribute.group(1))) {
                    expressions++;
                    String inner = unescape(expression);
                    Matcher spring = SPRING_ONLY.matcher(withoutStringLiterals(inner));
                    if (spring.find()) {
                        problems.add(where + ": SpringEL-only '" + spring.group() + "' in ${" + inner + "}");
                        continue;
                    }
                    try {
                        Ognl.parseExpression(inner);
                    } catch (OgnlException | RuntimeException e) {
                        problems.add(where + ": ${" + inner + "}: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(expressions).as("expressions found in the templates").isGreaterThan(500);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsTheExpressionsOgnlCannotRead() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ognl.parseExpression("a.b(' + c"))
                .isInstanceOf(OgnlException.class);
        assertThat(variableExpressions("${a.b() ?: ''} + ${ {'x','y'} } and *{c}"))
                .containsExactly("a.b() ?: ''", " {'x','y'} ", "c");
        assertThat(SPRING_ONLY.matcher(withoutStringLiterals("a.b() ?: ''")).find()).isTrue();
        assertThat(SPRING_ONLY.matcher(withoutStringLiterals("a?.b")).find()).isTrue();
        assertThat(SPRING_ONLY.matcher(withoutStringLiterals("list.?[x > 1]")).find()).isTrue();
        assertThat(SPRING_ONLY.matcher(withoutStringLiterals("a ? 'b ?: c' : 'd@e'")).find())
                .as("inside quotes it is text").isFalse();
        assertThat(SPRING_ONLY.matcher(withoutStringLiterals("#temporals.format(d, 'd MMMM')")).find()).isFalse();
    }

    private static List<Path> templates() throws IOException, URISyntaxException {
        Path folder = Path.of(TemplateExpressionsTest.class.getClassLoader().getResource("templates/layout.html")
                .toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            assertThat(all).hasSizeGreaterThan(40);
            return all;
        }
    }

    /** The contents of each {@code ${...}} and {@code *{...}}, braces balanced, quotes respected. */
    static List<String> variableExpressions(String value) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if ((c == '$' || c == '*') && value.charAt(i + 1) == '{') {
                int depth = 0;
                boolean quoted = false;
                for (int j = i + 1; j < value.length(); j++) {
                    char d = value.charAt(j);
                    if (d == '\'') {
                        quoted = !quoted;
                    } else if (!quoted && d == '{') {
                        depth++;
                    } else if (!quoted && d == '}' && --depth == 0) {
                        found.add(value.substring(i + 2, j));
                        i = j;
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static String withoutStringLiterals(String expression) {
        return expression.replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''");
    }

    private static String unescape(String attributeText) {
        return attributeText.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
