package dev.satpage.console.web;

/** The sign-in form: one password field for the client key (a key with the {@code ops} scope). */
final class LoginPage {
  private LoginPage() {}

  static String render(String next, String error) {
    String body =
        """
        %s
        <form class="login" method="post" action="/login">
        <input type="hidden" name="next" value="%s">
        <p><label for="key">Client key</label><br>
        <input id="key" name="key" type="password" autocomplete="current-password" size="48" required autofocus></p>
        <p><button type="submit">Sign in</button></p>
        <p class="hint">The same keys as the preview API; the key's client needs the <code>ops</code> scope.</p>
        </form>"""
            .formatted(
                error == null
                    ? ""
                    : "<p class=\"error\" role=\"alert\">" + Html.esc(error) + "</p>",
                Html.esc(next == null ? "/" : next));
    return Html.page("Sign in", "", null, body);
  }
}
