// Bahasa Indonesia (default language). The shape of this object is the
// source of truth for translation keys: en.ts must have exactly the same keys
// (checked by the `Messages` type) and t() keys are type-checked against it.
// Plural keys exist in both languages (_one / _other); Indonesian only uses
// _other.
import { workPlansId } from '../../features/work-plans/i18n/id.ts';
import { indicatorsId } from '../../features/indicators/i18n/id.ts';
import { performanceTreeId } from '../../features/performance-tree/i18n/id.ts';
import { assessmentsId } from '../../features/assessments/i18n/id.ts';
import { evaluationId } from '../../features/assessments/i18n/evaluation.id.ts';
import { checksId } from '../../features/checks/i18n/id.ts';
import { renaksiId } from '../../features/renaksi/i18n/id.ts';
import { organizationId } from '../../features/organization/i18n/id.ts';
import { roadmapId } from '../../features/roadmap/i18n/id.ts';
import { setupId } from '../../features/setup/i18n/id.ts';

export const id = {
  ...workPlansId,
  ...indicatorsId,
  ...performanceTreeId,
  ...assessmentsId,
  ...evaluationId,
  ...renaksiId,
  ...checksId,
  ...organizationId,
  ...roadmapId,
  ...setupId,
  app: {
    name: 'RB Workbench',
    tagline: 'Merencanakan, menjalankan dan menilai Reformasi Birokrasi pemerintah daerah.',
    skipToContent: 'Lewati ke konten utama',
    documentTitle: '{{page}} · {{government}} · RB Workbench',
    documentTitleShort: '{{page}} · RB Workbench',
  },
  nav: {
    label: 'Navigasi utama',
    overview: 'Beranda',
    roadmap: 'Road Map',
    workPlans: 'Rencana Kerja',
    indicators: 'Indikator',
    assessments: 'Penilaian Mandiri (PMPRB)',
    renaksi: 'Renaksi RB',
    tree: 'Pohon Kinerja',
    admin: 'Administrasi',
  },
  header: {
    government: 'Pemerintah',
    year: 'Tahun',
    agency: 'Perangkat Daerah',
    allAgencies: 'Semua perangkat daerah',
    roles: 'Peran',
    signOut: 'Keluar',
    signingOut: 'Sedang keluar…',
    objectYearDiffers: 'Yang dibuka di halaman ini untuk tahun {{year}}, berbeda dari tahun terpilih ({{selected}}).',
    useObjectYear: 'Pakai tahun {{year}}',
  },
  language: {
    label: 'Bahasa',
    id: 'Bahasa Indonesia',
    en: 'English',
    idShort: 'ID',
    enShort: 'EN',
  },
  signIn: {
    title: 'Masuk',
    pageTitle: 'Masuk',
    intro: 'Masuk dengan akun yang diberikan oleh administrator pemerintah Anda.',
    email: 'Email',
    password: 'Kata sandi',
    submit: 'Masuk',
    submitting: 'Sedang masuk…',
    emailRequired: 'Email wajib diisi.',
    emailInvalid: 'Format email tidak valid (contoh: nama@instansi.go.id).',
    passwordRequired: 'Kata sandi wajib diisi.',
    tooLong: 'Isian terlalu panjang.',
    wrongCredentials: 'Email atau kata sandi salah.',
    sessionExpired: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    signedOut: 'Anda telah keluar.',
    noGovernment: 'Akun Anda belum terdaftar di pemerintah mana pun. Hubungi administrator.',
  },
  common: {
    retry: 'Coba lagi',
    yearLabel: 'Tahun {{year}}',
    steps_one: '{{count}} langkah',
    steps_other: '{{count}} langkah',
    otherYears: 'Tersedia juga untuk tahun:',
  },
  states: {
    loading: 'Memuat data…',
    emptyTitle: 'Belum ada data',
    errorTitle: 'Data tidak dapat dimuat',
  },
  errors: {
    BAD_USER_INPUT: 'Data yang dikirim tidak valid.',
    UNAUTHENTICATED: 'Anda perlu masuk terlebih dahulu.',
    FORBIDDEN: 'Anda tidak memiliki akses untuk tindakan ini.',
    NOT_FOUND: 'Data yang dicari tidak ditemukan.',
    CONFLICT: 'Data telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.',
    TOO_MANY_ATTEMPTS: 'Terlalu banyak percobaan yang gagal. Coba lagi beberapa menit lagi.',
    INTERNAL_SERVER_ERROR: 'Terjadi kesalahan pada server. Silakan coba lagi.',
    network: 'Tidak dapat terhubung ke server. Periksa koneksi lalu coba lagi.',
    unknown: 'Terjadi kesalahan yang tidak diketahui.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat yang Anda buka tidak ada atau telah dipindahkan.',
    home: 'Ke beranda',
  },
  noAccess: {
    title: 'Tidak ada akses',
    body: 'Anda tidak terdaftar sebagai anggota pemerintah "{{code}}".',
    choose: 'Pilih pemerintah yang dapat Anda buka:',
  },
  overview: {
    title: 'Beranda',
    intro: 'Ringkasan Reformasi Birokrasi {{government}}.',
    roadmaps: 'Road Map RB',
    roadmapsHint: 'Rencana lima tahunan beserta sasaran dan indikatornya.',
    indicators: 'Indikator',
    indicatorsHint: 'Indikator sasaran, area perubahan dan perjanjian kinerja.',
    workPlans: 'Rencana Kerja',
    workPlansHint: 'Rencana kerja tahunan, RATL dan rencana aksi PK.',
    workPlansYear: '{{count}} pada tahun {{year}}',
    trees: 'Pohon Kinerja',
    treesHint: 'Cascading kinerja dari hasil utama hingga kegiatan.',
    assessments: 'Penilaian Mandiri (PMPRB)',
    assessmentsHint: 'Penilaian mandiri pelaksanaan RB dan lembar kerjanya.',
    frameworksCount: '{{count}} kerangka penilaian',
    open: 'Buka {{section}}',
    plansOfYear: 'Rencana kerja tahun {{year}}',
    noPlansOfYear: 'Belum ada rencana kerja untuk tahun {{year}}.',
    roadmapPeriod: '{{start}}–{{end}}',
  },
  admin: {
    title: 'Administrasi',
    intro: 'Anggota pemerintah dan catatan perubahan terbaru.',
    forbidden: 'Halaman ini hanya untuk administrator.',
    members: 'Anggota',
    membersCaption: 'Anggota pemerintah dan perannya',
    membersEmpty: 'Belum ada anggota.',
    audit: 'Catatan perubahan terbaru',
    auditCaption: 'Catatan perubahan terbaru, yang paling baru di atas',
    auditEmpty: 'Belum ada catatan perubahan.',
    columns: {
      name: 'Nama',
      email: 'Email',
      roles: 'Peran',
      agency: 'Perangkat Daerah',
      when: 'Waktu',
      user: 'Pengguna',
      action: 'Tindakan',
      entity: 'Objek',
      entityId: 'ID objek',
    },
    system: 'Sistem',
  },
  enums: {
    role: {
      ADMIN: 'Administrator',
      PLANNER: 'Perencana',
      ASSESSOR: 'Asesor',
      ASSESSMENT_COORDINATOR: 'Koordinator Asesor',
      EVALUATOR: 'Evaluator (nasional/instansi pembina)',
      REVIEWER: 'Reviewer (APIP)',
      MANAGER: 'Pimpinan',
      VIEWER: 'Pembaca',
    },
    scope: {
      GOAL: 'Sasaran',
      AREA: 'Area Perubahan',
      PERFORMANCE_AGREEMENT: 'Perjanjian Kinerja',
      ACTIVITY: 'Kegiatan',
      TREE: 'Pohon Kinerja',
      OTHER: 'Lainnya',
    },
    workPlanKind: {
      WORK_PLAN: 'Rencana Kerja',
      FOLLOW_UP: 'RATL',
      PERFORMANCE_AGREEMENT: 'Rencana Aksi PK',
      RENAKSI: 'Renaksi RB',
    },
    workPlanStatus: {
      DRAFT: 'Draf',
      APPROVED: 'Disetujui',
    },
    assessmentStatus: {
      DRAFT: 'Draf',
      IN_ASSESSMENT: 'Sedang dinilai',
      CONSENSUS: 'Konsensus',
      IN_REVIEW: 'Direviu',
      NEEDS_REVISION: 'Perlu perbaikan',
      FINAL: 'Final',
    },
    auditAction: {
      CREATE: 'Membuat',
      UPDATE: 'Mengubah',
      DELETE: 'Menghapus',
      SIGN_IN: 'Masuk',
      STATUS: 'Mengubah status',
    },
    treeNodeKind: {
      RESULT: 'Hasil',
      PROGRAM: 'Program',
      ACTIVITY: 'Kegiatan',
      SUB_ACTIVITY: 'Sub Kegiatan',
    },
    governmentKind: {
      CITY: 'Kota',
      REGENCY: 'Kabupaten',
      PROVINCE: 'Provinsi',
      MINISTRY: 'Kementerian / Lembaga',
    },
  },
};

/** The translation resource shape: every leaf a string. */
export type Messages = typeof id;
