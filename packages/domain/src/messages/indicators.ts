// Messages of the indicators feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const INDICATORS_MESSAGES = {
  'indicators.year': { id: 'Tahun harus antara 1990 dan 2100.', en: 'The year must be between 1990 and 2100.' },
  'indicators.quarter': { id: 'Triwulan harus 1–4.', en: 'The quarter must be 1–4.' },
  'indicators.yearRange': {
    id: 'Rentang tahun tidak valid: paling banyak {{max}} tahun.',
    en: 'Invalid year range: at most {{max}} years.',
  },
  'indicators.noValues': { id: 'Tidak ada nilai yang dikirim.', en: 'No values were sent.' },
  'indicators.tooManyValues': {
    id: 'Terlalu banyak nilai sekaligus (paling banyak {{max}}).',
    en: 'Too many values at once (at most {{max}}).',
  },
  'indicators.notOwner': {
    id: 'Hanya pengguna perangkat daerah pemilik dan administrator yang boleh mengubah nilai "{{indicator}}".',
    en: 'Only the owner agency’s users and administrators may change the values of "{{indicator}}".',
  },
  'indicators.baselineYearly': {
    id: 'Baseline hanya per tahun, bukan per triwulan.',
    en: 'A baseline belongs to a year, not a quarter.',
  },
  'indicators.valueTwice': { id: 'Nilai {{period}} disebut dua kali.', en: 'The value {{periodEn}} appears twice.' },
  'indicators.invalidValue': { id: '{{indicator}}, {{period}}: {{reason}}', en: '{{indicator}}, {{periodEn}}: {{reasonEn}}' },
  'indicators.periodClosed': {
    id: 'Periode {{period}} sudah ditutup; minta administrator membukanya kembali.',
    en: 'The period {{periodEn}} is closed for entry; ask an administrator to reopen it.',
  },
  'indicators.removedMeanwhile': {
    id: '{{indicator}}, {{period}}: nilai ini telah dihapus orang lain. Muat ulang lalu coba lagi.',
    en: '{{indicator}}, {{periodEn}}: this value was removed by someone else. Reload and try again.',
  },
  'indicators.enteredMeanwhile': {
    id: '{{indicator}}, {{period}}: nilai ini sudah diisi orang lain. Muat ulang lalu coba lagi.',
    en: '{{indicator}}, {{periodEn}}: someone else entered this value. Reload and try again.',
  },
  'indicators.enteredJustNow': {
    id: 'Nilai ini baru saja diisi orang lain. Muat ulang lalu coba lagi.',
    en: 'Someone else entered this value just now. Reload and try again.',
  },
  'indicators.thresholdRange': { id: 'Batas status harus 0–1000%.', en: 'A status threshold must be 0–1000%.' },
  'indicators.thresholdOrder': {
    id: 'Batas "berisiko" tidak boleh di atas batas "sesuai target".',
    en: 'The at-risk minimum must not exceed the on-track minimum.',
  },
  'indicators.periodAlreadyClosed': { id: 'Periode ini sudah ditutup.', en: 'This period is already closed.' },
  'indicators.periodAlreadyOpen': { id: 'Periode ini sudah dibuka kembali.', en: 'This period was already reopened.' },
} as const satisfies MessageCatalog;
