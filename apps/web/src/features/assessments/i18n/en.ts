// Messages of this feature in English (merged into app/i18n/en.ts).
import type { AssessmentsMessages } from './id.ts';

export const assessmentsEn: AssessmentsMessages = {
  assessments: {
    title: 'Self-assessment (PMPRB)',
    intro: 'Assessment frameworks and the self-assessments of the bureaucratic reform.',
    worksheetLater:
      'The evaluation worksheet (LKE) to answer, score and agree on criteria comes in a later release. For now you can see the frameworks and the list of assessments.',
    frameworks: 'Assessment frameworks',
    frameworksCaption: "Assessment frameworks (national and the government's own)",
    frameworksEmpty: 'No assessment frameworks yet.',
    list: 'Assessments',
    listCaption: 'Self-assessments for {{year}}',
    listEmptyYear: 'No assessments for {{year}} yet.',
    columns: {
      name: 'Name',
      code: 'Code',
      regulation: 'Legal basis',
      revision: 'Revision',
      criteria: 'Criteria',
      status: 'Status',
      title: 'Title',
      year: 'Year',
      agency: 'Agency',
      framework: 'Framework',
      deadline: 'Deadline',
    },
  },
};
