// The national model in force since the 2023 evaluation (PermenPANRB 9/2023):
// RB General and RB Tematik, which add up to the Indeks RB, and the SAKIP
// evaluation (PermenPANRB 88/2021). Every number comes from
// /work/shared/notes/national-model-2023.md, which marks each fact C
// (confirmed by a regulation excerpt or two sources), S (seen once, e.g. in
// the public copy of the national evaluation application, repository
// HanaDewi/portalrb-indv, doc/lke_parameter_202410210636.csv) or NF (not
// found). Each part carries its `source`; where the notes have no figure the
// weight or range is left empty or marked as assumed in the guidance, never
// invented. An administrator corrects a weight, a range or a band in a new
// revision of the framework (copy → edit → publish), without a release.
//
// Kinds of government: the base weight is the K/L (MINISTRY) column of the
// notes' table; `variantWeights` holds the Provinsi (PROVINCE) and Kab/Kota
// (REGENCY, CITY) columns where they differ; null there = the item does not
// apply to that kind (e.g. IKPA and asset management are K/L only).
import type { FrameworkCriterion, FrameworkPart, GovernmentKind, NationalFramework } from './types.ts';

const NOTES = 'notes/national-model-2023.md';
const LKE = `${NOTES}: tabel LKE RB General (S, aplikasi evaluasi nasional, HanaDewi/portalrb-indv lke_parameter_202410210636.csv)`;
const KEPMEN = `${NOTES}: KepmenPANRB 739/2023 (C)`;
const RANGE_ASSUMED = 'Rentang nilai belum dikonfirmasi (NF): 0–100 diasumsikan; sesuaikan dengan LKE resmi.';

/** Kab/Kota columns of the notes apply to both regencies and cities. */
const pemda = (kabKota: number | null, provinsi?: number | null): Partial<Record<GovernmentKind, number | null>> => ({
  PROVINCE: provinsi === undefined ? kabKota : provinsi,
  REGENCY: kabKota,
  CITY: kabKota,
});

interface ItemSpec {
  code: string;
  name: string;
  weight: number;
  variants?: Partial<Record<GovernmentKind, number | null | 'unknown'>>;
  min?: number;
  max?: number;
  rangeKnown?: boolean;
  scoredBy?: FrameworkCriterion['scoredBy'];
  scorerName?: string;
  multiplier?: string;
  answer?: Pick<FrameworkCriterion, 'answerType' | 'options'>;
  guidance?: string;
}

/** A 2023 worksheet item: one criterion scored value ÷ its maximum × the item's weight. */
function item(spec: ItemSpec, source: string): FrameworkPart {
  const guidance = [spec.guidance, spec.rangeKnown === false ? RANGE_ASSUMED : null].filter(Boolean).join(' ') || undefined;
  const criterion: FrameworkCriterion = spec.answer
    ? { code: spec.code, text: spec.name, answerType: spec.answer.answerType, options: spec.answer.options, source }
    : {
        code: spec.code,
        text: spec.name,
        answerType: 'SCALE',
        scaleMin: spec.min ?? 0,
        scaleMax: spec.max ?? 100,
        scoreRule: 'OF_MAX',
        source,
      };
  criterion.scoredBy = spec.scoredBy ?? 'NATIONAL';
  if (spec.scorerName) criterion.scorerName = spec.scorerName;
  if (spec.multiplier) criterion.multiplier = spec.multiplier;
  if (guidance) criterion.guidance = guidance;
  return {
    kind: 'SUB_ITEM',
    code: spec.code,
    name: spec.name,
    weight: spec.weight,
    variantWeights: spec.variants,
    source,
    criteria: [criterion],
  };
}

const BANDS_2020 = [
  { grade: 'AA', above: 90, label: { id: 'Sangat memuaskan', en: 'Very satisfactory' } },
  { grade: 'A', above: 80, label: { id: 'Memuaskan', en: 'Satisfactory' } },
  { grade: 'BB', above: 70, label: { id: 'Sangat baik', en: 'Very good' } },
  { grade: 'B', above: 60, label: { id: 'Baik', en: 'Good' } },
  { grade: 'CC', above: 50, label: { id: 'Cukup', en: 'Fair' } },
  { grade: 'C', above: 30, label: { id: 'Kurang', en: 'Poor' } },
  { grade: 'D', above: null, label: { id: 'Sangat kurang', en: 'Very poor' } },
];

