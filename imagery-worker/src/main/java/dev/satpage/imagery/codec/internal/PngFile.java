package dev.satpage.imagery.codec.internal;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.util.zip.CRC32;

/**
 * The structure of a whole PNG datastream, checked before any pixel is inflated: every chunk's CRC,
 * the IHDR fields, the chunk order, one unbroken run of IDAT chunks and a closing IEND. References
 * {@code #…} are sections of the PNG specification, Third Edition (W3C Recommendation,
 * https://www.w3.org/TR/png-3/, read 2026-12-02). Every violation is {@code imagery-corrupt} with
 * the chunk and byte offset in its detail: nothing in a provider tile heals on retry.
 *
 * @param colourType 0 greyscale, 2 truecolour, 3 indexed, 4 greyscale with alpha, 6 truecolour with
 *     alpha (#11IHDR)
 * @param lut for colour types 0 and 3: the ARGB colour of each of the 2^bitDepth sample values
 *     (greyscale rescaled per #13Sample-depth-rescaling, palette alpha from tRNS, indexes beyond
 *     the palette opaque black as #13Decoders.Errors requires); otherwise null
 * @param transparentRgb for colour type 2 with a tRNS chunk: the 0xRRGGBB that is fully
 *     transparent, else -1 (also when a tRNS sample exceeds the bit depth, so that no pixel can
 *     match)
 * @param firstIdat byte offset of the first IDAT chunk; the following chunks up to {@code idatEnd}
 *     are all IDAT
 */
