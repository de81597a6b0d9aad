package dev.satpage.render.print;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Template art made ready for PDF once per picture and copied into each book's document as raw
 * streams. Turning a PNG into a Flate image with a soft mask (predictor and deflate over every row)
 * costs more than the rest of a print page, and the art is the same in every book; the compressed
 * streams are bytes, so each document gets an exact copy and the PDF is the same whether the art
 * came from the cache or not.
 */
final class PreparedArt {
  private static final int MAX_ENTRIES = 32;

  private final Map<Content, Prepared> cache = new LinkedHashMap<>(16, 0.75f, true);

  /** {@code encoded} (PNG or JPEG) as an image of {@code doc}. */
  PDImageXObject image(PDDocument doc, byte[] encoded, String what) {
    Content key = new Content(encoded);
    Prepared prepared;
    synchronized (cache) {
      prepared = cache.get(key);
    }
    if (prepared == null) {
      prepared = prepare(encoded, what);
      synchronized (cache) {
        cache.put(key, prepared);
        if (cache.size() > MAX_ENTRIES) {
          cache.remove(cache.keySet().iterator().next());
        }
      }
    }
    try {
      return new PDImageXObject(new PDStream(prepared.copyInto(doc)), null);
    } catch (IOException e) {
      throw new IllegalStateException("copying prepared art " + what + " into the PDF failed", e);
    }
  }

  private static Prepared prepare(byte[] encoded, String what) {
    try (PDDocument scratch = new PDDocument()) {
      return Prepared.of(
          PDImageXObject.createFromByteArray(scratch, encoded, what).getCOSObject(), what);
    } catch (IOException | RuntimeException e) {
      throw new PermanentFailure(
          FailureReason.CORRUPT_IMAGE, what + " is not a readable image: " + e.getMessage(), e);
    }
  }

  /**
   * An image stream's dictionary (direct objects only), its still-encoded data and its soft mask,
   * if any.
   */
  private record Prepared(COSDictionary dictionary, byte[] raw, Prepared softMask) {
    static Prepared of(COSStream stream, String what) throws IOException {
      COSDictionary dictionary = new COSDictionary();
      Prepared softMask = null;
      for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
        COSName name = entry.getKey();
        COSBase value = entry.getValue();
        if (name.equals(COSName.LENGTH)) {
          continue;
        }
        if (name.equals(COSName.SMASK)
            && stream.getDictionaryObject(COSName.SMASK) instanceof COSStream mask) {
          softMask = of(mask, what);
        } else if (direct(value)) {
          dictionary.setItem(name, value);
        } else {
          throw new IllegalStateException(
              what + ": image entry /" + name.getName() + " refers to another object");
        }
      }
      try (InputStream in = stream.createRawInputStream()) {
        return new Prepared(dictionary, in.readAllBytes(), softMask);
      }
    }

    COSStream copyInto(PDDocument doc) throws IOException {
      COSStream stream = doc.getDocument().createCOSStream();
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        stream.setItem(entry.getKey(), entry.getValue());
      }
      try (OutputStream out = stream.createRawOutputStream()) {
        out.write(raw);
      }
      if (softMask != null) {
        stream.setItem(COSName.SMASK, softMask.copyInto(doc));
      }
      return stream;
    }

    /**
     * Names, numbers, strings and arrays or dictionaries of them: safe to share between documents.
     */
    private static boolean direct(COSBase value) {
      return switch (value) {
        case COSStream s -> false;
        case COSArray array -> {
          for (COSBase item : array) {
            if (!direct(item)) {
              yield false;
            }
          }
          yield true;
        }
        case COSDictionary d -> d.getValues().stream().allMatch(Prepared::direct);
        case org.apache.pdfbox.cos.COSObject o -> false;
        default -> true;
      };
    }
  }

  /** Picture bytes compared by content: every job loads its template afresh. */
  private record Content(byte[] bytes) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Content c && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }
}
