package dev.satpage.imagery.codec;

import java.util.Locale;
import java.util.Optional;

/**
 * The image formats providers answer with: JPEG, and PNG where a provider documents it (Azure Maps'
 * imagery tiles, or a static image asked for without {@code Accept: image/jpeg}). Each knows its
 * media type, its magic bytes and how to read the declared size before any pixel is decoded.
 */
public enum ImageFormat {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  /** PNG signature: https://www.w3.org/TR/png-3/#5PNG-file-signature */
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

  private final String mediaType;
  private final byte[] magic;

  ImageFormat(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The format a {@code Content-Type} names (parameters such as {@code ; charset} ignored), if it
   * is one of ours.
   */
  public static Optional<ImageFormat> ofContentType(String contentType) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    for (ImageFormat f : values()) {
      if (f.mediaType.equals(type)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format whose magic bytes {@code image} starts with, if any. */
  public static Optional<ImageFormat> sniff(byte[] image) {
    for (ImageFormat f : values()) {
      if (f.startsIn(image)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private boolean startsIn(byte[] image) {
    if (image.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (image[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The {width, height} the image declares, bounded like {@link JpegHeader}.
   *
   * @throws dev.satpage.model.failure.PermanentFailure {@code imagery-corrupt} if the header is
   *     missing or absurd
   */
  public int[] declaredSize(byte[] image) {
    return switch (this) {
      case JPEG -> {
        JpegHeader header = JpegHeader.read(image);
        yield new int[] {header.width(), header.height()};
      }
      case PNG -> {
        PngHeader header = PngHeader.read(image);
        yield new int[] {header.width(), header.height()};
      }
    };
  }
}
