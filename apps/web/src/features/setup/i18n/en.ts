// Messages of this feature in English (merged into app/i18n/en.ts).
import type { SetupMessages } from './id.ts';

export const setupEn: SetupMessages = {
  setup: {
    demoBanner: 'Demo server: demo accounts with a published password exist here. Do not keep real data on it.',
    title: 'Setting up your government',
    intro: 'The steps to run the bureaucratic reform of {{year}} here. Work through them in order; finished ones are marked.',
    progress: '{{done}} of {{total}} steps done',
    done: 'Done',
    open: 'Open',
    adminOnly: 'Done by an administrator.',
    steps: {
      AGENCIES: {
        title: 'Agencies',
        hint: 'Set up the agencies (OPD) and their units.',
        count_one: '{{count}} agency',
        count_other: '{{count}} agencies',
        action: 'Manage agencies',
      },
      USERS: {
        title: 'Users and roles',
        hint: 'Create accounts for planners, assessors and managers, with their roles and agency scope.',
        count_one: '{{count}} user',
        count_other: '{{count}} users',
        action: 'Manage users',
      },
      ROADMAP: {
        title: 'Reform road map',
        hint: 'Create the five-year road map with its goals and areas of change.',
        count_one: '{{count}} road map',
        count_other: '{{count}} road maps',
        action: 'Create a road map',
      },
      INDICATORS: {
        title: 'Indicators',
        hint: 'Define the goal indicators with their baseline and yearly targets.',
        count_one: '{{count}} indicator',
        count_other: '{{count}} indicators',
        action: 'Manage indicators',
      },
      WORK_PLAN: {
        title: 'Work plan {{year}}',
        hint: "Create the work plan of {{year}}: from the road map, as a copy of last year's, or empty.",
        count_one: '{{count}} work plan',
        count_other: '{{count}} work plans',
        action: 'Create a work plan',
      },
      ASSESSMENT: {
        title: 'Self-assessment {{year}}',
        hint: 'Start the PMPRB of {{year}} and pick its assessor team from the users.',
        count_one: '{{count}} assessment',
        count_other: '{{count}} assessments',
        action: 'Start an assessment',
      },
    },
  },
};
