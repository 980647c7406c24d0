// Messages of this feature in Bahasa Indonesia (merged into app/i18n/id.ts).
// The shape is the source of truth for this feature's keys; en.ts must match.

export const performanceTreeId = {
  tree: {
    title: 'Pohon Kinerja',
    intro: 'Cascading kinerja dari hasil utama (level 0) hingga kegiatan. Peta grafis akan tersedia pada rilis berikutnya.',
    tableCaption: 'Daftar pohon kinerja tahun {{year}}',
    emptyYear: 'Belum ada pohon kinerja untuk tahun {{year}}.',
    columns: {
      title: 'Judul',
      year: 'Tahun',
      agency: 'Perangkat Daerah',
      nodes: 'Jumlah simpul',
    },
    backToList: 'Kembali ke daftar pohon kinerja',
    notFound: 'Pohon kinerja tidak ditemukan.',
    emptyTree: 'Pohon kinerja ini belum memiliki simpul.',
    outlineLabel: 'Struktur pohon kinerja',
    level: 'Level {{level}}',
    indicator: 'Indikator',
    observedProblem: 'Fenomena',
    observedValue: '{{value}} tahun {{year}}',
    rationale: 'Keterkaitan',
    responsible: 'Penanggung jawab',
    expandAll: 'Buka semua',
    collapseAll: 'Tutup semua',
    childCount_one: '{{count}} turunan',
    childCount_other: '{{count}} turunan',
  },
};

export type PerformanceTreeMessages = typeof performanceTreeId;
