package dev.satpage.model.testing;

import dev.satpage.model.port.ObjectStore;

class InMemoryObjectStoreTest extends ObjectStoreContract {
  private InMemoryObjectStore fake;

  @Override
  protected ObjectStore createStore() {
    fake = new InMemoryObjectStore("fake-bucket");
    return fake;
  }

  @Override
  protected void conflictOnNextConditionalWrites(String key, int times, Runnable competitor) {
    fake.conflictOnNextConditionalWrites(key, times, competitor);
  }
}
