package dev.satpage.producer.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of preview API requests that declare no {@code Content-Length} (chunked): reading
 * past the limit throws {@link BodyTooLargeException}, answered with 413. A declared length over
 * the limit is refused before reading ({@link dev.satpage.producer.access.ApiGate}); the body is
 * never buffered beyond the limit.
 */
final class BoundedBodyFilter extends OncePerRequestFilter {
  private final long maxBytes;

  BoundedBodyFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(
        request.getContentLengthLong() < 0 ? new Bounded(request, maxBytes) : request, response);
  }

  /** Thrown while reading a body past the limit. */
  static final class BodyTooLargeException extends IOException {
    final long limit;

    BodyTooLargeException(long limit) {
      super("request body exceeds " + limit + " bytes");
      this.limit = limit;
    }
  }

  private static final class Bounded extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public synchronized ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Limited(super.getInputStream(), maxBytes);
      }
      return stream;
    }
  }

  private static final class Limited extends ServletInputStream {
    private final ServletInputStream in;
    private final long maxBytes;
    private long read;

    Limited(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = in.read(buffer, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > maxBytes) {
        throw new BodyTooLargeException(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
