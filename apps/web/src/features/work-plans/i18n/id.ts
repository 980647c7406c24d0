// Messages of this feature in Bahasa Indonesia (merged into app/i18n/id.ts).
// The shape is the source of truth for this feature's keys; en.ts must match.

export const workPlansId = {
  workPlans: {
    title: 'Rencana Kerja',
    intro: 'Rencana kerja tahunan, RATL dan rencana aksi perjanjian kinerja.',
    tableCaption: 'Daftar rencana kerja tahun {{year}}',
    emptyYear: 'Belum ada rencana kerja untuk tahun {{year}}.',
    columns: {
      title: 'Judul',
      year: 'Tahun',
      kind: 'Jenis',
      status: 'Status',
      steps: 'Jumlah langkah',
      agency: 'Perangkat Daerah',
    },
    backToList: 'Kembali ke daftar rencana kerja',
    notFound: 'Rencana kerja tidak ditemukan.',
    details: 'Rincian rencana',
    regulation: 'Dasar hukum',
    agency: 'Perangkat Daerah',
    totalBudget: 'Total anggaran',
    activities: 'Kegiatan',
    steps: 'Langkah kerja',
    readOnlyNote: 'Tampilan ini hanya baca. Penyuntingan rencana kerja akan tersedia pada rilis berikutnya.',
    emptyPlan: 'Rencana ini belum memiliki kegiatan.',
  },
  grid: {
    label: 'Tabel rencana kerja {{title}}',
    rowCount_one: '{{count}} baris',
    rowCount_other: '{{count}} baris',
    scheduled: '{{month}}: dijadwalkan',
    notScheduled: '{{month}}: tidak dijadwalkan',
    mark: '√',
    columns: {
      no: 'No',
      area: 'Area Perubahan',
      indicator: 'Indikator',
      program: 'Program',
      activity: 'Kegiatan',
      budget: 'Anggaran (Rp)',
      action: 'Rencana Aksi',
      subActivity: 'Sub Kegiatan / Aksi',
      output: 'Output',
      responsible: 'Penanggung Jawab',
      step: 'Rencana Kerja',
      successCriteria: 'Kriteria Keberhasilan',
    },
  },
};

export type WorkPlansMessages = typeof workPlansId;
