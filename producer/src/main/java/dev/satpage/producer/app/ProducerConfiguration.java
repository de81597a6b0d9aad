package dev.satpage.producer.app;

import dev.satpage.model.gate.OnceGate;
import dev.satpage.model.port.JobQueue;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.producer.coordinator.Coordinator;
import dev.satpage.producer.intake.OrderIntake;
import dev.satpage.producer.intake.ProductCatalog;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The producer's composition root: the pure services wired to the S3 and SQS adapters. */
@Configuration(proxyBeanMethods = false)
class ProducerConfiguration {
  @Bean
  OrderIntake orderIntake(ObjectStore store, JobQueue queue) {
    return new OrderIntake(new ProductCatalog(), store, queue);
  }

  @Bean
  Coordinator coordinator(
      ObjectStore store,
      JobQueue queue,
      Clock clock,
      @Value("${satpage.coordinator.dispatch-claim-stale-after:PT2M}") Duration staleAfter) {
    return new Coordinator(store, queue, new OnceGate(store, clock, staleAfter), clock);
  }

  @Bean
  ProducerListeners producerListeners(
      dev.satpage.aws.sqs.MessageHandling handling, OrderIntake intake, Coordinator coordinator) {
    return new ProducerListeners(handling, intake, coordinator);
  }
}
