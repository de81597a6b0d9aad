package dev.satpage.infra.consistency;

import java.util.List;
import java.util.Set;

/**
 * A deployed application and where Terraform describes it: its module, the policy document of its
 * role, the local holding its environment, how it reads that environment, and what it cannot run
 * without. There is no list of settings or queues "being worked on": what Terraform sets must be
 * read, and what a role grants must be used, today.
 *
 * @param lambdaSettings for a Lambda function: the source (from the repository root) of the class
 *     that reads its environment variables by name; null for a Spring Boot app, which binds them by
 *     relaxed binding
 * @param required each entry: alternatives, one of which the environment must set (setting names
 *     for a Spring Boot app, environment variable names for a Lambda function)
 */
record Component(
    String module,
    String roleDocument,
    String envLocal,
    String lambdaSettings,
    List<Set<String>> required) {
  static final List<Component> ALL =
      List.of(
          new Component(
              "producer",
              "producer_task",
              "producer_env",
              null,
              List.of(Set.of("satpage.bucket"), Set.of("satpage.aws.region"))),
          // Deployed as the Lambda function (lambda.tf); the Lambda runtime sets AWS_REGION itself.
          new Component(
              "imagery-worker",
              "imagery",
              "imagery_env",
              "imagery-worker/src/main/java/dev/satpage/imagery/app/lambda/LambdaSettings.java",
              List.of(
                  Set.of("SATPAGE_BUCKET"),
                  Set.of("SATPAGE_IMAGERY_API_KEY_SECRET_ARN", "SATPAGE_IMAGERY_API_KEY"))),
          new Component(
              "render-worker",
              "render_task",
              "render_env",
              null,
              List.of(Set.of("satpage.bucket"), Set.of("satpage.aws.region"))));

  boolean isLambda() {
    return lambdaSettings != null;
  }
}
