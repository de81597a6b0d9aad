package dev.satpage.infra.hcl;

/**
 * The HCL parser rejected a file; the message holds its diagnostics ({@code file:line,col-line,col:
 * summary; detail}).
 */
public final class HclSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HclSyntaxException(String diagnostics) {
    super(diagnostics);
  }
}
