package dev.satpage.render.service;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.PrintReady;
import dev.satpage.model.message.RenderJob;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.render.page.DependencyImage;
import dev.satpage.render.print.PdfBookRenderer;
import dev.satpage.render.print.PrintProfile;
import dev.satpage.render.template.Template;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Makes a print book's PDF create-once and announces it on {@code printhouse-delivery} once, inside
 * the {@code print-ready.json} gate. The SHA-256 is taken of the bytes in the store, so a retry
 * that finds an earlier attempt's PDF announces exactly that file.
 */
final class PrintDelivery {
  static final String PDF = "application/pdf";

  private final ObjectStore store;
  private final JobQueue queue;
  private final PdfBookRenderer renderer;
  private final OnceGate gate;
  private final Clock clock;

  PrintDelivery(
      ObjectStore store, JobQueue queue, PdfBookRenderer renderer, OnceGate gate, Clock clock) {
    this.store = store;
    this.queue = queue;
    this.renderer = renderer;
    this.gate = gate;
    this.clock = clock;
  }

  /**
   * Writes the PDF unless it exists, sends {@code print-ready} unless sent; returns the PDF's URI.
   */
  String deliver(
      RenderJob job,
      DefinitionFile book,
      Template template,
      Supplier<Map<String, DependencyImage>> printImages,
      String owner) {
    PrintProfile profile = renderer.profile();
    String key =
        S3Layout.printPdf(
            book.bookId(),
            book.version(),
            profile.fileNameFor(book.orderId(), book.bookId(), book.version()));
    byte[] pdf = store.get(key).map(o -> o.content()).orElse(null);
    if (pdf == null) {
      byte[] rendered = renderer.render(book, printImages.get(), template);
      // Create-once: if a concurrent attempt wrote the PDF first, its copy stands and is the one
      // announced.
      pdf =
          store.putIfAbsent(key, rendered, PDF).isPresent()
              ? rendered
              : store.get(key).orElseThrow().content();
    }
    PrintReady event =
        new PrintReady(
            PrintReady.SCHEMA_VERSION,
            job.idempotencyKey(),
            book.orderId(),
            book.bookId(),
            store.uriOf(key),
            sha256(pdf),
            book.pages().size(),
            template.spec().trimWidthMm(),
            template.spec().trimHeightMm(),
            profile.bleedMm(),
            profile.id(),
            clock.instant());
    OutboundMessage message =
        new OutboundMessage(
            "print-ready",
            Json.write(event),
            Map.of(
                FailureAttributes.ORDER_ID,
                book.orderId(),
                FailureAttributes.BOOK_ID,
                book.bookId()));
    gate.run(
        S3Layout.printReadyMarker(book.bookId(), book.version()),
        owner,
        () -> queue.send(Queues.PRINTHOUSE_DELIVERY_NAME, message));
    return store.uriOf(key);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
