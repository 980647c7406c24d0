// The worksheet (LKE) as an Excel workbook, the way teams keep it: one row per
// criterion with its place in the framework, each visible assessor's answer,
// the consensus answer and reason, the review status; and a sheet with the
// scores per component and area (the API's numbers, 2 decimals).
import type { AssessmentData } from '../components/types.ts';
import { answerLabel, indexFramework } from './framework.ts';

export interface WorksheetLabels {
  sheetCriteria: string;
  sheetScores: string;
  no: string;
  path: string;
  subItem: string;
  weight: string;
  criterion: string;
  consensus: string;
  consensusScore: string;
  reason: string;
  review: string;
  part: string;
  total: string;
  grade: string;
  weightUnknown: string;
  reviewStatus: (status: string) => string;
}

export async function worksheetXlsx(a: AssessmentData, labels: WorksheetLabels): Promise<Blob> {
  const { Workbook } = await import('exceljs');
  const index = indexFramework(a.framework);
  const book = new Workbook();
  const assessors = a.members.filter((m) => m.role === 'ASSESSOR');
  const visible = assessors.filter((m) => a.answers.some((x) => x.assessorId === m.userId) || a.canSeeAllAnswers);
  const answerOf = new Map(a.answers.map((x) => [`${x.criterionId}:${x.assessorId}`, x]));
  const consensus = new Map(a.consensus.map((x) => [x.criterionId, x]));

  const sheet = book.addWorksheet(labels.sheetCriteria, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([`${a.title} · ${a.framework.name}`]).font = { bold: true, size: 12 };
  const head = sheet.addRow([
    labels.no,
    labels.path,
    labels.subItem,
    labels.weight,
    labels.criterion,
    ...visible.map((m) => m.name),
    labels.consensus,
    labels.reason,
    labels.review,
  ]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  let n = 0;
  for (const c of index.criteria) {
    const sub = index.byId.get(c.nodeId);
    const path: string[] = [];
    let p = sub?.parentId ? index.byId.get(sub.parentId) : undefined;
    while (p) {
      path.unshift(p.name);
      p = p.parentId ? index.byId.get(p.parentId) : undefined;
    }
    const row = consensus.get(c.id);
    const r = sheet.addRow([
      ++n,
      path.join(' › '),
      sub?.name ?? '',
      sub?.weight == null ? labels.weightUnknown : Number(sub.weight),
      `${c.code ? `${c.code}. ` : ''}${c.text}`,
      ...visible.map((m) => answerLabel(c, answerOf.get(`${c.id}:${m.userId}`)?.value)),
      answerLabel(c, row?.value),
      row?.reason ?? '',
      row ? labels.reviewStatus(row.reviewStatus) : '',
    ]);
    r.alignment = { wrapText: true, vertical: 'top' };
  }
  const widths = [5, 32, 26, 9, 60, ...visible.map(() => 22), 22, 30, 16];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.getColumn(4).numFmt = '0.00';

  const scores = book.addWorksheet(labels.sheetScores);
  scores.addRow([`${a.title} · ${a.year}`]).font = { bold: true, size: 12 };
  const sheets = a.assessorScores;
  scores.addRow([labels.part, labels.weight, ...sheets.map((s) => s.assessorName ?? ''), labels.consensusScore]).font = { bold: true };
  const consensusNodes = new Map(a.consensusScore.nodes.map((x) => [x.nodeId, x.score]));
  for (const node of index.ordered.filter((x) => x.kind !== 'SUB_ITEM')) {
    const row = scores.addRow([
      `${'  '.repeat(node.depth)}${node.code ? `${node.code} ` : ''}${node.name}`,
      node.weight == null ? labels.weightUnknown : Number(node.weight),
      ...sheets.map((s) => s.nodes.find((x) => x.nodeId === node.id)?.score ?? 0),
      consensusNodes.get(node.id) ?? 0,
    ]);
    if (node.depth === 0) row.font = { bold: true };
  }
  scores.addRow([labels.total, a.consensusScore.maxTotal, ...sheets.map((s) => s.total), a.consensusScore.total]).font = { bold: true };
  scores.addRow([labels.grade, '', ...sheets.map((s) => s.grade), a.consensusScore.grade]).font = { bold: true };
  scores.getColumn(1).width = 50;
  for (let i = 2; i <= sheets.length + 3; i++) {
    scores.getColumn(i).width = 16;
    scores.getColumn(i).numFmt = '0.00';
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