const OPINI_BPK = {
  answerType: 'CATEGORY' as const,
  options: [
    { code: 'WTP', label: 'Wajar Tanpa Pengecualian', value: 1 },
    { code: 'WDP', label: 'Wajar Dengan Pengecualian', value: 0.5 },
    { code: 'TW', label: 'Tidak Wajar', value: 0 },
    { code: 'TMP', label: 'Tidak Menyatakan Pendapat', value: 0 },
  ],
};

export const RB_GENERAL_2023: NationalFramework = {
  code: 'RB-GENERAL-2023',
  name: 'Evaluasi RB General (PermenPANRB 9/2023)',
  regulation: 'Peraturan Menteri PANRB Nomor 9 Tahun 2023; Keputusan Menteri PANRB Nomor 739 Tahun 2023',
  revision: 1,
  model: 'RB General 2023',
  validFrom: 2023,
  indexCode: 'INDEKS-RB-2023',
  rescale: true,
  gradeBands: BANDS_2020,
  source: `${NOTES}. Predikat 2023–2025 tidak ditemukan (NF): memakai predikat s.d. 2022 sampai administrator menetapkannya.`,
  nodes: [
    {
      kind: 'COMPONENT',
      code: 'A',
      name: 'Strategi Pelaksanaan',
      weight: 10,
      source: KEPMEN,
      children: [
        item({ code: 'A1', name: 'Rencana Aksi RB General', weight: 3, guidance: 'Nilai rencana aksi (renaksi) 0–100.' }, KEPMEN),
        item(
          {
            code: 'A2',
            name: 'Tingkat Implementasi Rencana Aksi RB General',
            weight: 7,
            multiplier: 'A1',
            guidance: 'Dikalikan rasio nilai A1 (A1 ÷ bobotnya), sesuai aplikasi evaluasi (S).',
          },
          KEPMEN,
        ),
      ],
    },
    {
      kind: 'COMPONENT',
      code: 'B',
      name: 'Capaian Pelaksanaan Kebijakan Reformasi Birokrasi',
      weight: 40,
      source: KEPMEN,
      children: [
        {
          kind: 'SUBCOMPONENT',
          code: 'B.I',
          name: 'Elemen hard',
          weight: 33,
          source: LKE,
          children: [
            item({ code: 'B1', name: 'Penyederhanaan struktur organisasi', weight: 2, scoredBy: 'NATIONAL' }, KEPMEN),
            item({ code: 'B2', name: 'Sistem kerja', weight: 2, max: 5, scoredBy: 'NATIONAL' }, KEPMEN),
            item(
              { code: 'B3', name: 'Maturitas SPIP', weight: 4, min: 1, max: 5, scoredBy: 'MESO', scorerName: 'BPKP', rangeKnown: false },
              LKE,
            ),
            item({ code: 'B4', name: 'Zona Integritas', weight: 3, variants: pemda(3.5, 3), rangeKnown: false }, LKE),
            item({ code: 'B5', name: 'Nilai SAKIP', weight: 4, guidance: 'Nilai evaluasi SAKIP (0–100).' }, LKE),
            item({ code: 'B6', name: 'Indeks perencanaan pembangunan', weight: 2, variants: pemda(null, 2.5), rangeKnown: false }, LKE),
            item({ code: 'B7', name: 'Arsitektur SPBE', weight: 2, variants: pemda(2.5, 2), rangeKnown: false }, LKE),
            item(
              {
                code: 'B8',
                name: 'Digitalisasi arsip',
                weight: 2,
                variants: pemda(2.5),
                scoredBy: 'MESO',
                scorerName: 'ANRI',
                rangeKnown: false,
              },
              LKE,
            ),
            item(
              { code: 'B9', name: 'Indikator Kinerja Pelaksanaan Anggaran (IKPA)', weight: 2, variants: pemda(null), rangeKnown: false },
              LKE,
            ),
            item({ code: 'B10', name: 'Pengelolaan aset', weight: 2, variants: pemda(null), rangeKnown: false }, LKE),
            item({ code: 'B11', name: 'Tindak lanjut pengaduan (SP4N-LAPOR!)', weight: 1.5, variants: pemda(2.5), rangeKnown: false }, LKE),
            item(
              {
                code: 'B12',
                name: 'Kualitas kebijakan',
                weight: 1.5,
                variants: pemda(2.5, 2),
                scoredBy: 'MESO',
                scorerName: 'LAN',
                rangeKnown: false,
              },
              LKE,
            ),
            item(
              {
                code: 'B13',
                name: 'Reformasi hukum',
                weight: 1.5,
                variants: pemda(2.5, 2),
                scoredBy: 'MESO',
                scorerName: 'Kemenkumham',
                rangeKnown: false,
              },
              LKE,
            ),
            item(
              {
                code: 'B14',
                name: 'Statistik sektoral',
                weight: 1.5,
                variants: pemda(2.5, 2),
                scoredBy: 'MESO',
                scorerName: 'BPS',
                rangeKnown: false,
              },
              LKE,
            ),
            item({ code: 'B15', name: 'Tata kelola pengadaan', weight: 2, variants: pemda(2.5), rangeKnown: false }, LKE),
          ],
        },
        {
          kind: 'SUBCOMPONENT',
          code: 'B.II',
          name: 'Elemen soft',
          weight: 7,
          source: LKE,
          children: [
            item({ code: 'B16', name: 'Indeks sistem merit', weight: 4, max: 410 }, LKE),
            item({ code: 'B17', name: 'Indeks pelayanan publik', weight: 1.5, max: 5 }, LKE),
            item({ code: 'B18', name: 'Kepatuhan standar pelayanan publik', weight: 1.5 }, LKE),
          ],
        },
      ],
    },
    {
      kind: 'COMPONENT',
      code: 'C',
      name: 'Capaian Sasaran Strategis',
      weight: 50,
      source: LKE,
      children: [
        {
          kind: 'SUBCOMPONENT',
          code: 'C.I',
          name: 'Elemen hard',
          weight: 28,
          source: LKE,
          children: [
            item({ code: 'C1', name: 'Indeks SPBE', weight: 9, min: 1, max: 5 }, LKE),
            item({ code: 'C2', name: 'Capaian prioritas nasional (K/L) / IKU makro (Pemda)', weight: 2, rangeKnown: false }, LKE),
            item(
              {
                code: 'C3',
                name: 'Capaian IKU / IKU non-makro',
                weight: 8,
                multiplier: 'B5',
                rangeKnown: false,
                guidance: 'Dikalikan rasio nilai SAKIP (B5), sesuai aplikasi evaluasi (S).',
              },
              LKE,
            ),
            item(
              {
                code: 'C4',
                name: 'Opini BPK',
                weight: 5,
                scoredBy: 'MESO',
                scorerName: 'BPK',
                answer: OPINI_BPK,
                guidance: 'Nilai per opini diasumsikan (S); sesuaikan.',
              },
              LKE,
            ),
            item(
              { code: 'C5', name: 'Tindak lanjut rekomendasi BPK', weight: 4, scoredBy: 'MESO', scorerName: 'BPK', rangeKnown: false },
              LKE,
            ),
          ],
        },
        {
          kind: 'SUBCOMPONENT',
          code: 'C.II',
          name: 'Elemen soft',
          weight: 22,
          source: LKE,
          children: [
            item({ code: 'C6', name: 'Indeks BerAKHLAK', weight: 4 }, LKE),
            item({ code: 'C7', name: 'Survei Penilaian Integritas (SPI)', weight: 10, scoredBy: 'MESO', scorerName: 'KPK' }, LKE),
            item({ code: 'C8', name: 'Survei Kepuasan Masyarakat (SKM)', weight: 8 }, LKE),
          ],
        },
      ],
    },
    {
      kind: 'COMPONENT',
      code: 'D',
      name: 'Koefisien',
      weight: 0,
      source: LKE,
      children: [
        {
          kind: 'SUB_ITEM',
          code: 'D1',
          name: 'Koefisien (pengurang/penambah)',
          weight: 0,
          source: LKE,
          criteria: [
            {
              code: 'D1',
              text: 'Koefisien',
              answerType: 'SCALE',
              scaleMin: -10,
              scaleMax: 10,
              scoreRule: 'DIRECT',
              scoredBy: 'NATIONAL',
              source: LKE,
              guidance: 'Ditambahkan apa adanya ke nilai RB General. K/L −10…+10, Pemda −10…+1 (S); maknanya belum ditemukan (NF).',
            },
          ],
        },
      ],
    },
  ],
};

