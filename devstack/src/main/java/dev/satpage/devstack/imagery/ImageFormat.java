package dev.satpage.devstack.imagery;

import java.awt.image.BufferedImage;
import java.util.random.RandomGenerator;

/**
 * The encodings the simulator serves, with their Content-Type and their deliberately broken
 * variants.
 */
enum ImageFormat {
  JPEG("image/jpeg"),
  PNG("image/png");

  private final String contentType;

  ImageFormat(String contentType) {
    this.contentType = contentType;
  }

  String contentType() {
    return contentType;
  }

  byte[] encode(BufferedImage image) {
    return this == JPEG ? JpegCodec.encode(image) : PngCodec.encode(image);
  }

  byte[] corrupt(byte[] encoded, RandomGenerator random) {
    return this == JPEG ? JpegCodec.corrupt(encoded, random) : PngCodec.corrupt(encoded, random);
  }

  byte[] absurdDimensions() {
    return this == JPEG ? JpegCodec.absurdDimensions() : PngCodec.absurdDimensions();
  }
}
