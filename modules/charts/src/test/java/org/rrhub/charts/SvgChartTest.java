package org.rrhub.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgChartTest {

    private static final List<String> QUARTER = List.of("Jan 2026", "Feb 2026", "Mar 2026");
    private static final String RATE = "Rate per 1,000 occupied bed days";

    private static SvgDom render(Chart chart) {
        return SvgDom.of(SvgChart.render(chart, "incident-rate"));
    }

    private static Chart trend(Series... series) {
        return Chart.line("Restrictive practices", "The rate fell over the quarter.", RATE, QUARTER, series);
    }

    @Test
    void isAnImageNamedByItsTitleAndDescribedByItsSummary() {
        SvgDom svg = render(trend(Series.of("Ward A", 3.0, 2.5, 2.0)));
        Element root = svg.root();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("incident-rate-title incident-rate-desc");
        // the name comes first, where assistive technology and browsers look for it
        Element first = (Element) svg.all("/svg/*").get(0);
        assertThat(first.getTagName()).isEqualTo("title");
        assertThat(first.getAttribute("id")).isEqualTo("incident-rate-title");
        assertThat(first.getTextContent()).isEqualTo("Restrictive practices");
        assertThat(svg.texts("/svg/desc[@id='incident-rate-desc']")).containsExactly("The rate fell over the quarter.");
        for (String id : root.getAttribute("aria-labelledby").split(" ")) {
            assertThat(svg.all("//*[@id='" + id + "']")).as(id).hasSize(1);
        }
    }

    @Test
    void scalesToItsContainerWithReadableSystemText() {
        Element root = render(trend(Series.of("Ward A", 3.0, 2.5, 2.0))).root();
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 720 ");
        assertThat(root.getAttribute("preserveAspectRatio")).isNotBlank();
        assertThat(root.getAttribute("font-family")).isEqualTo("Arial, sans-serif");
        SvgDom svg = render(trend(Series.of("Ward A", 3.0, 2.5, 2.0)));
        for (Element text : svg.all("//text")) {
            String size = text.hasAttribute("font-size") ? text.getAttribute("font-size") : root.getAttribute("font-size");
            assertThat(Double.parseDouble(size)).as(text.getTextContent()).isGreaterThanOrEqualTo(14);
        }
    }

    @Test
    void idsAreMadeSafeAndDistinctPerChart() {
        assertThat(SvgChart.idPrefix("incident rate/ward:1")).isEqualTo("incident-rate-ward-1");
        assertThat(SvgChart.idPrefix("2026")).isEqualTo("chart-2026");
        assertThatThrownBy(() -> SvgChart.idPrefix(" ")).isInstanceOf(IllegalArgumentException.class);

        Chart bars = Chart.bar("By ward", "Ward B had most.", "Count", QUARTER,
                Series.of("Physical", 1.0, 2.0, 3.0), Series.of("Chemical", 1.0, 2.0, 3.0));
        SvgDom svg = SvgDom.of(SvgChart.render(bars, "ward <counts>"));
        List<String> ids = svg.all("//*[@id]").stream().map(element -> element.getAttribute("id")).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("ward--counts--[A-Za-z0-9-]+"));
        // every internal reference points at one of this chart's own ids
        for (Element patterned : svg.all("//*[starts-with(@fill, 'url(')]")) {
            assertThat(ids).contains(patterned.getAttribute("fill").replaceAll("^url\\(#(.*)\\)$", "$1"));
        }
    }

    @Test
    void escapesEveryPieceOfText() {
        Chart chart = Chart.bar("Incidents & \"holds\" <2026>", "Ward <A> had 'most'.", RATE,
                List.of("Ward <A> & \"B\"", "Ward C"), Series.of("O'Brien's count", 2.0, 1.0));
        SvgDom svg = render(chart);
        assertThat(svg.markup).doesNotContain("<A>").contains("Ward &lt;A&gt; &amp; &quot;B&quot;");
        assertThat(svg.texts("//g[@class='rrh-chart__categories']/text")).contains("Ward <A> & \"B\"");
        assertThat(svg.texts("/svg/title")).containsExactly("Incidents & \"holds\" <2026>");
        assertThat(svg.texts("/svg/desc")).containsExactly("Ward <A> had 'most'.");
        assertThat(svg.texts("//rect[@class='rrh-chart__bar']/title"))
                .containsExactly("Ward <A> & \"B\", O'Brien's count: 2", "Ward C, O'Brien's count: 1");
    }

    @Test
    void containsNothingThatRunsOrFetches() {
        Chart chart = Chart.bar("<script>alert(1)</script>", "javascript:alert(1)", "onload=alert(1)",
                List.of("<img src=x onerror=alert(1)>", "Ward C"),
                Series.of("A", 2.0, 1.0), Series.of("B", 2.0, 1.0), Series.of("C", 2.0, 1.0));
        SvgDom svg = render(chart);
        assertThat(svg.all("//script | //foreignObject | //a | //image | //use | //style | //img")).isEmpty();
        for (Element element : svg.all("//*")) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                assertThat(attribute.getName()).doesNotStartWithIgnoringCase("on").isNotIn("style", "href", "xlink:href");
                if (attribute.getValue().contains("url(")) {
                    assertThat(attribute.getValue()).matches("url\\(#[A-Za-z0-9-]+\\)");
                }
            }
        }
    }

    @Test
    void aMissingValueIsAGapInTheLineNotAZero() {
        SvgDom svg = render(Chart.line("Incidents", "Rising.", RATE,
                List.of("Jan", "Feb", "Mar", "Apr", "May"), Series.of("Ward A", 1.0, 2.0, null, 4.0, 5.0)));
        List<Element> paths = svg.all("//path[@class='rrh-chart__line']");
        assertThat(paths).hasSize(1);
        String d = paths.get(0).getAttribute("d");
        assertThat(d.chars().filter(c -> c == 'M').count()).as(d).isEqualTo(2);
        assertThat(d.chars().filter(c -> c == 'L').count()).as(d).isEqualTo(2);
        assertThat(svg.texts("//*[@class='rrh-chart__point']/title"))
                .containsExactly("Jan, Ward A: 1", "Feb, Ward A: 2", "Apr, Ward A: 4", "May, Ward A: 5");
    }

    @Test
    void aValueBetweenTwoGapsIsAMarkerOnItsOwn() {
        SvgDom svg = render(Chart.line("Incidents", "Rising.", RATE,
                List.of("Jan", "Feb", "Mar", "Apr", "May"), Series.of("Ward A", 1.0, null, 3.0, null, 5.0)));
        assertThat(svg.all("//path[@class='rrh-chart__line']")).isEmpty();
        assertThat(svg.all("//*[@class='rrh-chart__point']")).hasSize(3);
    }

    @Test
    void aMissingValueHasNoBarAndAZeroHasAFlatOne() {
        SvgDom svg = render(Chart.bar("Incidents", "Ward C had none.", "Count",
                List.of("Ward A", "Ward B", "Ward C"), Series.of("Holds", 4.0, null, 0.0)));
        List<Element> bars = svg.all("//rect[@class='rrh-chart__bar']");
        assertThat(svg.texts("//rect[@class='rrh-chart__bar']/title")).containsExactly("Ward A, Holds: 4", "Ward C, Holds: 0");
        assertThat(Double.parseDouble(bars.get(0).getAttribute("height"))).isPositive();
        assertThat(Double.parseDouble(bars.get(1).getAttribute("height"))).isZero();
    }

    @Test
    void theBarsStandOnZeroAndReachTheirValueOnTheAxis() {
        SvgDom svg = render(Chart.bar("Incidents", "Ward B had most.", "Count",
                List.of("Ward A", "Ward B"), Series.of("Holds", 4.0, 7.0)));
        // 7 gives an axis of 0 to 8 in steps of 2
        assertThat(svg.texts("//g[@class='rrh-chart__ticks']/text")).containsExactly("0", "2", "4", "6", "8");
        List<Element> gridlines = svg.all("//g[@class='rrh-chart__grid']/line");
        double top = y1(gridlines.get(gridlines.size() - 1));
        double zero = y1(svg.all("//g[@class='rrh-chart__axes']/line").get(0));
        Element wardB = svg.all("//rect[@class='rrh-chart__bar']").get(1);
        double barTop = Double.parseDouble(wardB.getAttribute("y"));
        double barBottom = barTop + Double.parseDouble(wardB.getAttribute("height"));
        assertThat(barBottom).isCloseTo(zero, org.assertj.core.data.Offset.offset(0.02));
        assertThat((zero - barTop) / (zero - top)).isCloseTo(7.0 / 8, org.assertj.core.data.Offset.offset(0.001));
    }

    private static double y1(Element line) {
        return Double.parseDouble(line.getAttribute("y1"));
    }

    @Test
    void tickLabelsAreWrittenTheBritishWay() {
        SvgDom svg = render(Chart.bar("Bed days", "Steady.", "Occupied bed days", List.of("Ward A", "Ward B"),
                Series.of("Bed days", 1000.0, 812.0)));
        assertThat(svg.texts("//g[@class='rrh-chart__ticks']/text"))
                .containsExactly("0", "200", "400", "600", "800", "1,000");
        assertThat(svg.texts("//rect[@class='rrh-chart__bar']/title")).first().isEqualTo("Ward A, Bed days: 1,000");
    }

    @Test
    void hoverValuesAreRoundedToTwoDecimals() {
        SvgDom svg = render(trend(Series.of("Ward A", 3.456, 1234.5, 0.005)));
        assertThat(svg.texts("//*[@class='rrh-chart__point']/title"))
                .containsExactly("Jan 2026, Ward A: 3.46", "Feb 2026, Ward A: 1,234.5", "Mar 2026, Ward A: 0.01");
    }

    @Test
    void twoYearsOfMonthsAreLabelledEveryOtherMonth() {
        List<String> months = IntStream.range(0, 24)
                .mapToObj(i -> YearMonth.of(2024, 1).plusMonths(i).format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK)))
                .toList();
        List<Double> values = IntStream.range(0, 24).mapToObj(i -> (double) i).toList();
        SvgDom svg = render(new Chart("Monthly incidents", "Rising.", "Count", Chart.Kind.LINE, months,
                List.of(new Series("All wards", values))));
        List<Element> labels = svg.all("//g[@class='rrh-chart__categories']/text");
        assertThat(labels).hasSize(12);
        // "Jan 2024" broken as "Jan" over "2024"
        assertThat(labels.get(0).getElementsByTagName("tspan").getLength()).isEqualTo(2);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 24; i += 2) {
            expected.add(months.get(i).replace(" ", ""));
        }
        assertThat(labels.stream().map(Element::getTextContent)).containsExactlyElementsOf(expected);
        // every value is still there to hover over
        assertThat(svg.all("//*[@class='rrh-chart__point']")).hasSize(24);
    }

    @Test
    void aFewCategoriesAreAllLabelledAndLongOnesWrapWithoutOverlapping() {
        List<String> wards = List.of("Willow Ward (acute admissions)", "Oak Ward (psychiatric intensive care)",
                "Birch Ward (rehabilitation)", "Elm Ward");
        SvgDom svg = render(Chart.bar("By ward", "Oak Ward had most.", "Count", wards,
                Series.of("Holds", 4.0, 9.0, 2.0, 1.0)));
        List<Element> labels = svg.all("//g[@class='rrh-chart__categories']/text");
        assertThat(labels).hasSize(4);
        assertThat(labels.stream().map(label -> label.getTextContent().replace(" ", "")))
                .containsExactlyElementsOf(wards.stream().map(ward -> ward.replace(" ", "")).toList());
        assertThat(labels.get(1).getElementsByTagName("tspan").getLength()).isEqualTo(3);
        assertNoOverlap(labels);
    }

    @Test
    void wideLabelsThinOutOnALineButAreShortenedUnderBars() {
        List<String> months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> YearMonth.of(2026, m).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)))
                .toList();
        List<Double> values = IntStream.range(0, 12).mapToObj(i -> (double) i).toList();
        List<Series> series = List.of(new Series("All wards", values));

        List<Element> lineLabels = render(new Chart("Monthly", "Rising.", "Count", Chart.Kind.LINE, months, series))
                .all("//g[@class='rrh-chart__categories']/text");
        assertThat(lineLabels).hasSizeBetween(2, 11);
        assertThat(lineLabels.get(0).getTextContent()).isEqualTo("January2026");
        assertNoOverlap(lineLabels);

        List<String> wards = IntStream.rangeClosed(1, 12).mapToObj(i -> "Northumberland" + i).toList();
        List<Element> barLabels = render(new Chart("By ward", "Mixed.", "Count", Chart.Kind.BAR, wards, series))
                .all("//g[@class='rrh-chart__categories']/text");
        assertThat(barLabels).hasSize(12)
                .allSatisfy(label -> assertThat(label.getTextContent()).startsWith("No").endsWith("\u2026"));
        assertNoOverlap(barLabels);
    }

    private static void assertNoOverlap(List<Element> labels) {
        double previousRight = Double.NEGATIVE_INFINITY;
        for (Element label : labels) {
            double x = Double.parseDouble(label.getAttribute("x"));
            double widest = 0;
            for (Element line : lines(label)) {
                widest = Math.max(widest, TextMeasure.BROWSER.width(line.getTextContent(), 16, false));
            }
            assertThat(x - widest / 2).as(label.getTextContent()).isGreaterThanOrEqualTo(Math.max(previousRight, 0));
            previousRight = x + widest / 2;
        }
        assertThat(previousRight).isLessThanOrEqualTo(SvgChart.WIDTH);
    }

    private static List<Element> lines(Element text) {
        List<Element> lines = new ArrayList<>();
        for (int i = 0; i < text.getElementsByTagName("tspan").getLength(); i++) {
            lines.add((Element) text.getElementsByTagName("tspan").item(i));
        }
        return lines.isEmpty() ? List.of(text) : lines;
    }

    @Test
    void paletteColoursStandOutFromTheWhiteBackground() {
        assertThat(SeriesStyle.PALETTE).hasSize(Chart.MAX_SERIES).doesNotHaveDuplicates();
        for (int colour : SeriesStyle.PALETTE) {
            assertThat(Contrast.ratio(colour, 0xffffff)).as("#%06x", colour).isGreaterThanOrEqualTo(3.0);
        }
        // the check itself: GOV.UK orange is known to fail, black is 21:1
        assertThat(Contrast.ratio(0xf47738, 0xffffff)).isLessThan(3.0);
        assertThat(Contrast.ratio(0x000000, 0xffffff)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void everyDrawnSeriesColourIsFromThePalette() {
        Series[] six = new Series[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = Series.of("Ward " + i, 1.0 + i, 2.0, 3.0);
        }
        for (Chart chart : List.of(trend(six), Chart.bar("By ward", "Mixed.", "Count", QUARTER, six))) {
            SvgDom svg = render(chart);
            Set<String> used = new HashSet<>();
            for (Element shape : svg.all("//g[@class='rrh-chart__series']//*[@stroke or @fill] | //pattern/rect")) {
                for (String paint : List.of(shape.getAttribute("fill"), shape.getAttribute("stroke"))) {
                    if (paint.startsWith("#") && !paint.equals("#ffffff")) {
                        used.add(paint);
                    }
                }
            }
            assertThat(used).hasSize(6).allSatisfy(paint ->
                    assertThat(SeriesStyle.PALETTE).contains(Integer.parseInt(paint.substring(1), 16)));
        }
    }

    @Test
    void lineSeriesDifferInMarkerAndDashNotJustColour() {
        SvgDom svg = render(trend(Series.of("A", 1.0, 2.0, 3.0), Series.of("B", 1.0, 2.0, 3.0),
                Series.of("C", 1.0, 2.0, 3.0), Series.of("D", 1.0, 2.0, 3.0)));
        List<Element> groups = svg.all("//g[@class='rrh-chart__series']");
        assertThat(groups).hasSize(4);
        Set<String> looks = new HashSet<>();
        Set<String> markers = new HashSet<>();
        for (Element group : groups) {
            Element marker = (Element) svg.all("//g[@class='rrh-chart__series'][" + (groups.indexOf(group) + 1)
                    + "]/*[@class='rrh-chart__point']").get(0);
            String shape = marker.getTagName() + marker.getAttribute("points").split(" ").length;
            markers.add(shape);
            Element line = svg.all("//g[@class='rrh-chart__series'][" + (groups.indexOf(group) + 1)
                    + "]/path").get(0);
            looks.add(shape + "|" + line.getAttribute("stroke-dasharray"));
        }
        assertThat(markers).as("circle, square, triangle, diamond").hasSize(4);
        assertThat(looks).hasSize(4);
        assertThat(svg.all("//g[@class='rrh-chart__legend']/text")).hasSize(4);
        assertThat(svg.all("//g[@class='rrh-chart__legend']/line[@stroke-dasharray]")).hasSize(2);
    }

    @Test
    void barSeriesDifferInFillPatternAndAreNamedInALegend() {
        SvgDom svg = render(Chart.bar("By type", "Physical holds were most.", "Count", QUARTER,
                Series.of("Physical", 4.0, 5.0, 6.0), Series.of("Chemical", 1.0, 2.0, 3.0),
                Series.of("Seclusion", 1.0, 1.0, 1.0)));
        List<String> fills = svg.all("//g[@class='rrh-chart__series']/rect[1]").stream()
                .map(rect -> rect.getAttribute("fill")).toList();
        assertThat(fills).containsExactly("#1d70b8", "url(#incident-rate-fill-1)", "url(#incident-rate-fill-2)");
        List<Element> patterns = svg.all("//defs/pattern");
        assertThat(patterns).hasSize(2);
        assertThat(patterns.get(0).getElementsByTagName("path").getLength()).as("diagonal stripes").isEqualTo(1);
        assertThat(patterns.get(1).getElementsByTagName("circle").getLength()).as("dots").isEqualTo(1);
        assertThat(svg.texts("//g[@class='rrh-chart__legend']/text")).containsExactly("Physical", "Chemical", "Seclusion");
        assertThat(svg.all("//g[@class='rrh-chart__legend']/rect")).extracting(rect -> rect.getAttribute("fill"))
                .containsExactlyElementsOf(fills);
    }

    @Test
    void oneSeriesNeedsNoLegend() {
        SvgDom svg = render(trend(Series.of("Ward A", 3.0, 2.5, 2.0)));
        assertThat(svg.all("//g[@class='rrh-chart__legend']")).isEmpty();
        assertThat(svg.all("//defs")).isEmpty();
        assertThat(svg.texts("//text[@class='rrh-chart__axis-title']")).containsExactly(RATE);
        assertThat(svg.texts("//text[@class='rrh-chart__title']")).containsExactly("Restrictive practices");
    }

    @Test
    void theSameChartIsTheSameStringWhateverTheServersLocale() {
        Chart chart = Chart.bar("By type", "Mixed.", RATE, QUARTER,
                Series.of("Physical", 4.25, 1234.5, 6.0), Series.of("Chemical", 1.0, null, 3.0));
        String first = SvgChart.render(chart, "a");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(SvgChart.render(chart, "a")).isEqualTo(first);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(first).doesNotContainPattern("[xy]=\"[0-9]+,[0-9]");
    }

    @Test
    void noValuesAtAllSaysSoInsteadOfAnEmptyAxis() {
        for (Chart empty : List.of(trend(Series.of("Ward A", null, null, null)),
                Chart.bar("Incidents", "No incidents were recorded.", "Count", List.of()))) {
            SvgDom svg = render(empty);
            assertThat(svg.texts("//text[@class='rrh-chart__empty']")).containsExactly("No data for this period");
            assertThat(svg.all("//rect | //path | //circle | //g[@class='rrh-chart__ticks']")).isEmpty();
            assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        }
    }
}
