import type { AreaKind } from './types.ts';

/** The 8 areas of change (Area Perubahan), in the order of the road maps. */
export const AREAS: { kind: AreaKind; name: string }[] = [
  { kind: 'CHANGE_MANAGEMENT', name: 'Manajemen Perubahan' },
  { kind: 'DEREGULATION', name: 'Deregulasi Kebijakan' },
  { kind: 'ORGANIZATION', name: 'Penataan dan Penguatan Organisasi' },
  { kind: 'BUSINESS_PROCESS', name: 'Penataan Tatalaksana' },
  { kind: 'HR_MANAGEMENT', name: 'Penataan Sistem Manajemen SDM Aparatur' },
  { kind: 'ACCOUNTABILITY', name: 'Penguatan Akuntabilitas Kinerja' },
  { kind: 'SUPERVISION', name: 'Penguatan Pengawasan' },
  { kind: 'PUBLIC_SERVICE', name: 'Peningkatan Kualitas Pelayanan Publik' },
];