/** The five themes of the 2023 worksheet data (S); themes are data per year. */
const THEMES = [
  { code: '1', name: 'Pengentasan kemiskinan' },
  { code: '2', name: 'Peningkatan investasi' },
  { code: '3', name: 'Peningkatan penggunaan produk dalam negeri (P3DN)' },
  { code: '4', name: 'Pengendalian inflasi' },
  { code: '5', name: 'Digitalisasi administrasi pemerintahan (fokus penurunan stunting)' },
];
const TEMATIK = `${NOTES}: RB Tematik Pemda total 20 (C), rincian per tema (S)`;
const pemdaOnly = (kl: number | null) => ({ MINISTRY: kl });

export const RB_TEMATIK_2023: NationalFramework = {
  code: 'RB-TEMATIK-2023',
  name: 'Evaluasi RB Tematik (PermenPANRB 9/2023)',
  regulation: 'Peraturan Menteri PANRB Nomor 9 Tahun 2023; Keputusan Menteri PANRB Nomor 3 Tahun 2023',
  revision: 1,
  model: 'RB Tematik 2023',
  validFrom: 2023,
  indexCode: 'INDEKS-RB-2023',
  gradeBands: BANDS_2020,
  source: `${TEMATIK}. Bobot dasar = Pemda; K/L: strategi 0,8 dan dampak 1,2 per tema (S), rincian strategi K/L tidak diketahui.`,
  nodes: [
    {
      kind: 'COMPONENT',
      code: 'A',
      name: 'Strategi pelaksanaan RB Tematik',
      weight: 5,
      variantWeights: pemdaOnly(4),
      source: TEMATIK,
      children: THEMES.map((t) => ({
        kind: 'AREA' as const,
        code: `A.${t.code}`,
        name: t.name,
        weight: 1,
        variantWeights: pemdaOnly(0.8),
        source: TEMATIK,
        children: [
          item({ code: `A.${t.code}.1`, name: `Rencana aksi — ${t.name}`, weight: 0.4, variants: { MINISTRY: 'unknown' } }, TEMATIK),
          item(
            {
              code: `A.${t.code}.2`,
              name: `Capaian output — ${t.name}`,
              weight: 0.6,
              variants: { MINISTRY: 'unknown' },
              multiplier: `A.${t.code}.1`,
              guidance: 'Dikalikan rasio nilai rencana aksi tema ini (S).',
            },
            TEMATIK,
          ),
        ],
      })),
    },
    {
      kind: 'COMPONENT',
      code: 'B',
      name: 'Capaian dampak RB Tematik',
      weight: 15,
      variantWeights: pemdaOnly(6),
      source: TEMATIK,
      children: THEMES.map((t) =>
        item(
          {
            code: `B.${t.code}`,
            name: `Capaian dampak — ${t.name}`,
            weight: 3,
            variants: pemdaOnly(1.2),
            guidance: 'Capaian indikator dampak tema (mis. persentase penduduk miskin) 0–100.',
          },
          TEMATIK,
        ),
      ),
    },
  ],
};

