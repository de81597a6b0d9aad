package dev.satpage.devstack.imagery;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Procedural "aerial imagery": a pure function of zoom and world pixel, so any two requests that
 * overlap or abut show identical pixels at the seam.
 *
 * <p>The picture is a staggered grid of fields (hedges between them), each with a strong crop-row
 * texture (period 6–12 px, ±40 grey levels, orientation per field) so that a one-pixel misalignment
 * is far above JPEG error; straight roads every few hundred pixels and a meandering river band
 * every 2048 rows. Everything is integer math on hashed lattice values: no per-pixel noise, which
 * JPEG would smear away.
 */
public final class SyntheticTerrain {
  static final int FIELD_WIDTH = 160;
  static final int FIELD_HEIGHT = 120;
  static final int SHADE_CELL = 64;
  static final int ROAD_SPACING_X = 384;
  static final int ROAD_SPACING_Y = 448;
  static final int RIVER_SPACING = 2048;
  static final int RIVER_MEANDER_PERIOD = 1536;
  static final int RIVER_HALF_WIDTH = 9;
  static final int TEXTURE_AMPLITUDE = 40;

  private static final int[] PALETTE = {
    0x5F8040, 0x78964A, 0x96825A, 0xB4A56E, 0x50643C, 0x8C8C50, 0xAA9678, 0x6E785A,
  };
  private static final int HEDGE = 0x3A4A2A;
  private static final int ROAD = 0x9A9690;
  private static final int ROAD_EDGE = 0x5A5650;
  private static final int WATER = 0x2E4E6A;

  private SyntheticTerrain() {}

  /** The colour (0xRRGGBB) of world pixel ({@code worldX}, {@code worldY}) at {@code zoom}. */
  public static int rgb(int zoom, long worldX, long worldY) {
    long salt = salt(zoom);
    long column = Math.floorDiv(worldX, FIELD_WIDTH);
    long roadBandX = Math.floorDiv(worldX, ROAD_SPACING_X);
    long roadBandY = Math.floorDiv(worldY, ROAD_SPACING_Y);
    long riverBand = riverBand(worldY);
    long cx = Math.floorDiv(worldX, SHADE_CELL);
    long cy = Math.floorDiv(worldY, SHADE_CELL);
    int fy = (int) (worldY - cy * SHADE_CELL);
    return compose(
        salt,
        worldX,
        worldY,
        stagger(salt, column),
        (int) (worldX - roadBandX * ROAD_SPACING_X),
        roadWidth(salt, roadBandX, 0xB0ADL),
        (int) (worldY - roadBandY * ROAD_SPACING_Y),
        roadWidth(salt, roadBandY, 0xB0AEL),
        riverBand * RIVER_SPACING,
        riverPhase(salt, riverBand),
        shadeColumn(salt, cx, cy, fy),
        shadeColumn(salt, cx + 1, cy, fy));
  }

  /**
   * Renders world pixels [left, left + width) × [top, top + height) at {@code zoom} into a new
   * TYPE_INT_RGB image, pixel-for-pixel equal to {@link #rgb}: the per-column and per-row terms are
   * hoisted out of the pixel loop.
   */
  public static BufferedImage render(int zoom, long left, long top, int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    long salt = salt(zoom);

    long[] stagger = new long[width];
    int[] inRoadX = new int[width];
    int[] roadWidthX = new int[width];
    long firstCell = Math.floorDiv(left, SHADE_CELL);
    int[] cellIndex = new int[width];
    for (int i = 0; i < width; i++) {
      long x = left + i;
      stagger[i] = stagger(salt, Math.floorDiv(x, FIELD_WIDTH));
      long band = Math.floorDiv(x, ROAD_SPACING_X);
      inRoadX[i] = (int) (x - band * ROAD_SPACING_X);
      roadWidthX[i] = roadWidth(salt, band, 0xB0ADL);
      cellIndex[i] = (int) (Math.floorDiv(x, SHADE_CELL) - firstCell);
    }
    int cells = cellIndex[width - 1] + 2;
    int[] shade = new int[cells];

    for (int j = 0; j < height; j++) {
      long y = top + j;
      long roadBandY = Math.floorDiv(y, ROAD_SPACING_Y);
      int inRoadY = (int) (y - roadBandY * ROAD_SPACING_Y);
      int roadWidthY = roadWidth(salt, roadBandY, 0xB0AEL);
      long riverBand = riverBand(y);
      long riverBase = riverBand * RIVER_SPACING;
      long riverPhase = riverPhase(salt, riverBand);
      long cy = Math.floorDiv(y, SHADE_CELL);
      int fy = (int) (y - cy * SHADE_CELL);
      for (int c = 0; c < cells; c++) {
        shade[c] = shadeColumn(salt, firstCell + c, cy, fy);
      }
      int offset = j * width;
      for (int i = 0; i < width; i++) {
        int cell = cellIndex[i];
        pixels[offset + i] =
            compose(
                salt,
                left + i,
                y,
                stagger[i],
                inRoadX[i],
                roadWidthX[i],
                inRoadY,
                roadWidthY,
                riverBase,
                riverPhase,
                shade[cell],
                shade[cell + 1]);
      }
    }
    return image;
  }

