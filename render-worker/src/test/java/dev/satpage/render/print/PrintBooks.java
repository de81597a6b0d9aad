package dev.satpage.render.print;

import static dev.satpage.model.testing.Books.aBook;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.render.page.DependencyImage;
import dev.satpage.render.page.TestImages;
import dev.satpage.render.template.Template;
import dev.satpage.render.template.TemplateSeeder;
import dev.satpage.render.template.TemplateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Inputs for print rendering tests: a print book, its 4000×3000 print images, and the seeded sample
 * template.
 */
final class PrintBooks {
  static final String ATTRIBUTION =
      "Imagery © Example Aerial 2030, a rather long attribution line for a test";

  private PrintBooks() {}

  static DefinitionFile printBook() {
    return aBook().withPurpose(Purpose.PRINT).withSatellitePages(2).build();
  }

  static Map<String, DependencyImage> printImages(DefinitionFile book, byte[] jpeg) {
    Map<String, DependencyImage> images = new LinkedHashMap<>();
    for (String id : book.dependencies().keySet()) {
      images.put(
          id, new DependencyImage(id, "s3://b/imagery/" + id + "/print.jpg", jpeg, ATTRIBUTION));
    }
    return images;
  }

  static Map<String, DependencyImage> printImages(DefinitionFile book) {
    return printImages(book, TestImages.printJpeg());
  }

  /** The sample template as the seeder writes it and the worker reads it back. */
  static Template sampleTemplate(String productId) {
    InMemoryObjectStore store = new InMemoryObjectStore("templates");
    new TemplateSeeder(store).seed(productId);
    return new TemplateStore(store).load(productId);
  }

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
