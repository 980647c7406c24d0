// National reference data: the same for every government, used by production
// code (a new government's areas, the assessment frameworks seeded in every
// database) and by the demo. Pure data, no I/O.

/** The 8 areas of change (Area Perubahan) of the national road map. */
export type AreaKind =
  | 'CHANGE_MANAGEMENT'
  | 'DEREGULATION'
  | 'ORGANIZATION'
  | 'BUSINESS_PROCESS'
  | 'HR_MANAGEMENT'
  | 'ACCOUNTABILITY'
  | 'SUPERVISION'
  | 'PUBLIC_SERVICE';

export type AnswerType = 'YES_NO' | 'ABC' | 'ABCD' | 'ABCDE' | 'PERCENTAGE' | 'SCALE' | 'CATEGORY';

export interface FrameworkCriterion {
  code?: string;
  text: string;
  guidance?: string;
  answerType: AnswerType;
  options?: { code: string; label: string; value: number }[];
  scaleMin?: number;
  scaleMax?: number;
}

export interface FrameworkPart {
  kind: 'COMPONENT' | 'SUBCOMPONENT' | 'AREA' | 'SUB_ITEM';
  code?: string;
  name: string;
  weight: number | null; // null = not known publicly (shown as unknown)
  children?: FrameworkPart[];
  criteria?: FrameworkCriterion[]; // SUB_ITEM only
}

/** An assessment framework (LKE) as data: a national one has no government and is published. */
export interface NationalFramework {
  code: string; // "PERMENPANRB-26-2020-UNIT"
  name: string;
  regulation: string;
  revision: number;
  nodes: FrameworkPart[];
}
