package dev.satpage.imagery.experiment;

import dev.satpage.imagery.EncodedPage;
import dev.satpage.imagery.ImageryMetrics;
import dev.satpage.imagery.ImageryService;
import dev.satpage.imagery.MadePage;
import dev.satpage.imagery.fetch.RateLimiter;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.model.experiment.ArmResult;
import dev.satpage.model.experiment.ExperimentComparison;
import dev.satpage.model.experiment.Similarity;
import dev.satpage.model.failure.DoNotRetry;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.SatellitePageJob;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.WriteOptions;
import dev.satpage.model.storage.S3Layout;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one experiment's candidate beside the control for a job whose page the control has made,
 * stored and announced: the candidate makes its page in memory (it writes nothing under {@code
 * imagery/}: its content-addressed keys could be the control's), both previews are compared ({@link
 * PageComparison}) and one {@link ExperimentComparison} is kept under {@code experiments/} with a
 * thumbnail of each arm that made a page. Bounded: at most {@code rate-per-second} comparisons
 * start per second and the candidate's planned provider requests come out of a {@link CallBudget};
 * beyond either the job is skipped, never queued. It never throws: a candidate's failure is its
 * outcome (a reason code of {@link FailureReason}), any other fault is logged and counted.
 */
public final class ExperimentRunner {
  private static final Logger log = LoggerFactory.getLogger(ExperimentRunner.class);
  static final String CONTROL = "control";
  static final String CANDIDATE = "candidate";

  private final ExperimentSettings settings;
  private final String controlSetup;
  private final Candidate candidate;
  private final PageComparison comparison;
  private final ObjectStore store;
  private final WriteOptions.Encryption encryption;
  private final RateLimiter rate;
  private final CallBudget budget;
  private final Clock clock;
  private final ImageryMetrics metrics;

  public ExperimentRunner(
      ExperimentSettings settings,
      String controlSetup,
      Candidate candidate,
      PageComparison comparison,
      ObjectStore store,
      WriteOptions.Encryption encryption,
      RateLimiter rate,
      CallBudget budget,
      Clock clock,
      ImageryMetrics metrics) {
    this.settings = settings;
    this.controlSetup = controlSetup;
    this.candidate = candidate;
    this.comparison = comparison;
    this.store = store;
    this.encryption = encryption;
    this.rate = rate;
    this.budget = budget;
    this.clock = clock;
    this.metrics = metrics;
  }

  public String name() {
    return settings.name();
  }

  /** Whether this experiment compares {@code job} (the same answer for every delivery of it). */
  public boolean samples(SatellitePageJob job) {
    return Sampler.sampled(settings.name(), job.jobId(), settings.sampleRate());
  }

  /** A sampled job is not compared, for {@code reason}. */
  public void skipped(String reason) {
    metrics.experimentSkipped(settings.name(), reason);
  }

  /**
   * Runs the candidate for {@code job} and keeps the comparison with {@code control}; returns it,
   * or empty when it was skipped or could not be kept. Never throws.
   */
  public Optional<ExperimentComparison> compare(SatellitePageJob job, MadePage control) {
    try {
      if (!rate.tryAcquire()) {
        skipped("rate");
        return Optional.empty();
      }
      return run(job, control);
    } catch (RuntimeException e) {
      log.error("experiment {}: job {} not compared", settings.name(), job.jobId(), e);
      skipped("error");
      return Optional.empty();
    }
  }

  private Optional<ExperimentComparison> run(SatellitePageJob job, MadePage control) {
    long t0 = System.nanoTime();
    PagePlan plan;
    try {
      plan = candidate.pipeline().plan(job.spec());
    } catch (RuntimeException e) {
      return Optional.of(keep(job, control, null, null, failed(job, e), 0, Map.of()));
    }
    int requests = plan.requests().size();
    if (!budget.tryTake(requests)) {
      skipped("budget");
      return Optional.empty();
    }
    try {
      EncodedPage page = candidate.pipeline().make(job.spec(), plan);
      Map<String, Long> stages = ImageryService.stageMillis(page, System.nanoTime() - t0);
      return Optional.of(keep(job, control, plan, page, ArmResult.OK, requests, stages));
    } catch (RuntimeException e) {
      return Optional.of(keep(job, control, plan, null, failed(job, e), requests, Map.of()));
    }
  }

