package kr.go.molit.rbd.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class DirectoryParserTest {

  static final String VALID =
      """
      regions:
        - { code: busan, adminCode: "26", name: 부산광역시 }
      groups:
        - { id: council-secretariat, kind: council, name: 지역협의회 사무국 }
      grants:
        - { to: { kinds: [region] }, resource: PROCESS_DEFINITION, id: regional-petition, permissions: [READ, CREATE_INSTANCE] }
      users:
        - { id: busan.official, name: 김부산, title: 담당, groups: [region-busan] }
      """;

  static Directory parse(String text) {
    return DirectoryParser.parse("test.yaml", text);
  }

  @Test
  void readsRegionsAsGroupsWithTheirCode() {
    Directory directory = parse(VALID);
    assertThat(directory.allGroups())
        .extracting(Directory.OrgGroup::id)
        .containsExactly("region-busan", "council-secretariat");
    assertThat(directory.users().get(0).email()).isEqualTo("busan.official@rbd.example.kr");
  }

  @Test
  void theShippedDirectoryHoldsEveryBodyOfTheSeedDocument() throws IOException {
    String text =
        new ClassPathResource("directory/directory.yaml")
            .getContentAsString(StandardCharsets.UTF_8);
    Directory directory = parse(text);
    assertThat(directory.regions()).hasSize(14);
    assertThat(directory.groupsOfKinds(java.util.List.of("regional-bureau"))).hasSize(5);
    assertThat(directory.groupsOfKinds(java.util.List.of("land-office"))).hasSize(18);
    assertThat(directory.groupsOfKinds(java.util.List.of("institution"))).hasSize(7);
    assertThat(directory.users()).filteredOn(u -> u.groups().contains("forum-members")).hasSize(11);
    for (Directory.Region region : directory.regions()) {
      assertThat(directory.users())
          .extracting(Directory.DemoUser::id)
          .contains(region.code() + ".official");
    }
    assertThat(directory.users()).allSatisfy(u -> assertThat(u.name()).matches(".*[가-힣].*"));
  }

  @Test
  void unknownGroupReferenceNamesTheLine() {
    assertThatThrownBy(
            () -> parse(VALID.replace("groups: [region-busan]", "groups: [region-seoul]")))
        .isInstanceOf(DirectoryException.class)
        .hasMessage(
            "Directory test.yaml line 8: user 'busan.official' names unknown group 'region-seoul'");
  }

  @Test
  void duplicateIdNamesTheLine() {
    String twice = VALID + "  - { id: busan.official, name: 다른, title: 담당, groups: [] }\n";
    assertThatThrownBy(() -> parse(twice))
        .hasMessage("Directory test.yaml line 9: duplicate id 'busan.official'");
  }

  @Test
  void malformedLineNamesTheLine() {
    assertThatThrownBy(
            () ->
                parse(VALID.replace("- { id: council-secretariat,", "- { id: council-secretariat")))
        .hasMessageStartingWith("Directory test.yaml line")
        .hasMessageContaining("malformed YAML");
  }

  @Test
  void unknownPermissionIsRefused() {
    assertThatThrownBy(() -> parse(VALID.replace("CREATE_INSTANCE", "LAUNCH")))
        .hasMessage(
            "Directory test.yaml line 6: permission 'LAUNCH' does not exist for PROCESS_DEFINITION");
  }

  @Test
  void idsOutsideTheWhitelistAreRefused() {
    assertThatThrownBy(() -> parse(VALID.replace("id: busan.official", "id: busan..official")))
        .hasMessageContaining("line 8")
        .hasMessageContaining("not letters and digits");
  }

  @Test
  void unknownKeysAreRefused() {
    assertThatThrownBy(() -> parse(VALID.replace("title: 담당", "titel: 담당")))
        .hasMessageContaining("line 8")
        .hasMessageContaining("unknown key 'titel'");
  }
}
