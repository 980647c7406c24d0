// Messages of this feature in Bahasa Indonesia (merged into app/i18n/id.ts).
// The shape is the source of truth for this feature's keys; en.ts must match.

export const assessmentsId = {
  assessments: {
    title: 'Penilaian Mandiri (PMPRB)',
    intro: 'Kerangka penilaian dan penilaian mandiri pelaksanaan Reformasi Birokrasi.',
    worksheetLater:
      'Lembar Kerja Evaluasi (LKE) untuk mengisi, menilai dan menyepakati jawaban akan tersedia pada rilis berikutnya. Saat ini Anda dapat melihat kerangka dan daftar penilaian.',
    frameworks: 'Kerangka penilaian',
    frameworksCaption: 'Kerangka penilaian (nasional dan milik pemerintah)',
    frameworksEmpty: 'Belum ada kerangka penilaian.',
    list: 'Penilaian',
    listCaption: 'Penilaian mandiri tahun {{year}}',
    listEmptyYear: 'Belum ada penilaian untuk tahun {{year}}.',
    columns: {
      name: 'Nama',
      code: 'Kode',
      regulation: 'Dasar hukum',
      revision: 'Revisi',
      criteria: 'Jumlah kriteria',
      status: 'Status',
      title: 'Judul',
      year: 'Tahun',
      agency: 'Perangkat Daerah',
      framework: 'Kerangka',
      deadline: 'Batas waktu',
    },
  },
};

export type AssessmentsMessages = typeof assessmentsId;
