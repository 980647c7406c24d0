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

export type ScoreRule = 'RANGE' | 'OF_MAX' | 'DIRECT';
export type Scorer = 'SELF' | 'NATIONAL' | 'MESO';
export type GovernmentKind = 'CITY' | 'REGENCY' | 'PROVINCE' | 'MINISTRY';

export interface FrameworkCriterion {
  code?: string;
  text: string;
  guidance?: string;
  answerType: AnswerType;
  options?: { code: string; label: string; value: number }[];
  scaleMin?: number;
  scaleMax?: number;
  /** Default RANGE (the 2020 worksheets); the 2023 worksheets use OF_MAX. */
  scoreRule?: ScoreRule;
  /** Default SELF. */
  scoredBy?: Scorer;
  scorerName?: string;
  /** The code of the criterion (same framework) whose share multiplies this one. */
  multiplier?: string;
  source?: string;
}

export interface FrameworkPart {
  kind: 'COMPONENT' | 'SUBCOMPONENT' | 'AREA' | 'SUB_ITEM';
  code?: string;
  name: string;
  weight: number | null; // null = not known publicly (shown as unknown)
  /** Weights for kinds of government that differ from `weight`; null = the part does not apply to that kind, 'unknown' = not known. */
  variantWeights?: Partial<Record<GovernmentKind, number | null | 'unknown'>>;
  /** Where the weight comes from. */
  source?: string;
  children?: FrameworkPart[];
  criteria?: FrameworkCriterion[]; // SUB_ITEM only
}

/** An assessment framework (LKE) as data: a national one has no government and is published. */
export interface NationalFramework {
  code: string; // "PERMENPANRB-26-2020-UNIT"
  name: string;
  regulation: string;
  revision: number;
  /** "RB 2020", "RB General 2023", "RB Tematik 2023", "SAKIP 2021". */
  model?: string;
  validFrom?: number;
  validTo?: number;
  /** Frameworks with the same index code add up to one index (Indeks RB). */
  indexCode?: string;
  /** Best first; the last with above null. Absent = the 2020 PMPRB bands. */
  gradeBands?: { grade: string; above: number | null; label: { id: string; en: string } }[];
  rescale?: boolean;
  source?: string;
  nodes: FrameworkPart[];
}
