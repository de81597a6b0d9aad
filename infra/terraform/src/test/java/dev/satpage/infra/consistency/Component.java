package dev.satpage.infra.consistency;

import java.util.List;
import java.util.Set;

/**
 * A deployed application and where Terraform describes it: its module, the policy document of its role, the local
 * holding its environment, the settings it cannot run without, and the settings Terraform already sets that the
 * application is being changed to read, and queues it is being changed to send to (with the issue doing it).
 *
 * @param required each entry: alternative settings, one of which the environment must set
 */
record Component(String module, String roleDocument, String envLocal, List<Set<String>> required, Set<String> pending,
    Set<String> pendingQueues) {
  static final List<Component> ALL = List.of(
      new Component("producer", "producer_task", "producer_env",
          List.of(Set.of("satpage.bucket"), Set.of("satpage.aws.region")), Set.of(), Set.of()),
      new Component("imagery-worker", "imagery", "imagery_env",
          List.of(Set.of("satpage.bucket"), Set.of("satpage.aws.region"),
              // the key itself through ECS secrets, or (Lambda) the ARN of the secret the handler reads at init
              Set.of("satpage.imagery.api-key", "satpage.imagery.api-key-secret-arn")),
          // issue 3 adds the provider choice and the Lambda handler reading the key from its secret ARN
          Set.of("satpage.imagery.provider", "satpage.imagery.api-key-secret-arn"), Set.of()),
      new Component("render-worker", "render_task", "render_env",
          List.of(Set.of("satpage.bucket"), Set.of("satpage.aws.region")), Set.of(),
          // issue 5: print-ready events for the printhouse
          Set.of("satpage-printhouse-delivery")));
}
