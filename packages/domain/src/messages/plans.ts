// Messages of the plans feature's API errors (keys '<group>.<name>', texts in both languages).
import type { MessageCatalog } from './types.ts';

export const PLANS_MESSAGES = {
  'plans.duplicatePlan': {
    id: 'Sudah ada rencana jenis ini untuk tahun {{year}} dan pemilik yang sama: "{{title}}". Buka rencana tersebut.',
    en: 'A plan of this kind already exists for {{year}} and the same owner: "{{title}}". Open that plan.',
  },
  'plans.kindNotCreatable': {
    id: 'RATL dibuat dari hasil penilaian mandiri, bukan di sini.',
    en: 'A follow-up plan (RATL) is created from the self-assessment, not here.',
  },
  'plans.roadmapArchived': {
    id: 'Road map ini sudah diarsipkan.',
    en: 'This road map is archived.',
  },
  'plans.roadmapYear': {
    id: 'Road map "{{title}}" ({{start}}–{{end}}) tidak mencakup tahun {{year}}.',
    en: 'Road map "{{title}}" ({{start}}–{{end}}) does not cover {{year}}.',
  },
  'plans.roadmapNoActions': {
    id: 'Tidak ada rencana aksi road map yang berjalan pada tahun {{year}}.',
    en: 'No road-map action runs in {{year}}.',
  },
  'plans.approveOwnPlan': {
    id: 'Rencana disetujui oleh pimpinan atau administrator, bukan oleh perencana yang menyusunnya.',
    en: 'A plan is approved by the leadership or an administrator, not by the planner who drafts it.',
  },
  'plans.deleteApproved': {
    id: 'Rencana yang sudah disetujui tidak dapat dihapus.',
    en: 'An approved plan cannot be deleted.',
  },
  'plans.notPerformanceAgreement': {
    id: 'Program, kegiatan dan sub kegiatan dengan target triwulan hanya ada pada rencana aksi perjanjian kinerja.',
    en: 'Programs, activities and sub-activities with quarterly targets belong to performance-agreement plans only.',
  },
  'plans.programHasActivities': {
    id: 'Program ini masih memiliki {{count}} kegiatan. Hapus kegiatannya terlebih dahulu.',
    en: 'This program still has {{count}} activities. Delete them first.',
  },
  'plans.invalidBudget': {
    id: 'Anggaran harus berupa angka Rupiah, mis. 1.018.175.000,00.',
    en: 'The budget must be an amount in Rupiah, e.g. 1.018.175.000,00.',
  },
  'plans.invalidTarget': {
    id: 'Target harus berupa angka (mis. 30 atau 43,84), boleh diikuti satuan, atau n.a.',
    en: 'A target must be a number (e.g. 30 or 43,84), optionally followed by its unit, or n.a.',
  },
  'plans.quarterCount': {
    id: 'Target triwulan harus empat isian (TW I–IV).',
    en: 'Quarterly targets need four entries (Q1–Q4).',
  },
  'plans.renaksiNoFindings': {
    id: 'Pilih minimal satu catatan hasil evaluasi untuk ditindaklanjuti.',
    en: 'Choose at least one evaluation finding to follow up.',
  },
  'plans.renaksiFindingTwice': {
    id: 'Catatan yang sama dipilih dua kali.',
    en: 'The same finding is chosen twice.',
  },
  'plans.renaksiFindingAlready': {
    id: 'Catatan "{{finding}}" sudah ditindaklanjuti dalam {{plan}}.',
    en: 'The finding "{{finding}}" is already followed up in {{plan}}.',
  },
  'plans.notRenaksi': {
    id: 'Ini bukan aksi dari rencana aksi (renaksi) RB.',
    en: 'This is not an action of an RB action plan (renaksi).',
  },
  'plans.renaksiNoIndicator': {
    id: 'Tetapkan dulu indikator output dan targetnya sebelum melaporkan realisasi.',
    en: 'Set the output indicator and its targets before reporting a realization.',
  },
  'plans.quarterInvalid': {
    id: 'Triwulan harus TW I–IV (1–4).',
    en: 'The quarter must be Q1–Q4 (1–4).',
  },
  'plans.periodClosed': {
    id: 'Periode {{year}} sudah ditutup; minta administrator membukanya kembali.',
    en: 'The {{year}} period is closed; ask an administrator to reopen it.',
  },
  'plans.notPlanIndicator': {
    id: 'Indikator ini bukan milik kegiatan atau sub kegiatan tersebut.',
    en: 'This indicator does not belong to that activity or sub-activity.',
  },
} as const satisfies MessageCatalog;