  private static int compose(
      long salt,
      long x,
      long y,
      long stagger,
      int inRoadX,
      int roadWidthX,
      int inRoadY,
      int roadWidthY,
      long riverBase,
      long riverPhase,
      int shadeLeft,
      int shadeRight) {
    long riverCentre = riverBase + triangle(x + riverPhase, RIVER_MEANDER_PERIOD, 300);
    long river = Math.abs(y - riverCentre);
    if (river <= RIVER_HALF_WIDTH) {
      // Ripples across the flow keep the water textured, so misalignment shows here too.
      int ripple = triangle(x + 2 * y, 10, 18);
      int bank = river >= RIVER_HALF_WIDTH - 1 ? 25 : 0;
      return shift(WATER, ripple + bank);
    }

    boolean vertical = inRoadX < roadWidthX;
    boolean horizontal = inRoadY < roadWidthY;
    if (vertical || horizontal) {
      boolean edge =
          vertical && !horizontal && (inRoadX == 0 || inRoadX == roadWidthX - 1)
              || horizontal && !vertical && (inRoadY == 0 || inRoadY == roadWidthY - 1);
      return edge ? ROAD_EDGE : ROAD;
    }

    long column = Math.floorDiv(x, FIELD_WIDTH);
    long shiftedY = y + stagger;
    long row = Math.floorDiv(shiftedY, FIELD_HEIGHT);
    int localX = (int) (x - column * FIELD_WIDTH);
    int localY = (int) (shiftedY - row * FIELD_HEIGHT);
    if (localX < 2 || localY < 2) {
      return shift(HEDGE, triangle(x + y, 6, 12));
    }

    long field = hash(salt, column, row);
    int base = PALETTE[(int) (field & 7)];
    int jitter = (int) ((field >>> 3) & 15) - 8;
    int period = 6 + (int) ((field >>> 8) % 7);
    int phase = (int) ((field >>> 16) & 15);
    int texture =
        switch ((int) ((field >>> 24) & 7)) {
          case 0, 1 -> triangle(y + phase, period, TEXTURE_AMPLITUDE);
          case 2, 3 -> triangle(x + phase, period, TEXTURE_AMPLITUDE);
          case 4 -> triangle(x + y + phase, period, TEXTURE_AMPLITUDE);
          case 5 -> triangle(x - y + phase, period, TEXTURE_AMPLITUDE);
          default ->
              // Orchard / forest: a 2-D pattern, visible whichever way the image is shifted.
              (triangle(x + phase, period, TEXTURE_AMPLITUDE)
                      + triangle(y, period + 2, TEXTURE_AMPLITUDE))
                  / 2;
        };
    int fx = Math.floorMod(x, SHADE_CELL);
    int shade = (shadeLeft * (SHADE_CELL - fx) + shadeRight * fx) / (SHADE_CELL * SHADE_CELL);
    return shift(base, jitter + texture + shade);
  }

  private static long salt(int zoom) {
    return zoom * 0x165667B19E3779F9L;
  }

  /**
   * Each column of fields is shifted vertically by its own amount, so field corners do not line up
   * into a grid.
   */
  private static long stagger(long salt, long column) {
    return Math.floorMod(hash(salt, column, 0x51A6L), FIELD_HEIGHT);
  }

  /** Road width 3–6 px for one spacing band; the road runs along the start of the band. */
  private static int roadWidth(long salt, long band, long axis) {
    return 3 + Math.floorMod(hash(salt, band, axis), 4);
  }

  private static long riverBand(long y) {
    return Math.floorDiv(y + RIVER_SPACING / 2, RIVER_SPACING);
  }

  private static long riverPhase(long salt, long band) {
    return Math.floorMod(hash(salt, band, 0x7A7EL), RIVER_MEANDER_PERIOD);
  }

  /**
   * Smooth brightness variation (±15) is bilinear interpolation of hashed lattice values; this is
   * the vertical half, scaled by {@code SHADE_CELL}, at lattice column {@code cx}. The horizontal
   * half in {@link #compose} divides once at the end, so hoisting this per row gives exactly the
   * same integers.
   */
  private static int shadeColumn(long salt, long cx, long cy, int fy) {
    return lattice(salt, cx, cy) * (SHADE_CELL - fy) + lattice(salt, cx, cy + 1) * fy;
  }

  private static int lattice(long salt, long cx, long cy) {
    return Math.floorMod(hash(salt, cx, cy ^ 0x5EADL), 31) - 15;
  }

  /** A triangle wave in [-amplitude, amplitude] with the given period. */
  private static int triangle(long coordinate, int period, int amplitude) {
    int t = Math.floorMod(coordinate, period);
    int v = Math.abs(2 * t - period); // period .. 0 .. period
    return v * 2 * amplitude / period - amplitude;
  }

  private static int shift(int rgb, int delta) {
    int r = clamp(((rgb >> 16) & 0xFF) + delta);
    int g = clamp(((rgb >> 8) & 0xFF) + delta);
    int b = clamp((rgb & 0xFF) + delta);
    return (r << 16) | (g << 8) | b;
  }

  private static int clamp(int v) {
    return v < 0 ? 0 : Math.min(v, 255);
  }

  private static long hash(long salt, long a, long b) {
    long z = salt + a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL;
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
