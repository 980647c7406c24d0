// The shape of the demo content typed from the seed documents (../shared/seeds).
// Pure data: values are kept as written in the documents ("2,53", "WTP",
// "n.a", "73%", "1.018.175.000,00") and parsed by @rb/domain when loaded, so
// the loader exercises the same parsing a user's input goes through.
// References between rows use codes (agency codes, area kinds, indicator codes).

export type GovernmentKind = 'CITY' | 'REGENCY' | 'PROVINCE' | 'MINISTRY';
export type AgencyKind = 'SECRETARIAT' | 'SECTION' | 'OFFICE' | 'BOARD' | 'INSPECTORATE' | 'DISTRICT' | 'UNIT' | 'OTHER';
import type { AreaKind } from '@rb/reference';

export type { AnswerType, AreaKind } from '@rb/reference';
export type ValueType = 'NUMBER' | 'PERCENTAGE' | 'SCORE' | 'LEVEL' | 'CATEGORY' | 'TEXT';
export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type ValueKind = 'BASELINE' | 'TARGET' | 'REALIZATION';
export type TeamKind = 'STEERING' | 'EXECUTING' | 'WORKING_GROUP' | 'ASSESSORS' | 'OTHER';
export type WorkPlanKind = 'WORK_PLAN' | 'FOLLOW_UP' | 'PERFORMANCE_AGREEMENT';
export type TreeNodeKind = 'RESULT' | 'PROGRAM' | 'ACTIVITY' | 'SUB_ACTIVITY';
export type ProcessKind = 'INPUT' | 'MANAGERIAL' | 'MAIN' | 'SUPPORTING' | 'OUTPUT';
export type RealizationStatus = 'DONE' | 'PARTIAL' | 'NOT_DONE';

export interface DemoAgency {
  code: string; // unique within the government, e.g. "BAG-ORG"
  name: string; // "Bagian Organisasi Sekretariat Daerah"
  shortName?: string; // "Bag. Organisasi Setda"
  kind: AgencyKind;
  children?: DemoAgency[];
}

export interface DemoTeam {
  kind: TeamKind;
  name: string; // "Tim Pengarah", "Pokja Manajemen Perubahan"
  areaKind?: AreaKind;
  members: { position: string; teamRole: string }[];
}

export interface DemoValue {
  kind: ValueKind;
  year: number;
  quarter?: 1 | 2 | 3 | 4;
  month?: number;
  value: string; // as written: "2,53", "61%", "WTP", "n.a", "30 Orang"
  note?: string;
  source?: string;
}

export interface DemoIndicator {
  code: string; // unique within the government, e.g. "PBL-G1-I1"
  name: string;
  unit?: string; // "%", "Skor 0-100", "Level 1-5", "Indeks", "Predikat", "Orang"
  valueType: ValueType;
  scaleMin?: number;
  scaleMax?: number;
  categories?: string[]; // CATEGORY only, best first: ["WTP","WDP","TW","TMP"]
  direction?: Direction; // default HIGHER_IS_BETTER
  source?: string;
  ownerAgencyCode?: string;
  values?: DemoValue[];
}

export interface DemoGoal {
  code: string;
  statement: string;
  indicators: DemoIndicator[];
}

export interface DemoStep {
  name: string;
  output?: string;
  successCriteria?: string;
  responsibleText?: string;
  responsibleAgencyCode?: string;
  responsibleTeamName?: string;
  months: number[]; // 1–12, from the √ / V marks
  realizations?: { month: number; status: RealizationStatus; note?: string }[];
}

export interface DemoAction {
  code?: string;
  name: string;
  output?: string;
  responsibleText?: string; // as written in the document
  responsibleAgencyCode?: string;
  years?: number[]; // road map: years marked V
  successCriteria?: string;
  note?: string; // keterangan
  efforts?: { agencyCode?: string; description: string }[]; // upaya
  indicator?: DemoIndicator; // PK: indicator of the aksi / sub-kegiatan with its quarterly targets
  steps?: DemoStep[];
}

export interface DemoActivity {
  code?: string;
  name: string;
  areaKind?: AreaKind;
  indicatorCode?: string; // the area/success indicator this activity drives
  programCode?: string; // PK: program the activity belongs to
  budget?: string; // as written: "1.018.175.000,00"
  indicators?: DemoIndicator[]; // PK: indikator kinerja kegiatan with yearly targets
  actions: DemoAction[];
}

export interface DemoAreaIndicators {
  areaKind: AreaKind;
  indicators: DemoIndicator[];
}

export interface DemoRoadmap {
  title: string;
  startYear: number;
  endYear: number;
  regulationRef?: string;
  goals: DemoGoal[];
  areaIndicators: DemoAreaIndicators[];
  /** Indicators outside goals/areas, e.g. Tabel 2.1's 2015–2019 achievements. */
  otherIndicators?: DemoIndicator[];
  activities: DemoActivity[]; // Tabel 4.4
  quickWins?: { name: string; description?: string; output?: string; agencyCode?: string; year?: number }[];
}

export interface DemoProgram {
  code: string;
  name: string;
  goalCode?: string;
  indicators?: DemoIndicator[];
}

export interface DemoWorkPlan {
  kind: WorkPlanKind;
  year: number;
  title: string;
  regulationRef?: string;
  agencyCode?: string; // an agency's plan; omitted = the government's plan
  goals?: DemoGoal[]; // PK: sasaran strategis with their indicators
  programs?: DemoProgram[]; // PK
  activities: DemoActivity[];
}

export interface DemoTreeNode {
  statement: string;
  kind: TreeNodeKind;
  indicatorText?: string;
  observedProblem?: string; // fenomena, as written
  observedValue?: string; // "55,96"
  observedYear?: number;
  observedSource?: string;
  rationale?: string; // keterkaitan with the parent
  responsibleOfficial?: string;
  /** Indicators (by code) measuring this node, with the rationale of each link. */
  indicators?: { code: string; rationale?: string }[];
  /** Work-plan actions (by code) that drive this node, with the rationale of each link. */
  actions?: { code: string; rationale?: string }[];
  children?: DemoTreeNode[];
}

export interface DemoTree {
  title: string;
  year: number;
  agencyCode?: string;
  roots: DemoTreeNode[];
}

export interface DemoBusinessProcess {
  kind: ProcessKind;
  name: string;
  responsibleOfficial?: string;
  children?: DemoBusinessProcess[];
}

export interface DemoProcessMap {
  title: string;
  agencyCode?: string;
  processes: DemoBusinessProcess[];
  sopSteps: { activity: string; actor: string; outputDocument?: string }[];
}

export interface DemoGovernment {
  code: string; // "probolinggo"
  name: string; // "Pemerintah Kota Probolinggo"
  kind: GovernmentKind;
  region?: string; // "Jawa Timur"
  agencies: DemoAgency[];
  teams?: DemoTeam[];
  roadmap?: DemoRoadmap;
  workPlans?: DemoWorkPlan[];
  trees?: DemoTree[];
  /** Indicators of performance-tree nodes (scope TREE), loaded before the trees so nodes can link them by code. */
  treeIndicators?: DemoIndicator[];
  processMaps?: DemoProcessMap[];
}
