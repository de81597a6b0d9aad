package dev.satpage.devstack.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Free loopback ports for servers and processes that must know their port before they bind
 * (ElasticMQ's queue URLs, the component processes of the load, soak and image smoke runs).
 */
public final class FreePorts {
  private FreePorts() {}

  /** {@code requested} itself, or a currently free port when it is 0. */
  public static int resolve(int requested) {
    return requested != 0 ? requested : pick();
  }

  /** A TCP port free on 127.0.0.1 right now. */
  public static int pick() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }
}
