package dev.satpage.render.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One font file of the print chain: where Debian puts it, the package that installs it, the scripts
 * it is the first choice for, and — for a collection (.ttc) — the faces to use, the first being the
 * default.
 *
 * @param path relative to the fonts root ({@code /usr/share/fonts} on Debian)
 * @param debianPackage the Debian bookworm package that installs the file
 * @param scripts the scripts this file is preferred for; other characters it covers are still used
 *     as a fallback
 * @param faces for a collection, the face names to load (a face is chosen per line by {@link
 *     #faceScripts}); empty for a single font
 * @param faceScripts for each face after the first, the scripts whose presence in a line selects it
 */
record FontFile(
    String path,
    String debianPackage,
    Set<Character.UnicodeScript> scripts,
    List<String> faces,
    List<Set<Character.UnicodeScript>> faceScripts) {
  FontFile {
    scripts = Set.copyOf(scripts);
    faces = List.copyOf(faces);
    faceScripts = List.copyOf(faceScripts);
    if (!faces.isEmpty() && faceScripts.size() != faces.size() - 1) {
      throw new IllegalArgumentException(path + ": one script set for each face after the first");
    }
  }

  static FontFile single(String path, String debianPackage, Character.UnicodeScript... scripts) {
    return new FontFile(path, debianPackage, Set.of(scripts), List.of(), List.of());
  }

  /** Loads the file under {@code root}; a missing file says which Debian package to install. */
  ChainFont load(Path root) {
    Path file = root.resolve(path);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "print font "
              + file
              + " is missing: install the Debian package "
              + debianPackage
              + " (apt-get install "
              + debianPackage
              + "); the render worker refuses to start without it");
    }
    try {
      Font[] all = Font.createFonts(file.toFile());
      if (faces.isEmpty()) {
        return new ChainFont(file.getFileName().toString(), scripts, List.of(all[0]), List.of());
      }
      List<Font> chosen = faces.stream().map(name -> face(all, name, file)).toList();
      return new ChainFont(file.getFileName().toString(), scripts, chosen, faceScripts);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException(
          "print font "
              + file
              + " (Debian package "
              + debianPackage
              + ") cannot be read: "
              + e.getMessage(),
          e);
    }
  }

  private static Font face(Font[] all, String name, Path file) {
    for (Font font : all) {
      if (font.getPSName().equals(name)) {
        return font;
      }
    }
    throw new IllegalStateException(
        "print font " + file + " has no face with the PostScript name '" + name + "'");
  }
}
