package dev.satpage.model.testing;

import dev.satpage.model.port.JobQueue;
import java.util.List;

class InMemoryJobQueueTest extends JobQueueContract {
  private InMemoryJobQueue fake;

  @Override
  protected JobQueue createQueue() {
    fake = new InMemoryJobQueue();
    return fake;
  }

  @Override
  protected List<Received> drain(String queueName, int atLeast) {
    return fake.drain(queueName).stream().map(m -> new Received(m.body(), m.attributes())).toList();
  }
}
