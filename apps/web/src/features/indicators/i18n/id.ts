// Messages of this feature in Bahasa Indonesia (merged into app/i18n/id.ts).
// The shape is the source of truth for this feature's keys; en.ts must match.

export const indicatorsId = {
  indicators: {
    title: 'Indikator',
    intro: 'Indikator beserta baseline dan target per tahun.',
    views: 'Tampilan',
    viewList: 'Daftar indikator',
    viewRoadmap: 'Road Map (Sasaran)',
    searchLabel: 'Cari indikator',
    searchPlaceholder: 'Nama, kode, satuan atau perangkat daerah…',
    scopeFilter: 'Lingkup',
    allScopes: 'Semua',
    resultCount_one: '{{count}} indikator',
    resultCount_other: '{{count}} indikator',
    empty: 'Belum ada indikator untuk pemerintah ini.',
    emptyFiltered: 'Tidak ada indikator yang cocok dengan filter.',
    tableCaption: 'Daftar indikator dengan baseline dan target tahunan',
    columns: {
      name: 'Indikator',
      unit: 'Satuan',
      owner: 'Perangkat Daerah',
      baseline: 'Baseline',
      target: 'Target {{year}}',
    },
    selectedYear: 'tahun terpilih',
  },
  roadmap: {
    period: 'Periode {{start}}–{{end}}',
    regulation: 'Dasar hukum: {{ref}}',
    goal: 'Sasaran',
    goalWithCode: 'Sasaran {{code}}',
    empty: 'Belum ada Road Map RB untuk pemerintah ini.',
    noGoals: 'Road Map ini belum memiliki sasaran.',
    noIndicators: 'Sasaran ini belum memiliki indikator.',
    tableCaption: 'Indikator sasaran "{{goal}}" dengan baseline dan target {{start}}–{{end}}',
  },
};

export type IndicatorsMessages = typeof indicatorsId;
