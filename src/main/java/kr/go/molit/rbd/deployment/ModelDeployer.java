package kr.go.molit.rbd.deployment;

import java.io.ByteArrayInputStream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and form file as one deployment named {@value #DEPLOYMENT_NAME}, at start
 * and before the web server opens. Forms must share a deployment with the BPMN that binds them
 * ({@code camunda:formRefBinding="deployment"}), so a change to any file redeploys them all; an
 * unchanged set is not deployed again.
 */
@Component
class ModelDeployer implements SmartInitializingSingleton {

  static final String DEPLOYMENT_NAME = "rbd-workflow";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repository;

  ModelDeployer(RepositoryService repository) {
    this.repository = repository;
  }

  @Override
  public void afterSingletonsInstantiated() {
    deploy(ModelResources.fromClasspath(getClass().getClassLoader()));
  }

  void deploy(ModelResources resources) {
    if (resources.models().isEmpty()) {
      throw new InvalidModelException("processes/", "no models found on the classpath");
    }
    FormReferenceCheck.verify(resources.models());
    DeploymentBuilder builder =
        repository
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("rbd-workflow server")
            .enableDuplicateFiltering(false);
    resources
        .models()
        .forEach(m -> builder.addInputStream(m.name(), new ByteArrayInputStream(m.content())));
    try {
      DeploymentWithDefinitions deployment = builder.deployWithResult();
      LOG.info(
          "RBD-DEP-001 deployment '{}' ({}): {} processes, {} decisions, {} files",
          DEPLOYMENT_NAME,
          deployment.getId(),
          deployment.getDeployedProcessDefinitions() == null
              ? 0
              : deployment.getDeployedProcessDefinitions().size(),
          deployment.getDeployedDecisionDefinitions() == null
              ? 0
              : deployment.getDeployedDecisionDefinitions().size(),
          resources.models().size());
    } catch (ParseException e) {
      String resource =
          e.getResorceReports().stream()
              .filter(r -> !r.getErrors().isEmpty())
              .map(r -> r.getResourceName())
              .findFirst()
              .orElse("processes/");
      throw new InvalidModelException(resource, FormReferenceCheck.rootMessage(e));
    }
  }
}
