package dev.satpage.aws.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class XRayTraceHeaderTest {
  @Test
  void sampledHeader_becomesTheW3cTraceparentAwsDocuments() {
    // The example of the X-Ray developer guide (tracing header), and its W3C form: the 32 hex
    // digits of the root without version and hyphens, the parent as the parent id, flag 01.
    assertThat(
            XRayTraceHeader.toTraceparent(
                "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"))
        .contains("00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01");
  }

  @Test
  void unsampledOrUndecided_isNotSampled_andLineageIsIgnored() {
    assertThat(
            XRayTraceHeader.toTraceparent(
                "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0"))
        .contains("00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-00");
    assertThat(
            XRayTraceHeader.toTraceparent(
                "Sampled=?; Parent=53995c3f42cd8ad8 ;Root=1-5759e988-bd862e3fe1be46a994272793;"
                    + "Lineage=a87bd80c:1|68fd508a:5"))
        .contains("00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-00");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "garbage",
        "Root=1-5759e988-bd862e3fe1be46a994272793",
        "Parent=53995c3f42cd8ad8;Sampled=1",
        "Root=2-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
        "Root=1-5759e98-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
        "Root=1-5759e988-bd862e3fe1be46a99427279z;Parent=53995c3f42cd8ad8;Sampled=1",
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad;Sampled=1",
        "Root=1-00000000-000000000000000000000000;Parent=53995c3f42cd8ad8;Sampled=1",
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=0000000000000000;Sampled=1"
      })
  void malformedHeader_givesNoParent_soTheReceiverStartsANewTrace(String header) {
    assertThat(XRayTraceHeader.toTraceparent(header)).isEmpty();
  }
}
