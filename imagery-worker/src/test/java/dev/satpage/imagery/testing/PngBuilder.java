package dev.satpage.imagery.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Builds PNG datastreams byte by byte, with the choices an encoder makes spelled out — colour type,
 * bit depth, the filter type of each row, how the zlib stream is split into IDAT chunks, extra
 * chunks — and with deliberate defects, so decoders can be compared on every layout the
 * specification allows (PNG specification, Third Edition, https://www.w3.org/TR/png-3/, read
 * 2026-12-02: #5Chunk-layout, #11IHDR, #7Scanline, #9Filter-types, #10CompressionCM0). The filters
 * are applied here independently of the decoder under test; the JDK's PNG reader checks them.
 */
public final class PngBuilder {
  /**
   * A filter "type" for {@link #filters}: choose per row as the specification recommends
   * (#12Filter-selection).
   */
  public static final int ADAPTIVE = -1;

  private final int width;
  private final int height;
  private final int colourType;
  private final int bitDepth;
  private byte[] rows;
  private IntUnaryOperator filterOfRow = y -> y % 5;
  private int[] palette;
  private byte[] trns;
  private int idatSize = 8192;
  private int declaredHeight;
  private UnaryOperator<byte[]> zlibEdit = z -> z;
  private final List<byte[]> extraChunks = new ArrayList<>();

  private PngBuilder(int width, int height, int colourType, int bitDepth) {
    this.width = width;
    this.height = height;
    this.colourType = colourType;
    this.bitDepth = bitDepth;
    this.declaredHeight = height;
  }

  /**
   * A PNG of seeded random samples (every sample value in range), rows filtered with types 0, 1, 2,
   * 3, 4, 0, …
   */
  public static PngBuilder png(int width, int height, int colourType, int bitDepth) {
    PngBuilder b = new PngBuilder(width, height, colourType, bitDepth);
    b.rows = new byte[height * b.rowBytes()];
    SplittableRandom random =
        new SplittableRandom(width * 31L + height * 7L + colourType * 3L + bitDepth);
    for (int y = 0; y < height; y++) {
      for (int i = 0; i < b.rowBytes(); i++) {
        // Smooth runs with noise, so every filter type meets both small and large differences.
        b.rows[y * b.rowBytes() + i] = (byte) ((i * 3 + y * 5) / 4 + random.nextInt(48));
      }
    }
    if (bitDepth < 8 || colourType == 3) {
      random.nextBytes(b.rows); // packed samples: any bit pattern is a valid sample
    }
    return b;
  }

  /**
   * An opaque image as 8-bit truecolour (colour type 2), e.g. to re-encode another encoder's
   * pixels.
   */
  public static PngBuilder truecolour(BufferedImage image) {
    PngBuilder b = new PngBuilder(image.getWidth(), image.getHeight(), 2, 8);
    b.rows = new byte[b.height * b.rowBytes()];
    for (int y = 0; y < b.height; y++) {
      for (int x = 0; x < b.width; x++) {
        int rgb = image.getRGB(x, y);
        int at = y * b.rowBytes() + x * 3;
        b.rows[at] = (byte) (rgb >> 16);
        b.rows[at + 1] = (byte) (rgb >> 8);
        b.rows[at + 2] = (byte) rgb;
      }
    }
    return b;
  }

  public int channels() {
    return switch (colourType) {
      case 0, 3 -> 1;
      case 4 -> 2;
      case 2 -> 3;
      default -> 4;
    };
  }

  public int rowBytes() {
    return (width * channels() * bitDepth + 7) / 8;
  }

  /** The unfiltered scanlines, {@link #rowBytes()} each, to change before {@link #build()}. */
  public byte[] rows() {
    return rows;
  }

  /**
   * The filter type of each row: 0–4, {@link #ADAPTIVE}, or another number to write an invalid
   * type.
   */
  public PngBuilder filters(IntUnaryOperator filterOfRow) {
    this.filterOfRow = filterOfRow;
    return this;
  }

  /** PLTE entries (0xRRGGBB). */
  public PngBuilder palette(int... rgb) {
    this.palette = rgb;
    return this;
  }

  public PngBuilder trns(byte... trns) {
    this.trns = trns;
    return this;
  }

  /** Bytes of zlib data per IDAT chunk (0 adds an empty IDAT chunk before each). */
  public PngBuilder idatSize(int size) {
    this.idatSize = size;
    return this;
  }

  /** Declares this height in IHDR whatever the rows hold (a smaller one leaves image data over). */
  public PngBuilder declaredHeight(int height) {
    this.declaredHeight = height;
    return this;
  }

  /** Changes the zlib stream before it is split into IDAT chunks (truncate it, append to it, …). */
  public PngBuilder editZlib(UnaryOperator<byte[]> edit) {
    this.zlibEdit = edit;
    return this;
  }

  /** An extra chunk, written after PLTE/tRNS and before the first IDAT. */
  public PngBuilder withChunk(String type, byte[] data) {
    extraChunks.add(chunk(type.getBytes(StandardCharsets.US_ASCII), data));
    return this;
  }

  public byte[] build() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    byte[] ihdr = new byte[13];
    putInt(ihdr, 0, width);
    putInt(ihdr, 4, declaredHeight);
    ihdr[8] = (byte) bitDepth;
    ihdr[9] = (byte) colourType;
    out.writeBytes(chunk("IHDR", ihdr));
    if (palette != null) {
      byte[] plte = new byte[palette.length * 3];
      for (int i = 0; i < palette.length; i++) {
        plte[3 * i] = (byte) (palette[i] >> 16);
        plte[3 * i + 1] = (byte) (palette[i] >> 8);
        plte[3 * i + 2] = (byte) palette[i];
      }
      out.writeBytes(chunk("PLTE", plte));
    }
    if (trns != null) {
      out.writeBytes(chunk("tRNS", trns));
    }
    extraChunks.forEach(out::writeBytes);
    byte[] zlib = zlibEdit.apply(deflate(filtered()));
    for (int at = 0; at < zlib.length; at += Math.max(1, idatSize)) {
      if (idatSize == 0) {
        out.writeBytes(chunk("IDAT", new byte[0]));
      }
      out.writeBytes(
          chunk(
              "IDAT",
              Arrays.copyOfRange(zlib, at, Math.min(zlib.length, at + Math.max(1, idatSize)))));
    }
    out.writeBytes(chunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  /**
   * Each row as its filter type byte and the filter function of #9Filter-types applied to the
   * original bytes.
   */
  private byte[] filtered() {
    int stride = rowBytes();
    byte[] out = new byte[height * (stride + 1)];
    byte[] candidate = new byte[stride];
    for (int y = 0; y < height; y++) {
      int type = filterOfRow.applyAsInt(y);
      if (type == ADAPTIVE) { // #12Filter-selection: the smallest sum of the outputs as signed
        // differences
        long best = Long.MAX_VALUE;
        for (int t = 0; t <= 4; t++) {
          filterRow(y, t, candidate, 0);
          long sum = 0;
          for (byte b : candidate) {
            sum += Math.abs(b);
          }
          if (sum < best) {
            best = sum;
            type = t;
          }
        }
      }
      out[y * (stride + 1)] = (byte) type;
      filterRow(y, type, out, y * (stride + 1) + 1);
    }
    return out;
  }

  private void filterRow(int y, int type, byte[] out, int at) {
    int stride = rowBytes();
    int bpp = Math.max(1, channels() * bitDepth / 8);
    for (int i = 0; i < stride; i++) {
      int x = rows[y * stride + i] & 0xFF;
      int a = i >= bpp ? rows[y * stride + i - bpp] & 0xFF : 0;
      int b = y > 0 ? rows[(y - 1) * stride + i] & 0xFF : 0;
      int c = i >= bpp && y > 0 ? rows[(y - 1) * stride + i - bpp] & 0xFF : 0;
      int predicted =
          switch (type) {
            case 0 -> 0;
            case 1 -> a;
            case 2 -> b;
            case 3 -> (a + b) / 2;
            case 4 -> paeth(a, b, c);
            default -> 0; // a deliberately invalid type: the bytes are left as they are
          };
      out[at + i] = (byte) (x - predicted);
    }
  }

  /** The PaethPredictor function exactly as #9Filter-type-4-Paeth writes it. */
  public static int paeth(int a, int b, int c) {
    int p = a + b - c;
    int pa = Math.abs(p - a);
    int pb = Math.abs(p - b);
    int pc = Math.abs(p - c);
    if (pa <= pb && pa <= pc) {
      return a;
    }
    return pb <= pc ? b : c;
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(6);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * {@code png} with IHDR data byte {@code index} (8 bit depth, 9 colour type, 10 compression, 11
   * filter, 12 interlace) set to {@code value} and the chunk's CRC recomputed, so only the field is
   * wrong.
   */
  public static byte[] withIhdrByte(byte[] png, int index, int value) {
    byte[] copy = png.clone();
    copy[16 + index] = (byte) value;
    CRC32 crc = new CRC32();
    crc.update(copy, 12, 4 + 13);
    putInt(copy, 29, (int) crc.getValue());
    return copy;
  }

  /** Byte offsets of the chunks of {@code type} in {@code png}. */
  public static List<Integer> offsetsOf(byte[] png, String type) {
    List<Integer> offsets = new ArrayList<>();
    for (int at = 8; at + 8 <= png.length; at += 12 + length(png, at)) {
      if (new String(png, at + 4, 4, StandardCharsets.US_ASCII).equals(type)) {
        offsets.add(at);
      }
    }
    return offsets;
  }

  /**
   * The filter-type byte of each of the {@code height} rows of {@code rowBytes} bytes (#7Filtering:
   * one before each scanline), read with a plain inflate of the IDAT chunks' data joined together.
   */
  public static Set<Integer> filterTypes(byte[] png, int rowBytes, int height) {
    byte[] raw = new byte[(rowBytes + 1) * height];
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(imageData(png));
      if (inflater.inflate(raw) != raw.length) {
        throw new IllegalArgumentException(
            "fewer than " + height + " rows of " + rowBytes + " bytes");
      }
    } catch (DataFormatException e) {
      throw new IllegalArgumentException(e);
    } finally {
      inflater.end();
    }
    Set<Integer> types = new TreeSet<>();
    for (int y = 0; y < height; y++) {
      types.add(raw[y * (rowBytes + 1)] & 0xFF);
    }
    return types;
  }

  /** The zlib stream of {@code png}: its IDAT chunks' data joined (#10CompressionFSL). */
  public static byte[] imageData(byte[] png) {
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    for (int at : offsetsOf(png, "IDAT")) {
      zlib.write(png, at + 8, length(png, at));
    }
    return zlib.toByteArray();
  }

  private static int length(byte[] png, int at) {
    return (png[at] & 0xFF) << 24
        | (png[at + 1] & 0xFF) << 16
        | (png[at + 2] & 0xFF) << 8
        | (png[at + 3] & 0xFF);
  }

  /** One chunk: length, type, data, CRC-32 of type and data (#5Chunk-layout). */
  public static byte[] chunk(String type, byte[] data) {
    return chunk(type.getBytes(StandardCharsets.US_ASCII), data);
  }

  private static byte[] chunk(byte[] type, byte[] data) {
    byte[] chunk = new byte[12 + data.length];
    putInt(chunk, 0, data.length);
    System.arraycopy(type, 0, chunk, 4, 4);
    System.arraycopy(data, 0, chunk, 8, data.length);
    CRC32 crc = new CRC32();
    crc.update(chunk, 4, 4 + data.length);
    putInt(chunk, 8 + data.length, (int) crc.getValue());
    return chunk;
  }

  private static void putInt(byte[] b, int at, int value) {
    b[at] = (byte) (value >>> 24);
    b[at + 1] = (byte) (value >>> 16);
    b[at + 2] = (byte) (value >>> 8);
    b[at + 3] = (byte) value;
  }
}
