// Messages of this feature in Bahasa Indonesia (merged into app/i18n/id.ts).
// The shape is the source of truth for this feature's keys; en.ts must match.

export const setupId = {
  setup: {
    demoBanner: 'Server demo: akun demo dengan kata sandi yang dipublikasikan ada di sini. Jangan simpan data yang sebenarnya.',
    title: 'Persiapan pemerintah Anda',
    intro: 'Langkah-langkah agar Reformasi Birokrasi tahun {{year}} dapat dijalankan di sini. Kerjakan berurutan; yang selesai ditandai.',
    progress: '{{done}} dari {{total}} langkah selesai',
    done: 'Selesai',
    open: 'Belum',
    adminOnly: 'Dikerjakan oleh administrator.',
    steps: {
      AGENCIES: {
        title: 'Perangkat daerah',
        hint: 'Susun OPD beserta unit kerjanya.',
        count_one: '{{count}} perangkat daerah',
        count_other: '{{count}} perangkat daerah',
        action: 'Atur perangkat daerah',
      },
      USERS: {
        title: 'Pengguna dan peran',
        hint: 'Buat akun perencana, asesor dan pimpinan, dengan peran dan cakupan perangkat daerahnya.',
        count_one: '{{count}} pengguna',
        count_other: '{{count}} pengguna',
        action: 'Atur pengguna',
      },
      ROADMAP: {
        title: 'Road Map RB',
        hint: 'Buat Road Map lima tahunan beserta sasaran dan area perubahannya.',
        count_one: '{{count}} road map',
        count_other: '{{count}} road map',
        action: 'Buat Road Map',
      },
      INDICATORS: {
        title: 'Indikator',
        hint: 'Tetapkan indikator sasaran dengan baseline dan target per tahun.',
        count_one: '{{count}} indikator',
        count_other: '{{count}} indikator',
        action: 'Atur indikator',
      },
      WORK_PLAN: {
        title: 'Rencana Kerja {{year}}',
        hint: 'Buat Rencana Kerja RB tahun {{year}}: dari Road Map, salin dari tahun lalu, atau kosong.',
        count_one: '{{count}} rencana kerja',
        count_other: '{{count}} rencana kerja',
        action: 'Buat Rencana Kerja',
      },
      ASSESSMENT: {
        title: 'Penilaian Mandiri {{year}}',
        hint: 'Mulai PMPRB tahun {{year}} dan pilih tim asesornya dari pengguna.',
        count_one: '{{count}} penilaian',
        count_other: '{{count}} penilaian',
        action: 'Mulai penilaian',
      },
    },
  },
};

export type SetupMessages = typeof setupId;
