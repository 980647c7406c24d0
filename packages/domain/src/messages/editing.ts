// Messages of the editing feature's API errors (the work-plan editor; keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const EDITING_MESSAGES = {
  'editing.stepTwice': {
    id: 'Satu langkah kerja muncul dua kali dalam perubahan yang sama.',
    en: 'A step appears twice in the same edit.',
  },
  'editing.stillExists': {
    id: '{{what}} ini masih ada, jadi tidak perlu dipulihkan.',
    en: '{{what}} still exists, so there is nothing to restore.',
  },
  'editing.notDeleted': {
    id: '{{what}} ini tidak tercatat sebagai dihapus di pemerintah ini, jadi tidak dapat dipulihkan.',
    en: '{{what}} is not recorded as deleted in this government, so it cannot be restored.',
  },
  'editing.stepOfOtherAction': {
    id: 'Setiap langkah kerja yang dipulihkan harus milik rencana aksi yang dipulihkan.',
    en: 'Every restored step must belong to the restored action.',
  },
  'editing.unknownParent': {
    id: '{{what}} tujuan tidak dikenal di pemerintah ini.',
    en: 'The target ({{what}}) is unknown in this government.',
  },
  'editing.otherPlan': {
    id: '{{what}} hanya dapat dipindahkan di dalam rencana kerja yang sama.',
    en: '{{what}}: can only be moved within the same work plan.',
  },
  'editing.realizedMonthRemoved': {
    id: 'Bulan {{months}} sudah memiliki realisasi, jadi jadwalnya tidak dihapus. Hapus dulu realisasinya (mode Realisasi) bila memang tidak dijadwalkan.',
    en: '{{monthsEn}} already has a realization, so it stays scheduled. Clear the realization first (Realization mode) if it is really not scheduled.',
  },
  'editing.monthNotScheduled': {
    id: 'Bulan {{month}} belum dijadwalkan untuk langkah kerja ini; jadwalkan dulu.',
    en: 'Month {{month}} is not scheduled for this step; schedule it first.',
  },
} as const satisfies MessageCatalog;