// SAKIP (PermenPANRB 88/2021): components and the Pemenuhan 20 % · Kualitas
// 30 % · Pemanfaatan 50 % split (C/S+ in the notes); the answer scale AA…E
// with the values of one implementation (S). The criteria are illustrative:
// one per sub-component until the official LKE is typed in.
const SAKIP = `${NOTES}: SAKIP PermenPANRB 88/2021 (komponen C; pembagian Pemenuhan/Kualitas/Pemanfaatan S+)`;
const SAKIP_SCALE = {
  answerType: 'CATEGORY' as const,
  options: [
    { code: 'AA', label: 'Memenuhi seluruh kriteria dan inovasi layak ditiru nasional', value: 1 },
    { code: 'A', label: 'Memenuhi seluruh kriteria dan upaya lebih', value: 0.9 },
    { code: 'BB', label: 'Memenuhi seluruh kriteria', value: 0.8 },
    { code: 'B', label: 'Memenuhi > 75–100 %', value: 0.7 },
    { code: 'CC', label: 'Memenuhi > 50–75 %', value: 0.6 },
    { code: 'C', label: 'Memenuhi > 25–50 %', value: 0.5 },
    { code: 'D', label: 'Memenuhi > 0–25 %', value: 0.3 },
    { code: 'E', label: 'Tidak ada', value: 0 },
  ],
};
const SAKIP_COMPONENTS = [
  { code: '1', name: 'Perencanaan Kinerja', weight: 30 },
  { code: '2', name: 'Pengukuran Kinerja', weight: 30 },
  { code: '3', name: 'Pelaporan Kinerja', weight: 15 },
  { code: '4', name: 'Evaluasi Akuntabilitas Kinerja Internal', weight: 25 },
];
const SAKIP_PARTS = [
  { code: 'a', name: 'Pemenuhan', share: 0.2 },
  { code: 'b', name: 'Kualitas', share: 0.3 },
  { code: 'c', name: 'Pemanfaatan', share: 0.5 },
];

