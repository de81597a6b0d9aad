package dev.satpage.imagery.codec;

class ImageIoJpegCodecTest extends JpegCodecContract {
  private final ImageIoJpegCodec codec = new ImageIoJpegCodec();

  @Override
  JpegCodec codec() {
    return codec;
  }
}
