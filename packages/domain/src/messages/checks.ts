// Messages of the plan checks (checks.ts): one per finding, with its figures,
// and a short name per rule for the list an administrator switches rules in.
import type { MessageCatalog } from './types.ts';

export const CHECKS_MESSAGES = {
  'checks.percent.negative': {
    id: '{{indicator}}, {{period}}: persentase {{value}}% di bawah 0.',
    en: '{{indicator}}, {{period}}: a percentage of {{value}}% is below 0.',
  },
  'checks.percent.over100': {
    id: '{{indicator}}, {{period}}: persentase {{value}}% di atas 100%. Salah ketik?',
    en: '{{indicator}}, {{period}}: a percentage of {{value}}% is above 100%. A typing error?',
  },
  'checks.quarters.decreasing': {
    id: '{{indicator}} {{year}}: target kumulatif {{quarter}} ({{value}}) lebih kecil dari {{previousQuarter}} ({{previous}}).',
    en: '{{indicator}} {{year}}: the cumulative {{quarter}} target ({{value}}) is below {{previousQuarter}} ({{previous}}).',
  },
  'checks.quarters.lastNotAnnual': {
    id: '{{indicator}} {{year}}: target kumulatif TW IV ({{last}}) tidak sama dengan target tahunan ({{annual}}).',
    en: '{{indicator}} {{year}}: the cumulative Q4 target ({{last}}) is not the annual target ({{annual}}).',
  },
  'checks.quarters.sumNotAnnual': {
    id: '{{indicator}} {{year}}: jumlah target TW I–IV ({{sum}}) tidak sama dengan target tahunan ({{annual}}).',
    en: '{{indicator}} {{year}}: the Q1–Q4 targets add up to {{sum}}, not the annual target ({{annual}}).',
  },
  'checks.quarters.inconsistent': {
    id: '{{indicator}} {{year}}: target TW I–IV tidak berjumlah target tahunan ({{annual}}; jumlah {{sum}}) dan TW IV ({{last}}) juga tidak sama dengannya. Tetapkan sifat target triwulan indikator ini.',
    en: '{{indicator}} {{year}}: the Q1–Q4 targets neither add up to the annual target ({{annual}}; sum {{sum}}) nor end at it (Q4 {{last}}). Declare how this indicator’s quarterly targets relate to the year.',
  },
  'checks.target.belowBaseline': {
    id: '{{indicator}}: target {{year}} ({{value}}) lebih rendah dari baseline {{baselineYear}} ({{baseline}}), padahal makin tinggi makin baik.',
    en: '{{indicator}}: the {{year}} target ({{value}}) is below the {{baselineYear}} baseline ({{baseline}}), although higher is better.',
  },
  'checks.target.aboveBaseline': {
    id: '{{indicator}}: target {{year}} ({{value}}) lebih tinggi dari baseline {{baselineYear}} ({{baseline}}), padahal makin rendah makin baik.',
    en: '{{indicator}}: the {{year}} target ({{value}}) is above the {{baselineYear}} baseline ({{baseline}}), although lower is better.',
  },
  'checks.realization.magnitude': {
    id: '{{indicator}}, {{period}}: realisasi {{value}} jauh dari target {{target}} (lebih dari sepuluh kali lipat). Salah satuan?',
    en: '{{indicator}}, {{period}}: the realization {{value}} is more than ten times away from the target {{target}}. A wrong unit?',
  },
  'checks.value.unitInText': {
    id: '{{indicator}}, {{period}}: satuan "{{typed}}" di nilai berbeda dari satuan indikator ({{unit}}).',
    en: '{{indicator}}, {{period}}: the unit "{{typed}}" in the value differs from the indicator’s unit ({{unit}}).',
  },
  'checks.value.unitInText.noUnit': {
    id: '{{indicator}}, {{period}}: satuan "{{typed}}" ditulis di nilai, tetapi indikator belum punya satuan. Isi satuan indikator.',
    en: '{{indicator}}, {{period}}: the unit "{{typed}}" is typed into the value, but the indicator has no unit. Set the indicator’s unit.',
  },
  'checks.indicator.noUnit': {
    id: '{{indicator}}: punya target tetapi belum punya satuan.',
    en: '{{indicator}}: has targets but no unit.',
  },
  'checks.indicator.missingTargets': {
    id: '{{indicator}}: belum ada target tahun {{years}}.',
    en: '{{indicator}}: no target for {{years}}.',
  },
  'checks.budget.notSum': {
    id: '{{activity}}: anggaran kegiatan {{budget}} tidak sama dengan jumlah anggaran {{count}} subkegiatannya ({{sum}}).',
    en: '{{activity}}: the activity budget {{budget}} is not the sum of its {{count}} sub-activities ({{sum}}).',
  },
  'checks.step.noMonth': {
    id: 'Langkah "{{step}}" belum dijadwalkan di bulan mana pun.',
    en: 'The step "{{step}}" is scheduled in no month.',
  },
  'checks.action.noStep': {
    id: 'Rencana aksi "{{action}}" belum punya langkah kerja.',
    en: 'The action "{{action}}" has no step.',
  },
  // The rules, by name (the administrator's list).
  'checkRules.percent.negative': { id: 'Persentase di bawah 0', en: 'Percentage below 0' },
  'checkRules.percent.over100': { id: 'Persentase di atas 100%', en: 'Percentage above 100%' },
  'checkRules.quarters.decreasing': { id: 'Target kumulatif triwulan menurun', en: 'Cumulative quarterly targets going down' },
  'checkRules.quarters.lastNotAnnual': {
    id: 'TW IV kumulatif tidak sama dengan target tahunan',
    en: 'Cumulative Q4 is not the annual target',
  },
  'checkRules.quarters.sumNotAnnual': {
    id: 'Jumlah TW I–IV tidak sama dengan target tahunan',
    en: 'Q1–Q4 do not add up to the annual target',
  },
  'checkRules.quarters.inconsistent': {
    id: 'Target triwulan tidak cocok dengan target tahunan',
    en: 'Quarterly targets do not match the annual target',
  },
  'checkRules.target.belowBaseline': { id: 'Target di sisi yang salah dari baseline', en: 'Target on the wrong side of the baseline' },
  'checkRules.realization.magnitude': { id: 'Realisasi jauh dari target', en: 'Realization far from its target' },
  'checkRules.value.unitInText': { id: 'Satuan di nilai bukan satuan indikator', en: 'Unit in the value is not the indicator’s' },
  'checkRules.indicator.noUnit': { id: 'Target tanpa satuan', en: 'Target without a unit' },
  'checkRules.indicator.missingTargets': { id: 'Tahun tanpa target', en: 'Year without a target' },
  'checkRules.budget.notSum': { id: 'Anggaran tidak sama dengan jumlah subkegiatan', en: 'Budget is not the sum of sub-activities' },
  'checkRules.step.noMonth': { id: 'Langkah tanpa bulan', en: 'Step without a month' },
  'checkRules.action.noStep': { id: 'Rencana aksi tanpa langkah', en: 'Action without a step' },
  // API errors of the checks.
  'checks.confirmWarnings': {
    id: 'Ada {{count}} peringatan pada nilai yang diisi. Periksa, lalu simpan tetap bila benar.',
    en: 'There are {{count}} warnings on the values entered. Check them, then save anyway if they are right.',
  },
  'checks.unknownRule': { id: 'Aturan pemeriksaan tidak dikenal.', en: 'Unknown check rule.' },
  'checks.reasonRequired': {
    id: 'Tuliskan alasan mematikan aturan ini.',
    en: 'Give the reason for switching this rule off.',
  },
} as const satisfies MessageCatalog;
