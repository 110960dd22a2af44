package kr.go.molit.rbd;

/** Property sets the integration tests share, so that Spring reuses one context per database. */
final class TestDatabases {

  static final String H2 = "spring.datasource.url=jdbc:h2:mem:rbd-it;DB_CLOSE_DELAY=-1";

  /** The postgres profile's administrator, named like the demo admin so the checks stay the same. */
  static final String POSTGRES_ADMIN_ID = "ADMIN_ID=demo";

  static final String POSTGRES_ADMIN_PASSWORD = "ADMIN_PASSWORD=demo";

  static final String POSTGRES_DEMO_USERS = "rbd.directory.demo-users=true";

  /** Demo passwords ("demo") would fail the production password policy. */
  static final String POSTGRES_DEMO_PASSWORDS =
      "camunda.bpm.generic-properties.properties.enable-password-policy=false";

  private TestDatabases() {}
}
