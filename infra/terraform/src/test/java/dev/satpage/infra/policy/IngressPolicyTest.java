package dev.satpage.infra.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.infra.TfFixtures;
import org.junit.jupiter.api.Test;

/**
 * The preview API's ingress holds {@link IngressPolicy}, and the bad fixture reports each breach.
 */
class IngressPolicyTest {

  @Test
  void theListenerIsHttpsOnly_andTheProducerAdmitsOnlyTheLoadBalancerOnItsPort() {
    assertThat(IngressPolicy.violations(TfFixtures.module())).isEmpty();
    // not vacuous: there is a listener, a service with a load balancer block, and rules between the
    // two groups
    assertThat(TfFixtures.module().resources("aws_lb_listener"))
        .containsOnlyKeys("preview_api_https");
    assertThat(
            TfFixtures.module().resources("aws_ecs_service").get("producer").has("load_balancer"))
        .isTrue();
    assertThat(TfFixtures.module().resources("aws_vpc_security_group_ingress_rule"))
        .containsKey("producer_from_alb");
  }

  @Test
  void ingressPolicy_reportsPlainHttpOldTlsOpenGroupsAndWrongPorts() {
    assertThat(IngressPolicy.violations(TfFixtures.fixture("ingress")))
        .containsExactlyInAnyOrder(
            "aws_lb_listener.plain: plain HTTP listener (serve HTTPS only, or redirect to HTTPS)",
            "aws_lb_listener.old_tls: ssl_policy 'ELBSecurityPolicy-2016-08' is not a TLS 1.3 policy refusing TLS 1.1 and older",
            "aws_lb_listener.old_tls: no certificate_arn",
            "aws_lb.open: drop_invalid_header_fields must be true",
            "aws_security_group.lb: inline egress on a load balancer's group (allow only the service port)",
            "aws_vpc_security_group_ingress_rule.world: a service's group admits cidr_ipv4 0.0.0.0/0; only a load balancer's group may reach it",
            "aws_vpc_security_group_ingress_rule.wrong_port: ports 0-65535 are not exactly the service port [8080]");
  }

  @Test
  void theProducerExecutionRole_readsExactlyTheSecretsItsTaskInjects() {
    var m = TfFixtures.module();
    String secrets = m.local("producer_secrets").toString();
    var statements =
        Statement.of(
            "producer_execution", m.data("aws_iam_policy_document").get("producer_execution"));
    var reads =
        statements.stream()
            .filter(s -> s.actions().contains("secretsmanager:GetSecretValue"))
            .toList();

    assertThat(reads)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.actions()).containsExactly("secretsmanager:GetSecretValue");
              assertThat(s.resources())
                  .containsExactly("${aws_secretsmanager_secret.preview_api_clients.arn}");
            });
    assertThat(secrets).contains("${aws_secretsmanager_secret.preview_api_clients.arn}");
    assertThat(
            m.resources("aws_ecs_task_definition")
                .get("producer")
                .path("container_definitions")
                .asText())
        .contains("in local.producer_secrets :")
        .contains("valueFrom");
    // the task role (what the app itself may do) gets no secret at all
    assertThat(
            Statement.of("producer_task", m.data("aws_iam_policy_document").get("producer_task")))
        .noneSatisfy(s -> assertThat(s.actions()).anyMatch(a -> a.startsWith("secretsmanager:")));
  }
}