  /** The candidate's failure as its outcome: the reason code of the one registry. */
  private String failed(SatellitePageJob job, RuntimeException e) {
    String reason =
        DoNotRetry.permanent(e)
            .map(PermanentFailure::reason)
            // A transient failure that outlasted the candidate's retries (the control's policy).
            .orElse(FailureReason.RETRIES_EXHAUSTED.code());
    log.info(
        "experiment {}: candidate failed job {}: {} ({})",
        name(),
        job.jobId(),
        reason,
        e.toString());
    return reason;
  }

  private ExperimentComparison keep(
      SatellitePageJob job,
      MadePage control,
      PagePlan plan,
      EncodedPage page,
      String outcome,
      int requests,
      Map<String, Long> stages) {
    String id = Sampler.hex(job.jobId(), 32);
    byte[] controlPrint = read(control.keys().print());
    byte[] controlPreview = read(control.keys().preview());
    ArmResult controlArm =
        new ArmResult(
            controlSetup,
            ArmResult.OK,
            controlPrint.length,
            controlPreview.length,
            control.providerRequests(),
            control.stageMillis());
    ArmResult candidateArm =
        new ArmResult(
            candidate.setup(),
            outcome,
            page == null ? 0 : page.print().length,
            page == null ? 0 : page.preview().length,
            requests,
            stages);
    PageComparison.Result compared =
        comparison.compare(job.spec(), controlPreview, page == null ? null : page.preview(), plan);
    String controlThumbnail = S3Layout.experimentThumbnail(name(), id, CONTROL);
    store.put(controlThumbnail, compared.controlThumbnail(), jpeg());
    String candidateThumbnail = null;
    if (compared.candidateThumbnail() != null) {
      candidateThumbnail = S3Layout.experimentThumbnail(name(), id, CANDIDATE);
      store.put(candidateThumbnail, compared.candidateThumbnail(), jpeg());
    }
    Similarity similarity = compared.similarity();
    ExperimentComparison record =
        new ExperimentComparison(
            ExperimentComparison.SCHEMA_VERSION,
            name(),
            id,
            job.jobId(),
            job.bookId(),
            job.dependencyId(),
            clock.instant(),
            controlArm,
            candidateArm,
            similarity,
            controlThumbnail,
            candidateThumbnail);
    store.put(
        S3Layout.experimentComparison(name(), id),
        Json.writeBytes(record),
        WriteOptions.of("application/json").withEncryption(encryption));
    report(controlArm, candidateArm, similarity);
    log.info(
        "experiment {}: job {} compared: candidate {}, {}; print {} vs {} bytes",
        name(),
        job.jobId(),
        outcome,
        similarity == null
            ? "no similarity"
            : "SSIM " + similarity.ssim() + ", PSNR " + similarity.psnrDb() + " dB",
        controlArm.printBytes(),
        candidateArm.printBytes());
    return record;
  }

  private void report(ArmResult control, ArmResult candidateArm, Similarity similarity) {
    control
        .stageMillis()
        .forEach((s, ms) -> metrics.experimentStage(name(), CONTROL, s, Duration.ofMillis(ms)));
    candidateArm
        .stageMillis()
        .forEach((s, ms) -> metrics.experimentStage(name(), CANDIDATE, s, Duration.ofMillis(ms)));
    if (similarity != null) {
      metrics.experimentSsim(name(), similarity.ssim());
    }
    metrics.experimentComparison(name(), candidateArm.outcome());
  }

  private byte[] read(String key) {
    return store
        .get(key)
        .orElseThrow(() -> new IllegalStateException("the control's page is gone: " + key))
        .content();
  }

  private WriteOptions jpeg() {
    return WriteOptions.of("image/jpeg").withEncryption(encryption);
  }
}
