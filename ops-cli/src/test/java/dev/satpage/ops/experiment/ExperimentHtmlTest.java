package dev.satpage.ops.experiment;

import static dev.satpage.ops.experiment.Comparisons.aComparison;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.experiment.ArmResult;
import dev.satpage.model.experiment.ExperimentComparison;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExperimentHtmlTest {
  private static final ThumbnailLinks LINKS =
      key -> key.endsWith("c2-candidate.jpg") ? Optional.empty() : Optional.of("/thumbs/" + key);

  private static ExperimentReport report() {
    ExperimentComparison hostile =
        new ExperimentComparison(
            1,
            Comparisons.EXPERIMENT,
            "c9",
            "job-9",
            "book-9",
            "satellite-1",
            Comparisons.T0,
            new ArmResult("bing<static>&\"q90\"", ArmResult.OK, 10, 5, 1, Map.of("total", 10L)),
            new ArmResult("azure-tiles", "imagery-rejected", 0, 0, 1, Map.of()),
            null,
            null,
            null);
    return new ExperimentAggregator(8)
        .aggregate(
            Comparisons.EXPERIMENT,
            new ComparisonReader.Read(
                List.of(
                    aComparison("c1").similarity(0.99, 41.5).build(),
                    aComparison("c2")
                        .similarity(0.61, 14.25)
                        .candidateMillis("encode", 1234)
                        .build(),
                    aComparison("c3").similarity(1.0, null).build(),
                    hostile),
                List.of("experiments/x/comparisons/bad.json: <broken> & odd")));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static NodeList nodes(Document d, String xpath) throws Exception {
    return (NodeList)
        XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET);
  }

  @Test
  void page_isWellFormed_selfContained_andAccessible() throws Exception {
    String html = ExperimentHtml.page(report(), LINKS);

    Document d = parse(html); // throws when not well-formed
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<script")
        .doesNotContain("<link");
    assertThat(html.replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http:")
        .doesNotContain("https:");
    assertThat(d.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    NodeList images = nodes(d, "//img");
    assertThat(images.getLength())
        .as("c1, c2 control, c3: both thumbnails but c2's candidate")
        .isEqualTo(5);
    for (int i = 0; i < images.getLength(); i++) {
      Element img = (Element) images.item(i);
      assertThat(img.getAttribute("alt")).contains("page of book");
      assertThat(img.getAttribute("src"))
          .startsWith("/thumbs/experiments/bing-to-azure/thumbnails/");
    }
    assertThat(nodes(d, "//table[not(caption)]").getLength()).isZero();
    assertThat(nodes(d, "//table/thead/tr/th[@scope='col']").getLength()).isGreaterThan(10);
    assertThat(nodes(d, "//table/tbody/tr[not(th[@scope='row'])]").getLength()).isZero();
    NodeList svgs = nodes(d, "//*[local-name()='svg']");
    assertThat(svgs.getLength()).isEqualTo(2);
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      for (String id : svg.getAttribute("aria-labelledby").split(" ")) {
        assertThat(nodes(d, "//*[@id='" + id + "']").getLength()).as(id).isEqualTo(1);
      }
    }
  }

  @Test
  void page_holdsTheFigures() throws Exception {
    String html = ExperimentHtml.page(report(), LINKS);
    String text = parse(html).getDocumentElement().getTextContent();

    assertThat(text)
        .contains("Experiment bing-to-azure")
        .contains("4 comparisons from 2026-12-03T09:00:00Z")
        .contains("SSIM ≥ 0.95" + "2" + "50.0 %")
        .contains("SSIM < 0.80" + "1" + "25.0 %")
        .contains("not compared (an arm failed)" + "1" + "25.0 %")
        .contains("PSNR min 14.3 dB, median 14.3 dB, max 41.5 dB; 1 identical")
        .contains("candidate" + "4" + "1" + "25.0 %" + "imagery-rejected 1")
        .contains("encode · candidate" + "1" + "1234")
        .contains("SSIM 0.6100, PSNR 14.3 dB: book book-c2, satellite-1 (comparison c2)")
        .contains("SSIM 1.0000, PSNR ∞")
        .contains("no thumbnail: candidate")
        .contains("1 records could not be read")
        .contains("bad.json: <broken> & odd");
    assertThat(html).contains("bing&lt;static&gt;&amp;&quot;q90&quot;");
  }

  @Test
  void worstPairs_comeLowestSsimFirst() throws Exception {
    Document d = parse(ExperimentHtml.page(report(), LINKS));

    NodeList pairs = nodes(d, "//figure[@class='pair']");
    assertThat(pairs.getLength()).isEqualTo(3);
    assertThat(((Element) pairs.item(0)).getAttribute("id")).isEqualTo("c-c2");
    assertThat(((Element) pairs.item(2)).getAttribute("id")).isEqualTo("c-c3");
  }

  @Test
  void fragment_isOneSectionElement_forAnotherAppsPage() throws Exception {
    String fragment = ExperimentHtml.fragment(report(), LINKS);

    Document d = parse(fragment);
    assertThat(d.getDocumentElement().getTagName()).isEqualTo("section");
    assertThat(ExperimentHtml.page(report(), LINKS)).contains(fragment);
  }

  @Test
  void noComparedPages_saySo() throws Exception {
    ExperimentReport r =
        new ExperimentAggregator(8)
            .aggregate(
                Comparisons.EXPERIMENT,
                new ComparisonReader.Read(
                    List.of(aComparison("c1").candidateFailed("imagery-rejected").build()),
                    List.of()));

    String text = parse(ExperimentHtml.page(r, LINKS)).getDocumentElement().getTextContent();

    assertThat(text).contains("No compared pages.").contains("no PSNR figures");
  }

  @Test
  void stages_followThePipeline_thenByName() {
    Distribution d = Distribution.of(List.of(1L));
    assertThat(
            SvgCharts.stages(
                Map.of("total", d, "upload", d, "fetch", d, "decode", d),
                Map.of("encode", d, "stitch", d)))
        .containsExactly("fetch", "stitch", "encode", "total", "decode", "upload");
  }

  @Test
  void escape_coversMarkupAndQuotes() {
    assertThat(Html.escape("<a href='x'>\"&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
  }
}
