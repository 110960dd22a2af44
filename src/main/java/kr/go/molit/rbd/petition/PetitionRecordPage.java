package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionHtml.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.calendar.WorkingDays;

/**
 * A petition's page in 건의 현황: where it stands, the steps open now with the body on each and its due
 * date, what was decided once it was, what the region asked for, the documents attached to it (and,
 * for an official who may attach more, given {@code formToken}, a form to do so), and every step so
 * far.
 */
record PetitionRecordPage(
    PetitionRecords.Record record, Date now, String formToken, long mostBytes) {

  PetitionRecordPage(PetitionRecords.Record record, Date now) {
    this(record, now, null, 0);
  }

  String render(String contextPath) {
    PetitionStatus.View p = record.view();
    StringBuilder page = page(p.number() + " " + p.title());
    summary(page, p);
    if (p.open()) {
      openSteps(page, p);
    }
    texts(page, "결정 내용", record.decision());
    texts(page, "건의 사항", record.request());
    documents(page, p.number());
    steps(page);
    page.append("<p><a href=\"../petitions\">건의 현황으로</a></p>\n");
    return page.append(end(contextPath)).toString();
  }

  private static void summary(StringBuilder page, PetitionStatus.View p) {
    page.append("<dl>")
        .append(item("지역", e(p.regionName())))
        .append(item("분야", e(p.categoryLabel())))
        .append(item("접수일", day(p.submittedAt())))
        .append(item("상태", p.open() ? "진행 중" : "종결"));
    if (p.outcomeLabel() != null || !p.open()) {
      page.append(item("처리 결과", e(p.outcomeLabel() == null ? "종료" : p.outcomeLabel())));
    }
    if (p.decidedAt() != null) {
      page.append(item("결정일", day(p.decidedAt())));
    }
    if (p.forumSessionTitle() != null) {
      page.append(item("결정 회의", e(p.forumSessionTitle())));
    }
    page.append("</dl>\n");
  }

  /** The open tasks, or where the petition waits when none is open (the Forum's decision). */
  private void openSteps(StringBuilder page, PetitionStatus.View p) {
    page.append("<h2>진행 중인 단계</h2>\n<ul>");
    List<PetitionRecords.Step> open =
        record.steps().stream().filter(step -> step.endedAt() == null).toList();
    if (open.isEmpty()) {
      p.currentSteps().forEach(step -> page.append("<li>").append(e(step)).append("</li>"));
    }
    for (PetitionRecords.Step step : open) {
      page.append("<li>").append(e(step.name()));
      if (step.organisation() != null) {
        page.append(": ").append(e(step.organisation()));
      }
      if (step.dueDate() != null) {
        page.append(" · 기한 ").append(due(step.dueDate(), now));
      }
      page.append("</li>");
    }
    page.append("</ul>\n");
  }

  private static void texts(StringBuilder page, String heading, Map<String, String> texts) {
    if (!texts.isEmpty()) {
      page.append("<h2>").append(e(heading)).append("</h2>\n<dl>");
      texts.forEach((label, text) -> page.append(item(label, text(text))));
      page.append("</dl>\n");
    }
  }

  private void documents(StringBuilder page, String number) {
    page.append("<h2 id=\"documents\">첨부 문서</h2>\n");
    String here = e(PetitionLinks.segment(number));
    if (record.documents().isEmpty()) {
      page.append("<p>첨부된 문서가 없습니다.</p>\n");
    } else {
      page.append("<table><tr><th>파일</th><th>설명</th><th>크기</th><th>첨부한 사람</th><th>첨부일</th></tr>\n");
      for (PetitionDocuments.Document document : record.documents()) {
        page.append("<tr><td><a href=\"")
            .append(here)
            .append("/documents/")
            .append(e(document.id()))
            .append("\">")
            .append(e(document.name()))
            .append("</a></td><td>")
            .append(e(document.description()))
            .append("</td><td class=\"number nowrap\">")
            .append(document.size() == null ? "" : DocumentUpload.size(document.size()))
            .append("</td><td>")
            .append(e(document.attachedBy()))
            .append("</td><td class=\"nowrap\">")
            .append(when(document.attachedAt()))
            .append("</td></tr>\n");
      }
      page.append("</table>\n");
    }
    if (formToken != null) {
      page.append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"")
          .append(here)
          .append("/documents\">")
          .append("<input type=\"hidden\" name=\"token\" value=\"")
          .append(e(formToken))
          .append("\"><p><label>파일 <input type=\"file\" name=\"file\" required accept=\"")
          .append(e(DocumentUpload.accepted()))
          .append("\"></label> <label>설명 <input type=\"text\" name=\"description\" maxlength=\"")
          .append(DocumentUpload.MOST_DESCRIPTION)
          .append(
              "\" placeholder=\"예: 위치도, 사업계획서\"></label> <button type=\"submit\">첨부</button></p>")
          .append("<p>")
          .append(e(DocumentUpload.limits(mostBytes)))
          .append("</p></form>\n");
    }
  }

  private void steps(StringBuilder page) {
    page.append("<h2>처리 경과</h2>\n<table><tr><th>단계</th><th>기관</th><th>시작</th>")
        .append("<th>완료</th><th>기한</th><th>담당자</th></tr>\n");
    for (PetitionRecords.Step step : record.steps()) {
      boolean open = step.endedAt() == null;
      page.append("<tr><td>")
          .append(e(step.name()))
          .append("</td><td>")
          .append(e(step.organisation()))
          .append("</td><td>")
          .append(when(step.startedAt()))
          .append("</td><td>")
          .append(open ? "진행 중" : when(step.endedAt()))
          .append("</td><td>")
          .append(
              step.dueDate() == null
                  ? ""
                  : open ? due(step.dueDate(), now) : e(WorkingDays.label(step.dueDate())))
          .append("</td><td>")
          .append(e(step.official()))
          .append(open && step.official() != null ? " (처리 중)" : "")
          .append("</td></tr>\n");
    }
    page.append("</table>\n");
  }
}
