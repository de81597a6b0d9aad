package dev.satpage.e2e.pipeline;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.aws.s3.S3ObjectStore;
import dev.satpage.aws.sqs.SqsJobQueue;
import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.imagery.app.ImageryWorkerApplication;
import dev.satpage.producer.app.ProducerApplication;
import dev.satpage.producer.intake.ProductCatalog;
import dev.satpage.render.app.RenderWorkerApplication;
import dev.satpage.render.template.TemplateSeeder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole pipeline on this machine: devstack (ElasticMQ, S3Proxy, imagery simulator) and the
 * producer, imagery worker and render worker as Spring Boot apps in this JVM, talking to each other
 * only through SQS and S3 over HTTP.
 */
public final class LocalPipeline implements AutoCloseable {
  private final Devstack devstack;
  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private final SqsClient sqs;
  private final S3Client s3;
  private final SqsJobQueue queue;
  private final S3ObjectStore store;
  private ConfigurableApplicationContext producer;
  private ConfigurableApplicationContext renderWorker;
  private Map<String, Object> appProperties;

  private LocalPipeline(Devstack devstack) {
    this.devstack = devstack;
    AwsSettings settings =
        new AwsSettings(
            devstack.region(),
            devstack.sqsEndpoint(),
            devstack.s3Endpoint(),
            devstack.accessKey(),
            devstack.secretKey());
    this.sqs = AwsClients.sqs(settings);
    this.s3 = AwsClients.s3(settings);
    this.queue = new SqsJobQueue(sqs);
    this.store = new S3ObjectStore(s3, devstack.bucket());
  }

  /** Starts devstack and every component; {@code extra} properties are passed to all three apps. */
  public static LocalPipeline start(DevstackConfig config, Map<String, Object> extra) {
    LocalPipeline pipeline = new LocalPipeline(Devstack.start(config));
    try {
      // The sample book template and its art, as a platform team would upload them to the bucket.
      new TemplateSeeder(pipeline.store).seed(ProductCatalog.SATELLITE_ADVENTURE);
      Map<String, Object> props = new HashMap<>(pipeline.devstack.endpointProperties());
      // Short long-polls so that closing the pipeline does not wait out a 10 s receive on every
      // listener.
      props.put("spring.cloud.aws.sqs.listener.poll-timeout", "2s");
      // Logback is one per JVM: an app-name tag would show whichever app configured it last, so
      // leave it out here; logger names (dev.satpage.imagery, .producer, .render) say which
      // component wrote a line.
      props.put("logging.include-application-name", "false");
      props.put(
          "server.port", "0"); // the producer's preview API, on a free port (see previewApi())
      props.putAll(extra);
      pipeline.appProperties = Map.copyOf(props);
      pipeline.producer = ProducerApplication.start(props);
      pipeline.running.push(pipeline.producer);
      pipeline.running.push(ImageryWorkerApplication.start(props));
      pipeline.startRenderWorker();
      return pipeline;
    } catch (RuntimeException e) {
      pipeline.close();
      throw e;
    }
  }

  /**
   * Stops the render worker, as when it is scaled to zero: render jobs wait in their queue (and
   * books in RENDERING) until {@link #startRenderWorker()}.
   */
  public synchronized void stopRenderWorker() {
    if (renderWorker != null) {
      renderWorker.close();
      renderWorker = null;
    }
  }

  /** Starts the render worker (again) with the pipeline's settings; does nothing if it runs. */
  public synchronized void startRenderWorker() {
    if (renderWorker == null) {
      renderWorker = RenderWorkerApplication.start(appProperties);
    }
  }

  public static LocalPipeline start() {
    return start(DevstackConfig.defaults(), Map.of());
  }

  public Devstack devstack() {
    return devstack;
  }

  /** The producer's preview API base URI, e.g. {@code http://127.0.0.1:41234}. */
  public java.net.URI previewApi() {
    return java.net.URI.create(
        "http://127.0.0.1:" + producer.getEnvironment().getProperty("local.server.port"));
  }

  /** An SQS client for placing orders and reading events, as an outside system would. */
  public SqsClient sqs() {
    return sqs;
  }

  public SqsJobQueue queue() {
    return queue;
  }

  public S3ObjectStore store() {
    return store;
  }

  @Override
  public void close() {
    try {
      stopRenderWorker();
    } catch (RuntimeException e) {
      System.err.println("satpage: error stopping the render worker: " + e);
    }
    while (!running.isEmpty()) {
      try {
        running.pop().close();
      } catch (Exception e) {
        System.err.println("satpage: error stopping a component: " + e);
      }
    }
    sqs.close();
    s3.close();
    devstack.close();
  }
}