export const SAKIP_2021: NationalFramework = {
  code: 'SAKIP-2021',
  name: 'Evaluasi SAKIP (PermenPANRB 88/2021)',
  regulation: 'Peraturan Menteri PANRB Nomor 88 Tahun 2021',
  revision: 1,
  model: 'SAKIP 2021',
  validFrom: 2021,
  source: SAKIP,
  gradeBands: [
    { grade: 'AA', above: 90, label: { id: 'Sangat memuaskan', en: 'Very satisfactory' } },
    { grade: 'A', above: 80, label: { id: 'Memuaskan', en: 'Satisfactory' } },
    { grade: 'BB', above: 70, label: { id: 'Sangat baik', en: 'Very good' } },
    { grade: 'B', above: 60, label: { id: 'Baik', en: 'Good' } },
    { grade: 'CC', above: 50, label: { id: 'Cukup', en: 'Fair' } },
    { grade: 'C', above: 30, label: { id: 'Kurang', en: 'Poor' } },
    { grade: 'D', above: null, label: { id: 'Sangat kurang', en: 'Very poor' } },
  ],
  nodes: SAKIP_COMPONENTS.map((c) => ({
    kind: 'COMPONENT' as const,
    code: c.code,
    name: c.name,
    weight: c.weight,
    source: SAKIP,
    children: SAKIP_PARTS.map((p) => ({
      kind: 'SUB_ITEM' as const,
      code: `${c.code}.${p.code}`,
      name: p.name,
      weight: Math.round(c.weight * p.share * 100) / 100,
      source: SAKIP,
      criteria: [
        {
          code: `${c.code}.${p.code}`,
          text: `${p.name} ${c.name.toLowerCase()}`,
          answerType: SAKIP_SCALE.answerType,
          options: SAKIP_SCALE.options,
          scoredBy: 'SELF' as const,
          source: SAKIP,
          guidance: 'Contoh kriteria; sesuaikan dengan LKE SAKIP resmi. Nilai AA…E menurut satu implementasi (S).',
        },
      ],
    })),
  })),
};

export const FRAMEWORKS_2023: NationalFramework[] = [RB_GENERAL_2023, RB_TEMATIK_2023, SAKIP_2021];
