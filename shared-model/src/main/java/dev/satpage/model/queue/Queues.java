package dev.satpage.model.queue;

import java.time.Duration;
import java.util.List;

/**
 * Every queue of the pipeline, in flow order. Devstack creates exactly these; Terraform declares
 * exactly these. The {@code *_NAME} constants exist so listeners can name their queue in an
 * annotation.
 */
public final class Queues {
  public static final String ORDER_PLACED_NAME = "satpage-order-placed";
  public static final String SATELLITE_PAGE_JOBS_NAME = "satpage-satellite-page-jobs";
  public static final String IMAGERY_COMPLETED_NAME = "satpage-imagery-completed";
  public static final String IMAGERY_FAILED_NAME = "satpage-imagery-failed";
  public static final String RENDER_JOBS_NAME = "satpage-render-jobs";
  public static final String BOOK_RENDERED_NAME = "satpage-book-rendered";
  public static final String PRINTHOUSE_DELIVERY_NAME = "satpage-printhouse-delivery";

  public static final QueueSpec ORDER_PLACED =
      new QueueSpec(ORDER_PLACED_NAME, Duration.ofSeconds(60), 5);
  public static final QueueSpec SATELLITE_PAGE_JOBS =
      new QueueSpec(SATELLITE_PAGE_JOBS_NAME, Duration.ofSeconds(120), 3);
  public static final QueueSpec IMAGERY_COMPLETED =
      new QueueSpec(IMAGERY_COMPLETED_NAME, Duration.ofSeconds(60), 5);
  public static final QueueSpec IMAGERY_FAILED =
      new QueueSpec(IMAGERY_FAILED_NAME, Duration.ofSeconds(60), 5);
  public static final QueueSpec RENDER_JOBS =
      new QueueSpec(RENDER_JOBS_NAME, Duration.ofSeconds(120), 3);
  public static final QueueSpec BOOK_RENDERED =
      new QueueSpec(BOOK_RENDERED_NAME, Duration.ofSeconds(60), 5);

  /** print-ready events for the printhouse delivery pipeline (consumed outside this system). */
  public static final QueueSpec PRINTHOUSE_DELIVERY =
      new QueueSpec(PRINTHOUSE_DELIVERY_NAME, Duration.ofSeconds(300), 5);

  public static final List<QueueSpec> ALL =
      List.of(
          ORDER_PLACED,
          SATELLITE_PAGE_JOBS,
          IMAGERY_COMPLETED,
          IMAGERY_FAILED,
          RENDER_JOBS,
          BOOK_RENDERED,
          PRINTHOUSE_DELIVERY);

  private Queues() {}
}
