package kr.go.molit.rbd.forum;

/**
 * The variables of {@code forum-session}, named once. Forms bind the same names as field keys; the
 * BPMN's expressions read them. What a session sends to a petition uses the petition's own names
 * ({@code PetitionVariables}).
 */
public final class ForumVariables {

  public static final String PROCESS_KEY = "forum-session";

  // Start form forum-session-start
  public static final String SESSION_TITLE = "sessionTitle";
  public static final String SESSION_DATE = "sessionDate";
  public static final String VENUE = "venue";
  public static final String THEME = "theme";

  // Candidates and curation (form curate-agenda)
  public static final String AGENDA_CANDIDATES = "agendaCandidates";
  public static final String AGENDA_CANDIDATE_OPTIONS = "agendaCandidateOptions";
  public static final String AGENDA_CANDIDATES_TEXT = "agendaCandidatesText";
  public static final String CANDIDATE_COUNT = "candidateCount";
  public static final String INCLUDED_PETITIONS = "includedPetitions";
  public static final String AGENDA_ORDER = "agendaOrder";
  public static final String AGENDA_NOTE = "agendaNote";
  public static final String AGENDA = "agenda";
  public static final String AGENDA_TEXT = "agendaText";

  // Approval (form approve-agenda)
  public static final String AGENDA_APPROVAL = "agendaApproval";
  public static final String APPROVAL_COMMENT = "approvalComment";

  // Meeting (forms record-meeting, record-forum-decision)
  public static final String MEETING_SUMMARY = "meetingSummary";
  public static final String AGENDA_ITEM = "agendaItem";
  public static final String FORUM_DECISIONS = "forumDecisions";
  public static final String DECISIONS_TO_DELIVER = "decisionsToDeliver";
  public static final String DELIVERED_PETITION = "deliveredPetition";
  public static final String MINUTES = "minutes";

  /** The decision code for an item the Forum left open (보류): it is not delivered. */
  public static final String DEFERRED = "deferred";

  /** The variable one item's decision is recorded in, so parallel recordings never share a row. */
  static String decisionOf(String petitionNumber) {
    return "forumDecision:" + petitionNumber;
  }

  private ForumVariables() {}
}
