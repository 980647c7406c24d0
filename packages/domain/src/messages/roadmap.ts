// Messages of the roadmap feature's API errors (keys '<group>.<name>', texts in both languages):
// road maps, their goals, indicators, areas, activities, actions and efforts, and the
// definition of indicators outside the road map (group 'indicatorDef').
import type { MessageCatalog } from './types.ts';

export const ROADMAP_MESSAGES = {
  'roadmap.endBeforeStart': {
    id: 'Tahun akhir tidak boleh sebelum tahun awal.',
    en: 'The end year must not be before the start year.',
  },
  'roadmap.periodTooLong': {
    id: 'Periode road map paling lama {{max}} tahun.',
    en: 'A road map covers at most {{max}} years.',
  },
  'roadmap.yearOutsidePeriod': {
    id: 'Tahun {{year}} di luar periode road map ({{start}}–{{end}}).',
    en: 'Year {{year}} is outside the road map period ({{start}}–{{end}}).',
  },
  'roadmap.baselineYear': {
    id: 'Tahun baseline harus tahun awal road map ({{start}}) atau sebelumnya.',
    en: 'The baseline year must be the road map start year ({{start}}) or earlier.',
  },
  'roadmap.periodLeavesOut': {
    id: 'Periode baru tidak mencakup tahun {{year}}, yang sudah dipakai target atau rencana aksi. Ubah dulu target atau tahun pelaksanaannya.',
    en: 'The new period leaves out {{year}}, which targets or actions already use. Change those first.',
  },
  'roadmap.duplicateYear': { id: 'Tahun {{year}} disebut dua kali.', en: 'Year {{year}} appears twice.' },
  'roadmap.value': { id: '{{label}}: {{detailId}}', en: '{{label}}: {{detailEn}}' },
  'roadmap.archived': {
    id: 'Road map ini sudah diarsipkan; tidak dapat diubah.',
    en: 'This road map is archived and cannot be changed.',
  },
  'roadmap.notRoadmapIndicator': {
    id: 'Indikator ini bukan indikator road map.',
    en: 'This indicator does not belong to a road map.',
  },
  'roadmap.wrongRoadmap': {
    id: '{{what}} tidak termasuk road map ini.',
    en: '{{what}} does not belong to this road map.',
  },
  'indicatorDef.number': {
    id: 'Isi dengan angka, mis. 0 atau 43,84.',
    en: 'Enter a number, e.g. 0 or 43,84.',
  },
  'indicatorDef.scaleOrder': {
    id: 'Batas bawah skala tidak boleh melebihi batas atas.',
    en: 'The scale minimum must not exceed its maximum.',
  },
  'indicatorDef.categoriesRequired': {
    id: 'Isi kategori berurutan dari yang terbaik, mis. WTP, WDP, TW, TMP.',
    en: 'Enter the categories best first, e.g. WTP, WDP, TW, TMP.',
  },
  'indicatorDef.duplicateCategory': {
    id: 'Kategori "{{category}}" disebut dua kali.',
    en: 'Category "{{category}}" appears twice.',
  },
  'indicatorDef.valuesDoNotFit': {
    id: 'Nilai yang sudah diisi ({{value}}, {{year}}) tidak cocok dengan jenis nilai baru.',
    en: 'A value already entered ({{value}}, {{year}}) does not fit the new value type.',
  },
  'indicatorDef.scope': {
    id: 'Indikator sasaran dan area dibuat dari halaman Road Map.',
    en: 'Goal and area indicators are created on the road map page.',
  },
  'indicatorDef.thresholdOrder': {
    id: 'Batas "berisiko" tidak boleh di atas batas "sesuai target".',
    en: 'The at-risk minimum must not exceed the on-track minimum.',
  },
  'indicatorDef.percent': {
    id: 'Isi persentase antara 0 dan 1000.',
    en: 'Enter a percentage between 0 and 1000.',
  },
} as const satisfies MessageCatalog;