public record PngFile(
    int width,
    int height,
    int bitDepth,
    int colourType,
    boolean interlaced,
    int[] lut,
    int transparentRgb,
    int firstIdat,
    int idatEnd) {
  private static final int SIGNATURE = 8;
  private static final int IHDR = type("IHDR");
  private static final int PLTE = type("PLTE");
  private static final int IDAT = type("IDAT");
  private static final int IEND = type("IEND");
  private static final int TRNS = type("tRNS");

  /** Samples per pixel of the colour type (#6Colour-values). */
  public int channels() {
    return switch (colourType) {
      case 0, 3 -> 1;
      case 4 -> 2;
      case 2 -> 3;
      case 6 -> 4;
      default -> throw new IllegalStateException("colour type " + colourType);
    };
  }

  /**
   * Bytes of one scanline without its filter byte (#7Scanline: rows are padded to a whole byte).
   */
  public int rowBytes() {
    return (int) (((long) width * channels() * bitDepth + 7) / 8);
  }

  /** The "bpp" of the filters (#9Filter-types): bytes per complete pixel, rounded up to one. */
  public int filterStride() {
    return Math.max(1, channels() * bitDepth / 8);
  }

  /**
   * Whether the pixels are in the layout the direct decoder handles: not interlaced and at most 8
   * bits per sample, i.e. what imagery providers send. Adam7 (#8InterlaceMethods) and 16-bit
   * samples go to the JDK's reader instead.
   */
  public boolean direct() {
    return !interlaced && bitDepth <= 8;
  }

  /**
   * Walks every chunk of {@code png} (signature already checked by the caller, which also bounds
   * the declared size).
   *
   * @throws PermanentFailure {@code imagery-corrupt} naming the first violation
   */
  public static PngFile parse(byte[] png) {
    CRC32 crc = new CRC32();
    Ihdr ihdr = null;
    int[] palette = null;
    byte[] trns = null;
    int firstIdat = -1;
    int idatEnd = -1;
    int pos = SIGNATURE;
    while (true) {
      // #5Chunk-layout: length (4 bytes, at most 2^31 - 1), type (4), data, CRC-32 of type and data
      // (4).
      if (pos + 8 > png.length) {
        throw corrupt("PNG ends at byte " + png.length + " without an IEND chunk (truncated)");
      }
      long length = u32(png, pos);
      int type = (int) u32(png, pos + 4);
      String name = name(type);
      if (!isChunkType(png, pos + 4)) {
        throw corrupt("PNG has no valid chunk type at byte " + pos + " (bytes " + name + ")");
      }
      if (length > Integer.MAX_VALUE || pos + 12 + length > png.length) {
        throw corrupt(
            "PNG chunk "
                + name
                + " at byte "
                + pos
                + " declares "
                + length
                + " bytes but the file ends at "
                + png.length
                + " (truncated)");
      }
      int data = pos + 8;
      int len = (int) length;
      crc.reset();
      crc.update(
          png, pos + 4,
          4 + len); // #5CRC-algorithm: ISO 3309 CRC-32, the same polynomial as java.util.zip.CRC32
      long stored = u32(png, data + len);
      if (stored != crc.getValue()) {
        throw corrupt(
            "PNG chunk "
                + name
                + " at byte "
                + pos
                + ": CRC "
                + Long.toHexString(stored)
                + " stored, "
                + Long.toHexString(crc.getValue())
                + " computed (corrupt data)");
      }
      if (pos == SIGNATURE && type != IHDR) {
        throw corrupt("PNG starts with chunk " + name + ", not IHDR");
      }
      if (firstIdat >= 0 && idatEnd < 0 && type != IDAT) {
        idatEnd = pos;
      }
      if (type == IHDR) {
        if (pos != SIGNATURE) {
          throw corrupt("PNG has a second IHDR chunk at byte " + pos);
        }
        ihdr = Ihdr.read(png, data, len);
      } else if (type == PLTE) {
        palette = palette(png, data, len, pos, ihdr, palette != null, firstIdat >= 0, trns != null);
      } else if (type == TRNS) {
        trns = transparency(png, data, len, pos, ihdr, palette, trns != null, firstIdat >= 0);
      } else if (type == IDAT) {
        if (idatEnd >= 0) {
          throw corrupt(
              "PNG has IDAT chunks that are not consecutive (another at byte " + pos + ")");
        }
        if (firstIdat < 0) {
          firstIdat = pos;
        }
      } else if (type == IEND) {
        if (len != 0) {
          throw corrupt(
              "PNG IEND chunk at byte " + pos + " has " + len + " data bytes (must be empty)");
        }
        break; // #5ChunkOrdering: IEND is last; bytes after it are not part of the datastream and
        // are not read
      } else if ((png[pos + 4] & 0x20) == 0) {
        // #5Chunk-naming-conventions, #13Decoders.Errors: an unknown critical chunk (ancillary bit
        // 0) is fatal: the image it belongs to cannot be extracted safely.
        throw corrupt("PNG has an unknown critical chunk " + name + " at byte " + pos);
      }
      pos = data + len + 4;
    }
    if (firstIdat < 0) {
      throw corrupt("PNG has no IDAT chunk (no image data)");
    }
    if (ihdr.colourType == 3 && palette == null) {
      throw corrupt("indexed-colour PNG without a PLTE chunk");
    }
    return new PngFile(
        ihdr.width,
        ihdr.height,
        ihdr.bitDepth,
        ihdr.colourType,
        ihdr.interlaced,
        PngColours.lut(ihdr.colourType, ihdr.bitDepth, palette, trns),
        PngColours.transparentRgb(ihdr, trns),
        firstIdat,
        idatEnd);
  }

  /** The IHDR fields (#11IHDR). */
  record Ihdr(int width, int height, int bitDepth, int colourType, boolean interlaced) {
    static Ihdr read(byte[] png, int data, int len) {
      if (len != 13) {
        throw corrupt("PNG IHDR chunk has " + len + " data bytes (must be 13)");
      }
      int depth = png[data + 8] & 0xFF;
      int colourType = png[data + 9] & 0xFF;
      boolean allowed = switch (colourType) { // #11IHDR table 11: the allowed combinations
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
          };
      if (!allowed) {
        throw corrupt(
            "PNG IHDR has colour type "
                + colourType
                + " with bit depth "
                + depth
                + " (not allowed)");
      }
      if (png[data + 10] != 0 || png[data + 11] != 0) {
        throw corrupt(
            "PNG IHDR has compression method "
                + png[data + 10]
                + " and filter method "
                + png[data + 11]
                + " (only 0 is defined)");
      }
      int interlace = png[data + 12] & 0xFF;
      if (interlace > 1) {
        throw corrupt("PNG IHDR has interlace method " + interlace + " (0 or 1)");
      }
      // Width and height are bounded by PngHeader before this runs.
      return new Ihdr(
          (int) u32(png, data), (int) u32(png, data + 4), depth, colourType, interlace == 1);
    }
  }

  /** PLTE: 1–256 RGB entries, at most 2^bitDepth for indexed colour, forbidden for greyscale. */
  private static int[] palette(
      byte[] png,
      int data,
      int len,
      int pos,
      Ihdr ihdr,
      boolean again,
      boolean afterIdat,
      boolean afterTrns) {
    if (again || afterIdat || afterTrns) {
      throw corrupt(
          "PNG PLTE chunk at byte " + pos + " is out of order (one, before tRNS and IDAT)");
    }
    if (ihdr.colourType == 0 || ihdr.colourType == 4) {
      throw corrupt("greyscale PNG with a PLTE chunk");
    }
    int entries = len / 3;
    if (len % 3 != 0
        || entries < 1
        || entries > 256
        || (ihdr.colourType == 3 && entries > 1 << ihdr.bitDepth)) {
      throw corrupt("PNG PLTE chunk of " + len + " bytes for bit depth " + ihdr.bitDepth + "");
    }
    int[] rgb = new int[entries];
    for (int i = 0; i < entries; i++) {
      int p = data + 3 * i;
      rgb[i] = (png[p] & 0xFF) << 16 | (png[p + 1] & 0xFF) << 8 | (png[p + 2] & 0xFF);
    }
    return rgb;
  }

  /**
   * tRNS: after PLTE, before IDAT; its length fixed by the colour type; none with an alpha channel.
   */
  private static byte[] transparency(
      byte[] png,
      int data,
      int len,
      int pos,
      Ihdr ihdr,
      int[] palette,
      boolean again,
      boolean afterIdat) {
    if (again || afterIdat) {
      throw corrupt("PNG tRNS chunk at byte " + pos + " is out of order (one, before IDAT)");
    }
    boolean fits =
        switch (ihdr.colourType) {
          case 0 -> len == 2;
          case 2 -> len == 6;
          case 3 -> palette != null && len <= palette.length;
          default -> false;
        };
    if (!fits) {
      String entries = palette == null ? "no PLTE before it" : palette.length + " palette entries";
      throw corrupt(
          "PNG tRNS chunk of "
              + len
              + " bytes does not fit colour type "
              + ihdr.colourType
              + (ihdr.colourType == 3 ? " with " + entries : ""));
    }
    byte[] trns = new byte[len];
    System.arraycopy(png, data, trns, 0, len);
    return trns;
  }

  /** #5Chunk-naming-conventions: each of the four type bytes is an ASCII letter. */
  private static boolean isChunkType(byte[] png, int at) {
    for (int i = at; i < at + 4; i++) {
      int c = png[i] | 0x20;
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  static long u32(byte[] b, int i) {
    return ((b[i] & 0xFFL) << 24)
        | ((b[i + 1] & 0xFFL) << 16)
        | ((b[i + 2] & 0xFFL) << 8)
        | (b[i + 3] & 0xFFL);
  }

  private static int type(String name) {
    return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
  }

  private static String name(int type) {
    StringBuilder s = new StringBuilder(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      int c = (type >>> shift) & 0xFF;
      s.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
    }
    return s.toString();
  }

  static PermanentFailure corrupt(String detail) {
    return new PermanentFailure(FailureReason.IMAGERY_CORRUPT, detail);
  }
}
