// Messages of this feature in English (merged into app/i18n/en.ts).
import type { IndicatorsMessages } from './id.ts';

export const indicatorsEn: IndicatorsMessages = {
  indicators: {
    title: 'Indicators',
    intro: 'Indicators with their baseline and yearly targets.',
    views: 'View',
    viewList: 'Indicator list',
    viewRoadmap: 'Road map (goals)',
    searchLabel: 'Search indicators',
    searchPlaceholder: 'Name, code, unit or agency…',
    scopeFilter: 'Scope',
    allScopes: 'All',
    resultCount_one: '{{count}} indicator',
    resultCount_other: '{{count}} indicators',
    empty: 'This government has no indicators yet.',
    emptyFiltered: 'No indicators match the filter.',
    tableCaption: 'Indicators with baseline and yearly targets',
    columns: {
      name: 'Indicator',
      unit: 'Unit',
      owner: 'Agency',
      baseline: 'Baseline',
      target: 'Target {{year}}',
    },
    selectedYear: 'selected year',
  },
  roadmap: {
    period: 'Period {{start}}–{{end}}',
    regulation: 'Legal basis: {{ref}}',
    goal: 'Goal',
    goalWithCode: 'Goal {{code}}',
    empty: 'This government has no reform road map yet.',
    noGoals: 'This road map has no goals yet.',
    noIndicators: 'This goal has no indicators yet.',
    tableCaption: 'Indicators of the goal "{{goal}}" with baseline and targets {{start}}–{{end}}',
  },
};
