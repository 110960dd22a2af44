package kr.go.molit.rbd.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the directory file at start, before the web server opens: the whole file is validated
 * first and applied in one transaction, so a bad file changes nothing.
 */
@Component
class DirectorySynchronizer implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(DirectorySynchronizer.class);

  private final DirectoryProperties properties;
  private final ProcessEngine engine;
  private final TransactionTemplate transaction;
  private final DirectoryHolder holder;

  DirectorySynchronizer(
      DirectoryProperties properties,
      ProcessEngine engine,
      PlatformTransactionManager transactions,
      DirectoryHolder holder) {
    this.properties = properties;
    this.engine = engine;
    this.transaction = new TransactionTemplate(transactions);
    this.holder = holder;
  }

  @Override
  public void afterSingletonsInstantiated() {
    Directory directory = read();
    transaction.executeWithoutResult(status -> apply(directory));
    holder.set(directory);
    LOG.info(
        "RBD-DIR-001 directory applied: {} regions, {} other groups, {} demo users",
        directory.regions().size(),
        directory.groups().size(),
        properties.demoUsers() ? directory.users().size() : 0);
  }

  Directory read() {
    String source = properties.location().getDescription();
    try {
      return DirectoryParser.parse(
          source, properties.location().getContentAsString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DirectoryException(source, "cannot be read", e);
    }
  }

  private void apply(Directory directory) {
    IdentitySync identities = new IdentitySync(engine.getIdentityService());
    Grants grants = new Grants(engine.getAuthorizationService());
    identities.groups(directory.allGroups());
    if (properties.demoUsers()) {
      identities.users(directory.users());
    }
    new GrantSync(grants).apply(directory);
    new FilterSync(engine.getFilterService(), engine.getTaskService(), grants).apply(directory);
  }
}
