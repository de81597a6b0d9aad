package dev.satpage.model.queue;

import java.time.Duration;
import java.util.List;

/** Every queue of the pipeline, in flow order. Devstack creates exactly these; Terraform declares exactly these. */
public final class Queues {
  public static final QueueSpec ORDER_PLACED = new QueueSpec("satpage-order-placed", Duration.ofSeconds(60), 5);
  public static final QueueSpec SATELLITE_PAGE_JOBS =
      new QueueSpec("satpage-satellite-page-jobs", Duration.ofSeconds(120), 3);
  public static final QueueSpec IMAGERY_COMPLETED = new QueueSpec("satpage-imagery-completed", Duration.ofSeconds(60), 5);
  public static final QueueSpec IMAGERY_FAILED = new QueueSpec("satpage-imagery-failed", Duration.ofSeconds(60), 5);
  public static final QueueSpec RENDER_JOBS = new QueueSpec("satpage-render-jobs", Duration.ofSeconds(120), 3);
  public static final QueueSpec BOOK_RENDERED = new QueueSpec("satpage-book-rendered", Duration.ofSeconds(60), 5);

  public static final List<QueueSpec> ALL =
      List.of(ORDER_PLACED, SATELLITE_PAGE_JOBS, IMAGERY_COMPLETED, IMAGERY_FAILED, RENDER_JOBS, BOOK_RENDERED);

  private Queues() {}
}
