package dev.satpage.model.gate;

import dev.satpage.model.json.Require;
import java.time.Instant;

/**
 * The object behind a {@link OnceGate}: who claimed the once-only action, when, and whether it is
 * done.
 */
public record GateMarker(
    int schemaVersion, String state, String owner, Instant claimedAt, Instant doneAt) {
  public static final int SCHEMA_VERSION = 1;
  public static final String CLAIMED = "CLAIMED";
  public static final String DONE = "DONE";

  public GateMarker {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.present(state, "state");
    Require.present(owner, "owner");
    Require.present(claimedAt, "claimedAt");
  }

  public boolean done() {
    return DONE.equals(state);
  }
}
