package kr.go.molit.rbd.petition;

/**
 * The variables of {@code regional-petition}, named once. Forms bind the same names as field keys;
 * the BPMN's expressions read them.
 */
public final class PetitionVariables {

  public static final String PROCESS_KEY = "regional-petition";
  public static final String FORUM_DECISION_MESSAGE = "ForumDecision";

  // Intake (start form petition-submission) and registration
  public static final String INITIATOR = "initiatorId";
  public static final String PETITION_NUMBER = "petitionNumber";
  public static final String REGION_CODE = "regionCode";
  public static final String REGION_NAME = "regionName";
  public static final String REGION_GROUP = "regionGroupId";
  public static final String TITLE = "title";
  public static final String CATEGORY = "category";
  public static final String CATEGORY_LABEL = "categoryLabel";
  public static final String SUBMITTED_AT = "submittedAt";
  public static final String DESCRIPTION = "description";
  public static final String REQUESTED_SUPPORT = "requestedSupport";
  public static final String EXPECTED_EFFECT = "expectedEffect";
  public static final String RELATED_PROJECTS = "relatedProjects";
  public static final String CONTACT = "contact";

  // Council
  public static final String COMPLETENESS_DECISION = "completenessDecision";
  public static final String SUPPLEMENT_REQUEST = "supplementRequest";
  public static final String SUPPLEMENT_ACTION = "supplementAction";
  public static final String COUNCIL_OUTCOME = "councilOutcome";
  public static final String COUNCIL_OPINION = "councilOpinion";

  // Planning Group TF
  public static final String ROUTING = "routing";
  public static final String REVIEW_DIVISIONS = "reviewDivisions";
  public static final String LEAD_DIVISION = "leadDivision";
  public static final String MINISTRY_OPTIONS = "ministryOptions";
  public static final String DIVISION_REVIEWS = "divisionReviews";
  public static final String DIVISION_REVIEW_SUMMARY = "divisionReviewSummary";
  public static final String ADVICE_GROUPS = "adviceGroups";
  public static final String ADVISORY_OPINIONS = "advisoryOpinions";
  public static final String ADVISORY_SUMMARY = "advisorySummary";
  public static final String MINISTRIES_TO_CONSULT = "ministriesToConsult";
  public static final String CONSULTATION_REPLIES = "consultationReplies";
  public static final String CONSULTATION_SUMMARY = "consultationSummary";
  public static final String SUPPORT_DIRECTION = "supportDirection";
  public static final String DIRECTION_TEXT = "directionText";
  public static final String SEND_TO_FORUM = "sendToForum";
  public static final String CONSOLIDATED_BY = "consolidatedBy";

  // Forum and result
  public static final String FORUM_DECISION = "forumDecision";
  public static final String FORUM_DIRECTION = "forumDirection";
  public static final String FORUM_SESSION_ID = "forumSessionId";
  public static final String FORUM_SESSION_TITLE = "forumSessionTitle";
  public static final String FORUM_SESSION_LINK = "forumSessionLink";
  public static final String OUTCOME = "outcome";
  public static final String PETITION_OUTCOME = "petitionOutcome";
  public static final String OUTCOME_LABEL = "outcomeLabel";
  public static final String DECIDED_AT = "decidedAt";

  private PetitionVariables() {}
}
