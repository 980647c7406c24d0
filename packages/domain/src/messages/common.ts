// Messages of errors every feature can raise. Keys are stable; the texts use
// i18next interpolation ({{name}}). The API renders the English text as the
// GraphQL `message`; the web translates the key with its params.
import type { MessageCatalog } from './types.ts';

export const COMMON_MESSAGES = {
  'error.unauthenticated': { id: 'Anda perlu masuk terlebih dahulu.', en: 'Sign-in required.' },
  'error.forbidden': { id: 'Anda tidak memiliki akses untuk tindakan ini.', en: 'You are not allowed to do this.' },
  'error.noGovernment': { id: 'Anda tidak memiliki akses ke pemerintah ini.', en: 'No access to this government.' },
  'error.roleNotAllowed': { id: 'Peran Anda tidak mengizinkan tindakan ini.', en: 'Your role does not allow this.' },
  'error.nulCharacter': {
    id: 'Isian memuat karakter kosong (NUL) yang tidak dapat disimpan; hapus karakter itu (biasanya terbawa saat menyalin dari berkas lain).',
    en: 'The input holds a NUL character that cannot be stored; remove it (it usually comes along when copying from another file).',
  },
  'error.agencyScope': {
    id: 'Akun Anda terbatas pada perangkat daerah lain; tindakan ini di luar cakupan Anda.',
    en: 'Your account is limited to another agency; this is outside your scope.',
  },
  'error.notFound': { id: '{{what}} tidak ditemukan.', en: '{{what}} not found.' },
  'error.conflict': {
    id: '{{what}} telah diubah oleh pengguna lain (kini versi {{version}}). Muat ulang lalu coba lagi.',
    en: '{{what}} was changed by someone else (now version {{version}}). Reload and try again.',
  },
  'error.conflictGone': {
    id: '{{what}} tidak lagi ada. Muat ulang lalu coba lagi.',
    en: '{{what}} no longer exists. Reload and try again.',
  },
  'error.unknownAgency': {
    id: 'Perangkat daerah tidak dikenal di pemerintah ini.',
    en: 'Unknown agency of this government.',
  },
  'error.duplicate': { id: '{{what}} sudah ada.', en: '{{what}} already exists.' },
  'error.internal': {
    id: 'Terjadi kesalahan pada server. Silakan coba lagi.',
    en: 'Internal server error. Please try again.',
  },
} as const satisfies MessageCatalog;

/** Names of things, used as {{what}} in the messages above. */
export const ENTITY_NAMES = {
  Agency: { id: 'Perangkat daerah', en: 'Agency' },
  User: { id: 'Pengguna', en: 'User' },
  Team: { id: 'Tim', en: 'Team' },
  TeamMember: { id: 'Anggota tim', en: 'Team member' },
  Roadmap: { id: 'Road map', en: 'Road map' },
  Goal: { id: 'Sasaran', en: 'Goal' },
  Area: { id: 'Area perubahan', en: 'Area of change' },
  Indicator: { id: 'Indikator', en: 'Indicator' },
  IndicatorValue: { id: 'Nilai indikator', en: 'Indicator value' },
  WorkPlan: { id: 'Rencana kerja', en: 'Work plan' },
  Program: { id: 'Program', en: 'Program' },
  Activity: { id: 'Kegiatan', en: 'Activity' },
  Action: { id: 'Rencana aksi', en: 'Action' },
  SubActivity: { id: 'Sub kegiatan', en: 'Sub-activity' },
  ActionEffort: { id: 'Upaya', en: 'Effort' },
  Step: { id: 'Langkah kerja', en: 'Step' },
  Realization: { id: 'Realisasi', en: 'Realization' },
  Baseline: { id: 'Baseline jadwal', en: 'Schedule baseline' },
  PerformanceTree: { id: 'Pohon kinerja', en: 'Performance tree' },
  TreeNode: { id: 'Simpul pohon kinerja', en: 'Tree node' },
  TreeNodeIndicator: { id: 'Tautan indikator simpul', en: 'Node indicator link' },
  TreeNodeAction: { id: 'Tautan rencana aksi simpul', en: 'Node action link' },
  StepRealization: { id: 'Realisasi', en: 'Realization' },
  ProcessMap: { id: 'Peta proses', en: 'Process map' },
  BusinessProcess: { id: 'Proses bisnis', en: 'Business process' },
  CrossFunctionStep: { id: 'Langkah lintas fungsi', en: 'Cross-function step' },
  Framework: { id: 'Kerangka penilaian', en: 'Assessment framework' },
  FrameworkNode: { id: 'Bagian kerangka', en: 'Framework part' },
  Criterion: { id: 'Kriteria', en: 'Criterion' },
  Assessment: { id: 'Penilaian', en: 'Assessment' },
  Answer: { id: 'Jawaban', en: 'Answer' },
  ConsensusAnswer: { id: 'Jawaban konsensus', en: 'Consensus answer' },
  Evidence: { id: 'Data dukung', en: 'Evidence' },
  EvaluatorScore: { id: 'Nilai evaluator', en: 'Evaluator score' },
  AssessmentExclusion: { id: 'Butir tidak berlaku', en: 'Item not applicable' },
  Finding: { id: 'Catatan hasil evaluasi', en: 'Evaluation finding' },
  ActionReport: { id: 'Laporan triwulan', en: 'Quarterly report' },
  StatusThreshold: { id: 'Ambang status', en: 'Status threshold' },
  PeriodLock: { id: 'Periode', en: 'Period' },
  Session: { id: 'Sesi', en: 'Session' },
  CheckRuleSetting: { id: 'Aturan pemeriksaan', en: 'Check rule' },
} as const satisfies MessageCatalog;

export type EntityName = keyof typeof ENTITY_NAMES;
