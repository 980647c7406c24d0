// Messages of this feature in English (merged into app/i18n/en.ts).
import type { PerformanceTreeMessages } from './id.ts';

export const performanceTreeEn: PerformanceTreeMessages = {
  tree: {
    title: 'Performance tree',
    intro: 'Cascading performance from the top result (level 0) down to activities. The graphical map comes in a later release.',
    tableCaption: 'Performance trees for {{year}}',
    emptyYear: 'No performance trees for {{year}} yet.',
    columns: {
      title: 'Title',
      year: 'Year',
      agency: 'Agency',
      nodes: 'Nodes',
    },
    backToList: 'Back to the performance trees',
    notFound: 'Performance tree not found.',
    emptyTree: 'This performance tree has no nodes yet.',
    outlineLabel: 'Performance tree outline',
    level: 'Level {{level}}',
    indicator: 'Indicator',
    observedProblem: 'Observed problem (fenomena)',
    observedValue: '{{value}} in {{year}}',
    rationale: 'Rationale (keterkaitan)',
    responsible: 'Responsible official',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    childCount_one: '{{count}} child',
    childCount_other: '{{count}} children',
  },
};
