package dev.satpage.e2e.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.satpage.devstack.DevstackConfig;
import dev.satpage.e2e.pipeline.LocalPipeline;
import dev.satpage.e2e.pipeline.OrderClient;
import dev.satpage.e2e.pipeline.PipelineEvents;
import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.storage.S3Uri;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's promise: an experiment changes nothing a customer gets. The same orders through the
 * pipeline with the demo's experiment off and on (Bing static maps live, Azure Maps tiles compared
 * at sample rate 1) give byte-identical book outputs: the rendered pages and the satellite pages
 * (print and preview JPEGs) they were drawn from.
 */
class ExperimentBookOutputsIT {
  static final Instant PLACED = Instant.parse("2026-12-03T09:00:00Z");

  @Test
  void bookOutputs_areByteIdentical_withAndWithoutTheExperiment() throws Exception {
    Map<String, String> without = run(false);
    Map<String, String> with = run(true);

    assertThat(without).isNotEmpty();
    assertThat(with).isEqualTo(without);
  }

  /** SHA-256 of every output object by key, after the books are rendered. */
  static Map<String, String> run(boolean experiment) throws Exception {
    DevstackConfig config = ExperimentDemo.devstack();
    Map<String, Object> properties =
        experiment
            ? ExperimentDemo.properties(config)
            : new HashMap<>(Map.of("satpage.imagery.provider", "bing"));
    List<OrderPlaced> orders = SampleOrders.create(2, "same", PLACED);
    try (LocalPipeline pipeline = LocalPipeline.start(config, properties)) {
      OrderClient client = new OrderClient(pipeline);
      orders.forEach(client::place);
      PipelineEvents events = new PipelineEvents(pipeline);
      List<BookRendered> rendered = new ArrayList<>();
      await()
          .atMost(Duration.ofMinutes(4))
          .pollInterval(Duration.ZERO)
          .until(
              () -> {
                rendered.clear();
                rendered.addAll(events.poll(1));
                return rendered.size() == 2;
              });
      if (experiment) {
        assertThat(
                ExperimentDemo.awaitComparisons(pipeline.store(), Instant.now().plusSeconds(120)))
            .as("the experiment ran")
            .isPositive();
      }
      return outputs(pipeline.store(), rendered);
    }
  }

  static Map<String, String> outputs(ObjectStore store, List<BookRendered> rendered)
      throws Exception {
    List<String> keys = new ArrayList<>();
    for (BookRendered r : rendered) {
      r.pageUris().forEach(u -> keys.add(S3Uri.parse(u).key()));
      DefinitionFile patched =
          Json.read(
              store.get(S3Layout.patchedDefinition(r.bookId(), 1)).orElseThrow().content(),
              DefinitionFile.class);
      for (Dependency d : patched.dependencies().values()) {
        keys.add(S3Uri.parse(d.printUri()).key());
        keys.add(S3Uri.parse(d.previewUri()).key());
      }
    }
    Map<String, String> sha = new TreeMap<>();
    for (String key : keys) {
      byte[] content = store.get(key).orElseThrow().content();
      sha.put(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }
    return sha;
  }
}
