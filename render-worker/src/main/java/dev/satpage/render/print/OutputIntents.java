package dev.satpage.render.print;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The sRGB output intent: tells the printhouse's RIP that the RGB values in the file are sRGB, so
 * it converts them to its press's CMYK itself. The ICC profile is the JDK's own sRGB profile.
 */
final class OutputIntents {
  static final String SRGB = "sRGB IEC61966-2.1";
  private static final byte[] SRGB_ICC = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private OutputIntents() {}

  static void addSrgb(PDDocument doc) throws IOException {
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB_ICC));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    // GTS_PDFX is the subtype print preflight reads; the file does not claim PDF/X conformance (no
    // GTS_PDFXVersion).
    intent.getCOSObject().setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
    doc.getDocumentCatalog().addOutputIntent(intent);
  }
}
