package dev.satpage.model.testing;

import dev.satpage.model.port.ObjectStore;

class InMemoryObjectStoreTest extends ObjectStoreContract {
  @Override
  protected ObjectStore createStore() {
    return new InMemoryObjectStore("fake-bucket");
  }
}
