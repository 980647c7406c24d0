import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Government as GovernmentRow, Agency as AgencyRow, Area as AreaRow, User as UserRow, Membership as MembershipRow, Roadmap as RoadmapRow, Goal as GoalRow, Indicator as IndicatorRow, IndicatorValue as IndicatorValueRow, WorkPlan as WorkPlanRow, Program as ProgramRow, Activity as ActivityRow, Action as ActionRow, Step as StepRow, StepRealization as StepRealizationRow, PerformanceTree as PerformanceTreeRow, TreeNode as TreeNodeRow, Framework as FrameworkRow, Assessment as AssessmentRow } from '@rb/db';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number as a string with a dot, e.g. "1018175000.00" or "43.84". */
  Decimal: { input: string; output: string; }
};

/** Rencana Aksi (Aksi / Sub Kegiatan in a performance agreement). */
export type Action = {
  __typename?: 'Action';
  activityId: Scalars['ID']['output'];
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Indicators of the action (performance agreements: the quarterly targets). */
  indicators: Array<Indicator>;
  name: Scalars['String']['output'];
  output?: Maybe<Scalars['String']['output']>;
  responsibleAgency?: Maybe<Agency>;
  responsibleText?: Maybe<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  steps: Array<Step>;
  successCriteria?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  years: Array<Scalars['Int']['output']>;
};

export type ActionSnapshot = {
  __typename?: 'ActionSnapshot';
  activityId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  output?: Maybe<Scalars['String']['output']>;
  responsibleAgencyId?: Maybe<Scalars['ID']['output']>;
  responsibleText?: Maybe<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  steps: Array<StepSnapshot>;
  successCriteria?: Maybe<Scalars['String']['output']>;
};

export type ActionSnapshotInput = {
  activityId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  output?: InputMaybe<Scalars['String']['input']>;
  responsibleAgencyId?: InputMaybe<Scalars['ID']['input']>;
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  sortOrder: Scalars['Int']['input'];
  steps: Array<StepSnapshotInput>;
  successCriteria?: InputMaybe<Scalars['String']['input']>;
};

/** Kegiatan. */
export type Activity = {
  __typename?: 'Activity';
  actions: Array<Action>;
  area?: Maybe<Area>;
  budget?: Maybe<Scalars['Decimal']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  indicator?: Maybe<Indicator>;
  /** Indicators of the activity (performance agreements: the annual target). */
  indicators: Array<Indicator>;
  name: Scalars['String']['output'];
  programId?: Maybe<Scalars['ID']['output']>;
  roadmapId?: Maybe<Scalars['ID']['output']>;
  sortOrder: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
  workPlanId?: Maybe<Scalars['ID']['output']>;
  workPlanTitle?: Maybe<Scalars['String']['output']>;
  workPlanYear?: Maybe<Scalars['Int']['output']>;
};

export type AddBusinessProcessInput = {
  kind: ProcessKind;
  mapId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  responsibleOfficial?: InputMaybe<Scalars['String']['input']>;
};

export type AddCriterionInput = {
  criterion: CriterionInput;
  nodeId: Scalars['ID']['input'];
};

export type AddCrossFunctionStepInput = {
  activity: Scalars['String']['input'];
  actor: Scalars['String']['input'];
  /** Position in the table (0 = first); omitted = last. */
  index?: InputMaybe<Scalars['Int']['input']>;
  mapId: Scalars['ID']['input'];
  outputDocument?: InputMaybe<Scalars['String']['input']>;
};

export type AddEvidenceLinkInput = {
  assessmentId: Scalars['ID']['input'];
  criterionId: Scalars['ID']['input'];
  /** true: the team's evidence (coordinator); false: the viewer's own answer. */
  team?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

export type AddFrameworkNodeInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to SUB_ITEM. */
  kind?: InputMaybe<FrameworkNodeKind>;
  name: Scalars['String']['input'];
  parentId: Scalars['ID']['input'];
  /** A decimal, or null for unknown. */
  weight?: InputMaybe<Scalars['Decimal']['input']>;
};

export type AddTreeNodeInput = {
  fields: TreeNodeFieldsInput;
  /** Position among the siblings (0 = first); omitted = last. */
  index?: InputMaybe<Scalars['Int']['input']>;
  /** Omitted: the level the parent calls for; deeper = a skipped level (reported by the checks). */
  level?: InputMaybe<Scalars['Int']['input']>;
  /** null: a new level-0 result. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  treeId: Scalars['ID']['input'];
};

/** A Perangkat Daerah (OPD) or one of its sub-units. */
export type Agency = {
  __typename?: 'Agency';
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AgencyKind;
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  shortName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type AgencyKind =
  | 'BOARD'
  | 'DISTRICT'
  | 'INSPECTORATE'
  | 'OFFICE'
  | 'OTHER'
  | 'SECRETARIAT'
  | 'SECTION'
  | 'UNIT';

/** One assessor's answer to one criterion. */
export type Answer = {
  __typename?: 'Answer';
  assessorId: Scalars['ID']['output'];
  assessorName: Scalars['String']['output'];
  criterionId: Scalars['ID']['output'];
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  value?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** One change of an answer to a criterion, from the audit log. */
export type AnswerChange = {
  __typename?: 'AnswerChange';
  /** Whose answer (null for the consensus). */
  assessorId?: Maybe<Scalars['ID']['output']>;
  assessorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** Who made the change (null: agreed when consensus opened). */
  changedByName?: Maybe<Scalars['String']['output']>;
  criterionId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** ANSWER (an assessor's) or CONSENSUS (the team's). */
  kind: Scalars['String']['output'];
  newNote?: Maybe<Scalars['String']['output']>;
  newValue?: Maybe<Scalars['String']['output']>;
  /** The note (assessor) or reason (consensus) before and after. */
  oldNote?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
};

export type AnswerType =
  | 'ABC'
  | 'ABCD'
  | 'ABCDE'
  | 'CATEGORY'
  | 'PERCENTAGE'
  | 'SCALE'
  | 'YES_NO';

/** Area Perubahan. */
export type Area = {
  __typename?: 'Area';
  achievement?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Success indicators of this area (optionally of one road map). */
  indicators: Array<Indicator>;
  kind: AreaKind;
  name: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
  status: IndicatorStatus;
};


/** Area Perubahan. */
export type AreaAchievementArgs = {
  quarter?: InputMaybe<Scalars['Int']['input']>;
  roadmapId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/** Area Perubahan. */
export type AreaIndicatorsArgs = {
  roadmapId?: InputMaybe<Scalars['ID']['input']>;
};


/** Area Perubahan. */
export type AreaStatusArgs = {
  quarter?: InputMaybe<Scalars['Int']['input']>;
  roadmapId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

export type AreaKind =
  | 'ACCOUNTABILITY'
  | 'BUSINESS_PROCESS'
  | 'CHANGE_MANAGEMENT'
  | 'DEREGULATION'
  | 'HR_MANAGEMENT'
  | 'ORGANIZATION'
  | 'PUBLIC_SERVICE'
  | 'SUPERVISION';

export type Assessment = {
  __typename?: 'Assessment';
  agency?: Maybe<Agency>;
  /** The history of the answers to one criterion the viewer may see: their own; all of them once consensus opens (or as coordinator/reviewer). */
  answerHistory: Array<AnswerChange>;
  /** Every assessor's answers the viewer may see: before consensus opens an assessor sees only their own. */
  answers: Array<Answer>;
  /** The sheets the viewer may see: each visible assessor's, computed from their answers. */
  assessorScores: Array<ScoreSheet>;
  /** Whether the viewer may see every assessor's answers now. */
  canSeeAllAnswers: Scalars['Boolean']['output'];
  consensus: Array<ConsensusAnswer>;
  /** The consensus score (criteria without a consensus answer count as 0). */
  consensusScore: ScoreSheet;
  deadline?: Maybe<Scalars['DateTime']['output']>;
  followUpLinks: Array<FollowUpLink>;
  followUpProposal: Array<FollowUpProposal>;
  framework: Framework;
  id: Scalars['ID']['output'];
  lockedAt?: Maybe<Scalars['DateTime']['output']>;
  members: Array<AssessmentMember>;
  /** The viewer's own answers (an assessor's worksheet). */
  myAnswers: Array<Answer>;
  /** The viewer's roles in this assessment's team. */
  myRoles: Array<AssessmentRole>;
  /** Assessors may no longer save (the deadline has passed). */
  pastDeadline: Scalars['Boolean']['output'];
  /** The same government's (and agency's) assessment of the year before. */
  previous?: Maybe<Assessment>;
  status: AssessmentStatus;
  /** Team evidence (not tied to an assessor's answer). */
  teamEvidence: Array<Evidence>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};


export type AssessmentAnswerHistoryArgs = {
  criterionId: Scalars['ID']['input'];
};


export type AssessmentFollowUpProposalArgs = {
  threshold: Scalars['Float']['input'];
};

export type AssessmentCandidate = {
  __typename?: 'AssessmentCandidate';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  roles: Array<Role>;
  userId: Scalars['ID']['output'];
};

export type AssessmentMember = {
  __typename?: 'AssessmentMember';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  role: AssessmentRole;
  userId: Scalars['ID']['output'];
};

export type AssessmentRole =
  | 'ASSESSOR'
  | 'COORDINATOR'
  | 'REVIEWER';

export type AssessmentStatus =
  | 'CONSENSUS'
  | 'DRAFT'
  | 'FINAL'
  | 'IN_ASSESSMENT'
  | 'IN_REVIEW'
  | 'NEEDS_REVISION';

/** Workflow steps: START (draft → in assessment), OPEN_CONSENSUS, CLOSE_CONSENSUS (→ in review), FINALISE, SEND_BACK (→ needs revision), RESUBMIT (→ in review). */
export type AssessmentTransition =
  | 'CLOSE_CONSENSUS'
  | 'FINALISE'
  | 'OPEN_CONSENSUS'
  | 'RESUBMIT'
  | 'SEND_BACK'
  | 'START';

export type AuditAction =
  | 'CREATE'
  | 'DELETE'
  | 'SIGN_IN'
  | 'STATUS'
  | 'UPDATE';

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  entity: Scalars['String']['output'];
  entityId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  userName?: Maybe<Scalars['String']['output']>;
};

export type BaselineMonths = {
  __typename?: 'BaselineMonths';
  baselineId: Scalars['ID']['output'];
  months: Array<Scalars['Int']['output']>;
};

export type BaselineMonthsInput = {
  baselineId: Scalars['ID']['input'];
  months: Array<Scalars['Int']['input']>;
};

export type BaselineStep = {
  __typename?: 'BaselineStep';
  months: Array<Scalars['Int']['output']>;
  stepId: Scalars['ID']['output'];
};

export type BusinessProcess = {
  __typename?: 'BusinessProcess';
  id: Scalars['ID']['output'];
  kind: ProcessKind;
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Peta relasi: the official responsible for the process. */
  responsibleOfficial?: Maybe<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

/** A work-plan action on a cascade, with its plan and steps. */
export type CascadeAction = {
  __typename?: 'CascadeAction';
  action: Action;
  /** The nodes (of the cascade's subtree) that link this action. */
  nodeIds: Array<Scalars['ID']['output']>;
  rationale?: Maybe<Scalars['String']['output']>;
  steps: Array<Step>;
  workPlanId?: Maybe<Scalars['ID']['output']>;
  workPlanTitle?: Maybe<Scalars['String']['output']>;
};

export type ClearRealizationResult = {
  __typename?: 'ClearRealizationResult';
  step: Step;
};

export type ClonePerformanceTreeInput = {
  /** The tree to copy (usually last year's). */
  sourceId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type ConsensusAnswer = {
  __typename?: 'ConsensusAnswer';
  criterionId: Scalars['ID']['output'];
  decidedByName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  reviewComment?: Maybe<Scalars['String']['output']>;
  reviewStatus: ReviewStatus;
  reviewedByName?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  value?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type CreateActionInput = {
  activityId: Scalars['ID']['input'];
  index?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  output?: InputMaybe<Scalars['String']['input']>;
  responsibleAgencyId?: InputMaybe<Scalars['ID']['input']>;
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  successCriteria?: InputMaybe<Scalars['String']['input']>;
};

export type CreateAssessmentInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  assessorIds: Array<Scalars['ID']['input']>;
  coordinatorId: Scalars['ID']['input'];
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  frameworkId: Scalars['ID']['input'];
  reviewerId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateFollowUpPlanInput = {
  assessmentId: Scalars['ID']['input'];
  items: Array<FollowUpItemInput>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreatePerformanceTreeInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateStepInput = {
  actionId: Scalars['ID']['input'];
  /** Position among the action's steps (0 = first); absent = last. */
  index?: InputMaybe<Scalars['Int']['input']>;
  months?: InputMaybe<Array<Scalars['Int']['input']>>;
  name: Scalars['String']['input'];
  output?: InputMaybe<Scalars['String']['input']>;
  responsibleAgencyId?: InputMaybe<Scalars['ID']['input']>;
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  successCriteria?: InputMaybe<Scalars['String']['input']>;
};

export type Criterion = {
  __typename?: 'Criterion';
  answerType: AnswerType;
  code?: Maybe<Scalars['String']['output']>;
  guidance?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  nodeId: Scalars['ID']['output'];
  options: Array<CriterionOption>;
  scaleMax?: Maybe<Scalars['Decimal']['output']>;
  scaleMin?: Maybe<Scalars['Decimal']['output']>;
  sortOrder: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type CriterionInput = {
  answerType: AnswerType;
  code?: InputMaybe<Scalars['String']['input']>;
  guidance?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<Array<CriterionOptionInput>>;
  scaleMax?: InputMaybe<Scalars['Decimal']['input']>;
  scaleMin?: InputMaybe<Scalars['Decimal']['input']>;
  text: Scalars['String']['input'];
};

export type CriterionOption = {
  __typename?: 'CriterionOption';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** 0..1 */
  value: Scalars['Float']['output'];
};

export type CriterionOptionInput = {
  code: Scalars['String']['input'];
  label: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type CrossFunctionStep = {
  __typename?: 'CrossFunctionStep';
  activity: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  outputDocument?: Maybe<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type DecideConsensusInput = {
  assessmentId: Scalars['ID']['input'];
  criterionId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
  /** The version read; null when there is no consensus answer yet. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type DeleteActionResult = {
  __typename?: 'DeleteActionResult';
  activity: Activity;
  snapshot: ActionSnapshot;
};

export type DeleteStepResult = {
  __typename?: 'DeleteStepResult';
  /** The action without the step. */
  action: Action;
  snapshot: StepSnapshot;
};

export type DeleteTreeNodeResult = {
  __typename?: 'DeleteTreeNodeResult';
  /** The node and its descendants, deleted together (undo with restoreTreeNode). */
  deletedIds: Array<Scalars['ID']['output']>;
  tree: PerformanceTree;
};

export type Direction =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type Evidence = {
  __typename?: 'Evidence';
  /** The assessor answer it supports; null for the team's (consensus) evidence. */
  answerId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  criterionId: Scalars['ID']['output'];
  /** Where to download a file (same origin, session cookie). */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  fileName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EvidenceKind;
  mimeType?: Maybe<Scalars['String']['output']>;
  sizeBytes?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
  uploadedByName?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type EvidenceKind =
  | 'FILE'
  | 'LINK';

export type ExtendDeadlineInput = {
  deadline: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type FollowUpItemInput = {
  criterionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  output?: InputMaybe<Scalars['String']['input']>;
};

export type FollowUpLink = {
  __typename?: 'FollowUpLink';
  actionId: Scalars['ID']['output'];
  actionName: Scalars['String']['output'];
  criterionId: Scalars['ID']['output'];
  planId: Scalars['ID']['output'];
  planTitle: Scalars['String']['output'];
};

export type FollowUpProposal = {
  __typename?: 'FollowUpProposal';
  areaName?: Maybe<Scalars['String']['output']>;
  criterionCode?: Maybe<Scalars['String']['output']>;
  criterionId: Scalars['ID']['output'];
  criterionText: Scalars['String']['output'];
  subItemName?: Maybe<Scalars['String']['output']>;
  suggestedAction: Scalars['String']['output'];
  suggestedOutput: Scalars['String']['output'];
  /** The consensus value 0..1 (unanswered = 0). */
  value: Scalars['Float']['output'];
};

/** A versioned assessment framework (LKE). National ones (no government) are read-only; copy to change. */
export type Framework = {
  __typename?: 'Framework';
  code: Scalars['String']['output'];
  copiedFromId?: Maybe<Scalars['ID']['output']>;
  criteria: Array<Criterion>;
  criterionCount: Scalars['Int']['output'];
  /** The viewer may edit it now (own government, DRAFT, not in use, ADMIN). */
  editable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Used by at least one assessment: it can no longer be changed. */
  inUse: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  national: Scalars['Boolean']['output'];
  /** Every node, parents before children, in tree order. */
  nodes: Array<FrameworkNode>;
  regulation?: Maybe<Scalars['String']['output']>;
  revision: Scalars['Int']['output'];
  /** DRAFT (editable), PUBLISHED (usable, frozen once used) or RETIRED. */
  status: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** Weight problems: children's weights not adding up to the parent's, unknown weights. */
  weightIssues: Array<WeightIssue>;
};

export type FrameworkNode = {
  __typename?: 'FrameworkNode';
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: FrameworkNodeKind;
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  sortOrder: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
  /** null = not known (shown as such, never silently zero). */
  weight?: Maybe<Scalars['Decimal']['output']>;
};

export type FrameworkNodeKind =
  | 'AREA'
  | 'COMPONENT'
  | 'SUBCOMPONENT'
  | 'SUB_ITEM';

/** Sasaran. */
export type Goal = {
  __typename?: 'Goal';
  achievement?: Maybe<Scalars['Float']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  indicators: Array<Indicator>;
  roadmapId?: Maybe<Scalars['ID']['output']>;
  statement: Scalars['String']['output'];
  status: IndicatorStatus;
};


/** Sasaran. */
export type GoalAchievementArgs = {
  quarter?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


/** Sasaran. */
export type GoalStatusArgs = {
  quarter?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type Government = {
  __typename?: 'Government';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: GovernmentKind;
  name: Scalars['String']['output'];
  region?: Maybe<Scalars['String']['output']>;
};

export type GovernmentKind =
  | 'CITY'
  | 'MINISTRY'
  | 'PROVINCE'
  | 'REGENCY';

export type Health = {
  __typename?: 'Health';
  database: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
};

export type Indicator = {
  __typename?: 'Indicator';
  /** Achievement (capaian) in percent, null when not computable (no target, no realization, n.a, text). */
  achievement?: Maybe<Scalars['Float']['output']>;
  /** Values entered per agency for this indicator (agency-scoped, not the government's own). */
  agencyValues: Array<IndicatorValue>;
  area?: Maybe<Area>;
  /** Whether the signed-in user may change this indicator's values (administrator or the owner agency's user). */
  canEdit: Scalars['Boolean']['output'];
  categories: Array<Scalars['String']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  definition?: Maybe<Scalars['String']['output']>;
  direction: Direction;
  /** Activities (road map or work plan) that drive this indicator, with their actions. */
  drivenBy: Array<Activity>;
  goal?: Maybe<Goal>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  ownerAgency?: Maybe<Agency>;
  roadmapId?: Maybe<Scalars['ID']['output']>;
  scaleMax?: Maybe<Scalars['Decimal']['output']>;
  scaleMin?: Maybe<Scalars['Decimal']['output']>;
  scope: IndicatorScope;
  source?: Maybe<Scalars['String']['output']>;
  /** Status for a year (quarter omitted) or a quarter 1–4: achievement against the government's thresholds. */
  status: IndicatorStatus;
  unit?: Maybe<Scalars['String']['output']>;
  valueType: ValueType;
  values: Array<IndicatorValue>;
  version: Scalars['Int']['output'];
  /** Targets and realizations of fromYear…toYear (at most 30 years) in one compact object, for small charts. */
  yearSeries: YearSeries;
  /** One value per kind and year (the yearly value, else the fourth quarter's), with the baselines: what a chart of years needs. */
  yearlyValues: Array<IndicatorValue>;
};


export type IndicatorAchievementArgs = {
  quarter?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type IndicatorAgencyValuesArgs = {
  year: Scalars['Int']['input'];
};


export type IndicatorStatusArgs = {
  quarter?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type IndicatorYearSeriesArgs = {
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
};

export type IndicatorFilter = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  /** Indicators owned by this agency or its sub-units. */
  ownerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  roadmapId?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<IndicatorScope>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type IndicatorScope =
  | 'ACTIVITY'
  | 'AREA'
  | 'GOAL'
  | 'OTHER'
  | 'PERFORMANCE_AGREEMENT'
  | 'TREE';

/** Status of an indicator for a period, from its achievement and the government's thresholds. */
export type IndicatorStatus =
  | 'AT_RISK'
  | 'NO_DATA'
  | 'OFF_TRACK'
  | 'ON_TRACK';

/** A value for a year (quarter 0, month 0), a quarter (1–4) or a month (1–12). */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  agency?: Maybe<Agency>;
  categoryValue?: Maybe<Scalars['String']['output']>;
  enteredBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ValueKind;
  month: Scalars['Int']['output'];
  notAvailable: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  numericValue?: Maybe<Scalars['Decimal']['output']>;
  quarter: Scalars['Int']['output'];
  source?: Maybe<Scalars['String']['output']>;
  textValue?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type IndicatorValueChange = {
  __typename?: 'IndicatorValueChange';
  indicator: Indicator;
  /** The value now, null when removed. */
  value?: Maybe<IndicatorValue>;
};

export type IndicatorValueInput = {
  /** Agency-scoped value (for comparing agencies); omitted = the government's value. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  indicatorId: Scalars['ID']['input'];
  kind: ValueKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** 0 (or omitted) = the year; 1–4 = a quarter. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** As typed, the Indonesian way: "43,84", "73%", "WTP", "BB", "n.a". Empty = remove the value. */
  text: Scalars['String']['input'];
  /** The version read; omitted when the value did not exist. */
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type MemberUser = {
  __typename?: 'MemberUser';
  agency?: Maybe<Agency>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  roles: Array<Role>;
};

export type Membership = {
  __typename?: 'Membership';
  agency?: Maybe<Agency>;
  government: Government;
  id: Scalars['ID']['output'];
  role: Role;
};

export type MoveActionResult = {
  __typename?: 'MoveActionResult';
  action: Action;
  from: Activity;
  to: Activity;
};

export type MoveBusinessProcessInput = {
  id: Scalars['ID']['input'];
  /** Position among the processes of the same kind (0 = first). */
  index: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};

export type MoveCrossFunctionStepInput = {
  id: Scalars['ID']['input'];
  index: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};

/** Move a step to an action (or an action to an activity) at a position (0 = first). */
export type MoveInput = {
  id: Scalars['ID']['input'];
  index: Scalars['Int']['input'];
  parentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type MoveStepResult = {
  __typename?: 'MoveStepResult';
  /** The action the step left (same as `to` for a reorder) and the one it joined, with their steps in order. */
  from: Action;
  step: Step;
  to: Action;
};

export type MoveTreeNodeInput = {
  id: Scalars['ID']['input'];
  /** Position among the new siblings (0 = first). */
  index: Scalars['Int']['input'];
  /** The new parent (null: make it a level-0 result). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop?: Maybe<Scalars['Boolean']['output']>;
  addBusinessProcess: ProcessMap;
  addCriterion: Criterion;
  addCrossFunctionStep: ProcessMap;
  addEvidenceLink: Evidence;
  addFrameworkNode: FrameworkNode;
  addTreeNode: TreeNode;
  /** Approve the plan: freeze a baseline copy of every step's months. */
  approveWorkPlan: WorkPlan;
  clearStepRealization: ClearRealizationResult;
  /** Copies a tree (nodes, indicator and action links) into a new one for another year. */
  clonePerformanceTree: PerformanceTree;
  closePeriod: PeriodLock;
  /** Copies a framework into a new DRAFT revision owned by the government. */
  copyFramework: Framework;
  createAction: Action;
  createAssessment: Assessment;
  createFollowUpPlan: WorkPlan;
  createPerformanceTree: PerformanceTree;
  createStep: Step;
  decideConsensus: ConsensusAnswer;
  deleteAction: DeleteActionResult;
  deleteBusinessProcess: ProcessMap;
  deleteCrossFunctionStep: ProcessMap;
  deleteStep: DeleteStepResult;
  /** Deletes a node and its subtree (soft delete: restoreTreeNode undoes it). */
  deleteTreeNode: DeleteTreeNodeResult;
  /** The coordinator moves the deadline later, with the reason audited. */
  extendAssessmentDeadline: Assessment;
  /** Links a work-plan action to a node, or changes the link's rationale. */
  linkTreeNodeAction: TreeNode;
  /** Links an indicator to a node, or changes the link's rationale. */
  linkTreeNodeIndicator: TreeNode;
  moveAction: MoveActionResult;
  moveBusinessProcess: ProcessMap;
  moveCrossFunctionStep: ProcessMap;
  moveStep: MoveStepResult;
  /** Reorders (same parent) or moves a subtree under another parent; refused when it would create a cycle. */
  moveTreeNode: PerformanceTree;
  publishFramework: Framework;
  removeCriterion: Scalars['Boolean']['output'];
  removeEvidence: Scalars['Boolean']['output'];
  /** Removes a part of a draft framework with everything under it. */
  removeFrameworkNode: Scalars['Boolean']['output'];
  /** Administrator only: reopen a final assessment (back to consensus), with the reason audited. */
  reopenAssessment: Assessment;
  reopenPeriod: PeriodLock;
  restoreAction: Action;
  /** Undo of deleteStep: re-creates the step with its id, realizations and baseline months. */
  restoreStep: Step;
  restoreTreeNode: PerformanceTree;
  reviewCriterion: ConsensusAnswer;
  saveAnswer: Answer;
  /** Sets (or, with empty text, removes) values; all or nothing. Administrators and the owner agency's users. */
  setIndicatorValues: Array<IndicatorValueChange>;
  /** Remembers the user's language (id or en). */
  setLocale: User;
  setStatusThresholds: StatusThresholds;
  /** Record the realization of a scheduled month of a step. */
  setStepRealization: StepRealization;
  /** Signs in with email and password; sets the session cookie. */
  signIn: SignInResult;
  /** Ends the session (clears the cookie). True even when already signed out. */
  signOut: Scalars['Boolean']['output'];
  transitionAssessment: Assessment;
  unlinkTreeNodeAction: TreeNode;
  unlinkTreeNodeIndicator: TreeNode;
  updateAction: Action;
  updateAgency: Agency;
  updateAssessment: Assessment;
  updateBusinessProcess: ProcessMap;
  updateCriterion: Criterion;
  updateCrossFunctionStep: ProcessMap;
  updateFramework: Framework;
  updateFrameworkNode: FrameworkNode;
  /** Edit a step's text, responsible agency or months (toggle = send the new months). */
  updateStep: Step;
  /** Several step edits at once (a pasted block): all or nothing. */
  updateSteps: Array<Step>;
  updateTreeNode: TreeNode;
};


export type MutationAddBusinessProcessArgs = {
  input: AddBusinessProcessInput;
};


export type MutationAddCriterionArgs = {
  input: AddCriterionInput;
};


export type MutationAddCrossFunctionStepArgs = {
  input: AddCrossFunctionStepInput;
};


export type MutationAddEvidenceLinkArgs = {
  input: AddEvidenceLinkInput;
};


export type MutationAddFrameworkNodeArgs = {
  input: AddFrameworkNodeInput;
};


export type MutationAddTreeNodeArgs = {
  input: AddTreeNodeInput;
};


export type MutationApproveWorkPlanArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationClearStepRealizationArgs = {
  month: Scalars['Int']['input'];
  stepId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationClonePerformanceTreeArgs = {
  input: ClonePerformanceTreeInput;
};


export type MutationClosePeriodArgs = {
  quarter?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationCopyFrameworkArgs = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateActionArgs = {
  input: CreateActionInput;
};


export type MutationCreateAssessmentArgs = {
  input: CreateAssessmentInput;
};


export type MutationCreateFollowUpPlanArgs = {
  input: CreateFollowUpPlanInput;
};


export type MutationCreatePerformanceTreeArgs = {
  input: CreatePerformanceTreeInput;
};


export type MutationCreateStepArgs = {
  input: CreateStepInput;
};


export type MutationDecideConsensusArgs = {
  input: DecideConsensusInput;
};


export type MutationDeleteActionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteBusinessProcessArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteCrossFunctionStepArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteStepArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteTreeNodeArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationExtendAssessmentDeadlineArgs = {
  input: ExtendDeadlineInput;
};


export type MutationLinkTreeNodeActionArgs = {
  input: TreeNodeLinkInput;
};


export type MutationLinkTreeNodeIndicatorArgs = {
  input: TreeNodeLinkInput;
};


export type MutationMoveActionArgs = {
  input: MoveInput;
};


export type MutationMoveBusinessProcessArgs = {
  input: MoveBusinessProcessInput;
};


export type MutationMoveCrossFunctionStepArgs = {
  input: MoveCrossFunctionStepInput;
};


export type MutationMoveStepArgs = {
  input: MoveInput;
};


export type MutationMoveTreeNodeArgs = {
  input: MoveTreeNodeInput;
};


export type MutationPublishFrameworkArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveCriterionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveEvidenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveFrameworkNodeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenAssessmentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReopenPeriodArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreActionArgs = {
  snapshot: ActionSnapshotInput;
};


export type MutationRestoreStepArgs = {
  snapshot: StepSnapshotInput;
};


export type MutationRestoreTreeNodeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewCriterionArgs = {
  input: ReviewCriterionInput;
};


export type MutationSaveAnswerArgs = {
  input: SaveAnswerInput;
};


export type MutationSetIndicatorValuesArgs = {
  inputs: Array<IndicatorValueInput>;
};


export type MutationSetLocaleArgs = {
  locale: Scalars['String']['input'];
};


export type MutationSetStatusThresholdsArgs = {
  input: StatusThresholdsInput;
};


export type MutationSetStepRealizationArgs = {
  input: SetRealizationInput;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationTransitionAssessmentArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  transition: AssessmentTransition;
  version: Scalars['Int']['input'];
};


export type MutationUnlinkTreeNodeActionArgs = {
  input: TreeNodeUnlinkInput;
};


export type MutationUnlinkTreeNodeIndicatorArgs = {
  input: TreeNodeUnlinkInput;
};


export type MutationUpdateActionArgs = {
  input: UpdateActionInput;
};


export type MutationUpdateAgencyArgs = {
  input: UpdateAgencyInput;
};


export type MutationUpdateAssessmentArgs = {
  input: UpdateAssessmentInput;
};


export type MutationUpdateBusinessProcessArgs = {
  input: UpdateBusinessProcessInput;
};


export type MutationUpdateCriterionArgs = {
  input: UpdateCriterionInput;
};


export type MutationUpdateCrossFunctionStepArgs = {
  input: UpdateCrossFunctionStepInput;
};


export type MutationUpdateFrameworkArgs = {
  input: UpdateFrameworkInput;
};


export type MutationUpdateFrameworkNodeArgs = {
  input: UpdateFrameworkNodeInput;
};


export type MutationUpdateStepArgs = {
  input: UpdateStepInput;
};


export type MutationUpdateStepsArgs = {
  inputs: Array<UpdateStepInput>;
};


export type MutationUpdateTreeNodeArgs = {
  input: UpdateTreeNodeInput;
};

export type NodeScore = {
  __typename?: 'NodeScore';
  answered: Scalars['Int']['output'];
  containsUnknownWeight: Scalars['Boolean']['output'];
  maxScore: Scalars['Float']['output'];
  nodeId: Scalars['ID']['output'];
  /** Rounded to 2 decimals, as shown everywhere. */
  score: Scalars['Float']['output'];
  total: Scalars['Int']['output'];
  unknownWeight: Scalars['Boolean']['output'];
};

/** Pohon Kinerja: a cascade from the level-0 result down to activities and their sub-activities. */
export type PerformanceTree = {
  __typename?: 'PerformanceTree';
  agency?: Maybe<Agency>;
  /** Whether the caller may edit this tree (planner or administrator of its government). */
  canEdit: Scalars['Boolean']['output'];
  /** Gaps of the tree: nodes without an indicator, work-plan actions no node reaches, indicators no node uses, skipped levels. */
  checks: Array<TreeCheck>;
  /** The tree this one was cloned from (last year's), if any. */
  clonedFrom?: Maybe<PerformanceTree>;
  id: Scalars['ID']['output'];
  /** All nodes not deleted, parents before children, siblings in order. */
  nodes: Array<TreeNode>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A closed entry period (quarter 0 = the whole year). */
export type PeriodLock = {
  __typename?: 'PeriodLock';
  id: Scalars['ID']['output'];
  lockedAt: Scalars['DateTime']['output'];
  lockedBy?: Maybe<Scalars['String']['output']>;
  quarter: Scalars['Int']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  reopenedAt?: Maybe<Scalars['DateTime']['output']>;
  year: Scalars['Int']['output'];
};

/** The schedule frozen when the plan was approved. */
export type PlanBaseline = {
  __typename?: 'PlanBaseline';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  steps: Array<BaselineStep>;
};

export type ProcessKind =
  | 'INPUT'
  | 'MAIN'
  | 'MANAGERIAL'
  | 'OUTPUT'
  | 'SUPPORTING';

/** An agency's business-process map with its relation map (process → responsible official) and cross-function table. */
export type ProcessMap = {
  __typename?: 'ProcessMap';
  /** The actors of the cross-function table, in order of first appearance (its columns). */
  actors: Array<Scalars['String']['output']>;
  agency?: Maybe<Agency>;
  canEdit: Scalars['Boolean']['output'];
  /** Peta lintas fungsi: activity × actor → output document, in order. */
  crossFunctionSteps: Array<CrossFunctionStep>;
  id: Scalars['ID']['output'];
  /** Inputs, managerial, main and supporting processes, outputs; in order within each kind. */
  processes: Array<BusinessProcess>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type Program = {
  __typename?: 'Program';
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The selected government's agencies, parents before children. */
  agencies: Array<Agency>;
  /** The 8 areas of change. */
  areas: Array<Area>;
  assessment?: Maybe<Assessment>;
  /** Users of the government who can be put on an assessment team. */
  assessmentCandidates: Array<AssessmentCandidate>;
  assessments: Array<Assessment>;
  /** Recent changes in the selected government, newest first. */
  auditLog: Array<AuditEntry>;
  framework?: Maybe<Framework>;
  /** Assessment frameworks (national ones and the government's own). */
  frameworks: Array<Framework>;
  /** The governments the signed-in user belongs to. */
  governments: Array<Government>;
  /** The API's version and database kind; no sign-in needed. */
  health: Health;
  indicator?: Maybe<Indicator>;
  /** The cascades through every node that links an indicator. */
  indicatorCascade: Array<TreeCascade>;
  /** Change history of one indicator's values (who, when, before/after). */
  indicatorHistory: Array<AuditEntry>;
  indicators: Array<Indicator>;
  /** Users of the selected government with their roles. */
  members: Array<MemberUser>;
  performanceTree?: Maybe<PerformanceTree>;
  performanceTrees: Array<PerformanceTree>;
  periodLocks: Array<PeriodLock>;
  processMap?: Maybe<ProcessMap>;
  processMaps: Array<ProcessMap>;
  roadmap?: Maybe<Roadmap>;
  roadmaps: Array<Roadmap>;
  statusThresholds: StatusThresholds;
  /** From a work-plan step (or an action's id) back up to the results it serves. */
  stepCascade?: Maybe<StepCascade>;
  /** The cascade through a node: level-0 result down to the work-plan steps. */
  treeCascade?: Maybe<TreeCascade>;
  treeLinkOptions?: Maybe<TreeLinkOptions>;
  /** Null when not signed in. */
  viewer?: Maybe<Viewer>;
  workPlan?: Maybe<WorkPlan>;
  /** The selected government's plans, newest year first; with agencyId, only that agency's plans (and its sub-units'). */
  workPlans: Array<WorkPlan>;
};


export type QueryAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditLogArgs = {
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorCascadeArgs = {
  indicatorId: Scalars['ID']['input'];
};


export type QueryIndicatorHistoryArgs = {
  indicatorId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndicatorsArgs = {
  filter?: InputMaybe<IndicatorFilter>;
};


export type QueryPerformanceTreeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPeriodLocksArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProcessMapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoadmapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStepCascadeArgs = {
  stepId: Scalars['ID']['input'];
};


export type QueryTreeCascadeArgs = {
  nodeId: Scalars['ID']['input'];
};


export type QueryTreeLinkOptionsArgs = {
  treeId: Scalars['ID']['input'];
};


export type QueryWorkPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkPlansArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<WorkPlanKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type RealizationSnapshot = {
  __typename?: 'RealizationSnapshot';
  evidenceLinks: Array<Scalars['String']['output']>;
  month: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  status: RealizationStatus;
};

export type RealizationSnapshotInput = {
  evidenceLinks: Array<Scalars['String']['input']>;
  month: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: RealizationStatus;
};

export type RealizationStatus =
  | 'DONE'
  | 'NOT_DONE'
  | 'PARTIAL';

export type ReviewCriterionInput = {
  accept: Scalars['Boolean']['input'];
  assessmentId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  criterionId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ReviewStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REVISED'
  | 'REVISION_REQUIRED';

export type Roadmap = {
  __typename?: 'Roadmap';
  endYear: Scalars['Int']['output'];
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  regulationRef?: Maybe<Scalars['String']['output']>;
  startYear: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type Role =
  | 'ADMIN'
  | 'ASSESSMENT_COORDINATOR'
  | 'ASSESSOR'
  | 'MANAGER'
  | 'PLANNER'
  | 'REVIEWER'
  | 'VIEWER';

export type SaveAnswerInput = {
  assessmentId: Scalars['ID']['input'];
  criterionId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
  /** The version read; null when the assessor has no answer yet. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A score sheet computed by the domain engine (criterion → sub-item → area → component → total). */
export type ScoreSheet = {
  __typename?: 'ScoreSheet';
  answered: Scalars['Int']['output'];
  /** Whose sheet: an assessor's user id, or null for the consensus. */
  assessorId?: Maybe<Scalars['ID']['output']>;
  assessorName?: Maybe<Scalars['String']['output']>;
  /** AA, A, BB, B, CC, C or D */
  grade: Scalars['String']['output'];
  maxTotal: Scalars['Float']['output'];
  nodes: Array<NodeScore>;
  /** Rounded to 2 decimals. */
  total: Scalars['Float']['output'];
  totalCriteria: Scalars['Int']['output'];
};

export type SetRealizationInput = {
  /** http(s) links to the evidence. */
  evidenceLinks?: InputMaybe<Array<Scalars['String']['input']>>;
  month: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: RealizationStatus;
  stepId: Scalars['ID']['input'];
  /** The version of the month's realization the client read; null when it saw none. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SignInResult = {
  __typename?: 'SignInResult';
  viewer: Viewer;
};

/** Status thresholds of the government (percent of achievement). */
export type StatusThresholds = {
  __typename?: 'StatusThresholds';
  atRiskMin: Scalars['Float']['output'];
  defaultAtRiskMin: Scalars['Float']['output'];
  defaultOnTrackMin: Scalars['Float']['output'];
  /** True while the thresholds equal the defaults (100 / 80). */
  isDefault: Scalars['Boolean']['output'];
  onTrackMin: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
};

export type StatusThresholdsInput = {
  atRiskMin: Scalars['Float']['input'];
  onTrackMin: Scalars['Float']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Rencana Kerja / Tahapan Kerja, scheduled on months 1–12. */
export type Step = {
  __typename?: 'Step';
  actionId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  months: Array<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  output?: Maybe<Scalars['String']['output']>;
  realizations: Array<StepRealization>;
  responsibleAgency?: Maybe<Agency>;
  responsibleText?: Maybe<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  successCriteria?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** From a work-plan step back up to the results it serves. */
export type StepCascade = {
  __typename?: 'StepCascade';
  action: Action;
  paths: Array<TreePath>;
  /** The step asked for (null when an action's id was given). */
  step?: Maybe<Step>;
  workPlanId?: Maybe<Scalars['ID']['output']>;
  workPlanTitle?: Maybe<Scalars['String']['output']>;
};

export type StepRealization = {
  __typename?: 'StepRealization';
  evidenceLinks: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  status: RealizationStatus;
  stepId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** Everything needed to restore a deleted step (restoreStep). */
export type StepSnapshot = {
  __typename?: 'StepSnapshot';
  actionId: Scalars['ID']['output'];
  baselines: Array<BaselineMonths>;
  id: Scalars['ID']['output'];
  months: Array<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  output?: Maybe<Scalars['String']['output']>;
  realizations: Array<RealizationSnapshot>;
  responsibleAgencyId?: Maybe<Scalars['ID']['output']>;
  responsibleText?: Maybe<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  successCriteria?: Maybe<Scalars['String']['output']>;
};

/** A deleted step as deleteStep returned it, to undo the deletion. */
export type StepSnapshotInput = {
  actionId: Scalars['ID']['input'];
  baselines: Array<BaselineMonthsInput>;
  id: Scalars['ID']['input'];
  months: Array<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  output?: InputMaybe<Scalars['String']['input']>;
  realizations: Array<RealizationSnapshotInput>;
  responsibleAgencyId?: InputMaybe<Scalars['ID']['input']>;
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  sortOrder: Scalars['Int']['input'];
  successCriteria?: InputMaybe<Scalars['String']['input']>;
};

export type TreeActionOption = {
  __typename?: 'TreeActionOption';
  action: Action;
  activityName: Scalars['String']['output'];
  workPlanId: Scalars['ID']['output'];
  workPlanTitle: Scalars['String']['output'];
};

/** The chain from the level-0 result through a node, down to the work-plan steps that drive it. */
export type TreeCascade = {
  __typename?: 'TreeCascade';
  actions: Array<CascadeAction>;
  /** The node the cascade runs through. */
  focusId: Scalars['ID']['output'];
  /** Ancestors (level 0 first), the node, then its subtree, parents before children. */
  nodes: Array<TreeNode>;
  tree: PerformanceTree;
};

export type TreeCheck = {
  __typename?: 'TreeCheck';
  action?: Maybe<Action>;
  indicator?: Maybe<Indicator>;
  kind: TreeCheckKind;
  level?: Maybe<Scalars['Int']['output']>;
  nodeId?: Maybe<Scalars['ID']['output']>;
  /** LEVEL_SKIPPED: the parent's level and the node's. */
  parentLevel?: Maybe<Scalars['Int']['output']>;
  /** The work plan of `action`. */
  workPlanId?: Maybe<Scalars['ID']['output']>;
};

export type TreeCheckKind =
  | 'ACTION_NOT_REACHED'
  | 'INDICATOR_UNUSED'
  | 'LEVEL_SKIPPED'
  | 'NODE_WITHOUT_INDICATOR';

/** What a node of the tree may link: indicators and the actions of the work plans of the tree's year. */
export type TreeLinkOptions = {
  __typename?: 'TreeLinkOptions';
  actions: Array<TreeActionOption>;
  indicators: Array<Indicator>;
};

export type TreeNode = {
  __typename?: 'TreeNode';
  actions: Array<TreeNodeActionLink>;
  id: Scalars['ID']['output'];
  /** The indicator as written on the node (when no indicator is linked, or in addition). */
  indicatorText?: Maybe<Scalars['String']['output']>;
  indicators: Array<TreeNodeIndicatorLink>;
  kind: TreeNodeKind;
  level: Scalars['Int']['output'];
  /** Fenomena: the observed problem, with its value, year and source. */
  observedProblem?: Maybe<Scalars['String']['output']>;
  observedSource?: Maybe<Scalars['String']['output']>;
  observedValue?: Maybe<Scalars['Decimal']['output']>;
  observedYear?: Maybe<Scalars['Int']['output']>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Keterkaitan: why this node serves its parent, citing the regulation. */
  rationale?: Maybe<Scalars['String']['output']>;
  responsibleOfficial?: Maybe<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  statement: Scalars['String']['output'];
  treeId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type TreeNodeActionLink = {
  __typename?: 'TreeNodeActionLink';
  action: Action;
  rationale?: Maybe<Scalars['String']['output']>;
  /** The work plan holding the action (for links into the planner's grid). */
  workPlanId?: Maybe<Scalars['ID']['output']>;
  workPlanTitle?: Maybe<Scalars['String']['output']>;
};

export type TreeNodeFieldsInput = {
  indicatorText?: InputMaybe<Scalars['String']['input']>;
  kind: TreeNodeKind;
  observedProblem?: InputMaybe<Scalars['String']['input']>;
  observedSource?: InputMaybe<Scalars['String']['input']>;
  observedValue?: InputMaybe<Scalars['Decimal']['input']>;
  observedYear?: InputMaybe<Scalars['Int']['input']>;
  rationale?: InputMaybe<Scalars['String']['input']>;
  responsibleOfficial?: InputMaybe<Scalars['String']['input']>;
  statement: Scalars['String']['input'];
};

export type TreeNodeIndicatorLink = {
  __typename?: 'TreeNodeIndicatorLink';
  indicator: Indicator;
  rationale?: Maybe<Scalars['String']['output']>;
};

export type TreeNodeKind =
  | 'ACTIVITY'
  | 'PROGRAM'
  | 'RESULT'
  | 'SUB_ACTIVITY';

export type TreeNodeLinkInput = {
  nodeId: Scalars['ID']['input'];
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** An indicator id (linkTreeNodeIndicator) or an action id (linkTreeNodeAction). */
  targetId: Scalars['ID']['input'];
  /** The node's version as read; the link changes the node's version. */
  version: Scalars['Int']['input'];
};

export type TreeNodeUnlinkInput = {
  nodeId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A path from the level-0 result down to a node that a step's action serves. */
export type TreePath = {
  __typename?: 'TreePath';
  nodes: Array<TreeNode>;
  rationale?: Maybe<Scalars['String']['output']>;
  tree: PerformanceTree;
};

export type UpdateActionInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  output?: InputMaybe<Scalars['String']['input']>;
  responsibleAgencyId?: InputMaybe<Scalars['ID']['input']>;
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  successCriteria?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateAgencyInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateAssessmentInput = {
  assessorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  coordinatorId?: InputMaybe<Scalars['ID']['input']>;
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  reviewerId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateBusinessProcessInput = {
  id: Scalars['ID']['input'];
  kind: ProcessKind;
  name: Scalars['String']['input'];
  responsibleOfficial?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateCriterionInput = {
  criterion: CriterionInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateCrossFunctionStepInput = {
  activity: Scalars['String']['input'];
  actor: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  outputDocument?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateFrameworkInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  regulation?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateFrameworkNodeInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
  /** A decimal, or null for unknown. */
  weight?: InputMaybe<Scalars['Decimal']['input']>;
  /** Set true to make the weight unknown (null). */
  weightUnknown?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to a step: absent fields stay as they are, null clears. */
export type UpdateStepInput = {
  id: Scalars['ID']['input'];
  /** Scheduled months 1–12. */
  months?: InputMaybe<Array<Scalars['Int']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  output?: InputMaybe<Scalars['String']['input']>;
  responsibleAgencyId?: InputMaybe<Scalars['ID']['input']>;
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  successCriteria?: InputMaybe<Scalars['String']['input']>;
  /** The version the client read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateTreeNodeInput = {
  fields: TreeNodeFieldsInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ValueKind =
  | 'BASELINE'
  | 'REALIZATION'
  | 'TARGET';

export type ValueType =
  | 'CATEGORY'
  | 'LEVEL'
  | 'NUMBER'
  | 'PERCENTAGE'
  | 'SCORE'
  | 'TEXT';

/** The signed-in user, the governments they may open and their roles in the selected one. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The agency a role is limited to, if any. */
  agency?: Maybe<Agency>;
  /** The government this request is for (the X-Government header, else the first membership). */
  government?: Maybe<Government>;
  memberships: Array<Membership>;
  /** The user's roles in that government. */
  roles: Array<Role>;
  user: User;
};

export type WeightIssue = {
  __typename?: 'WeightIssue';
  childrenWeight?: Maybe<Scalars['Float']['output']>;
  /** WEIGHT_MISMATCH, UNKNOWN_WEIGHT or NO_CRITERIA */
  code: Scalars['String']['output'];
  nodeId: Scalars['ID']['output'];
  weight?: Maybe<Scalars['Float']['output']>;
};

export type WorkPlan = {
  __typename?: 'WorkPlan';
  /** Area → indicator → activity → action → step, in document order. */
  activities: Array<Activity>;
  agency?: Maybe<Agency>;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The latest approved baseline of the schedule, null before the first approval. */
  baseline?: Maybe<PlanBaseline>;
  /** Whether the caller may edit this plan (planner or administrator of its government). */
  canEdit: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: WorkPlanKind;
  programs: Array<Program>;
  regulationRef?: Maybe<Scalars['String']['output']>;
  status: WorkPlanStatus;
  stepCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type WorkPlanKind =
  | 'FOLLOW_UP'
  | 'PERFORMANCE_AGREEMENT'
  | 'WORK_PLAN';

export type WorkPlanStatus =
  | 'APPROVED'
  | 'DRAFT';

/**
 * An indicator's years for a chart, compact: position i is fromYear + i. A value is
 * the canonical decimal ("3.4"), the category ("WTP"), "n.a" when not available,
 * or null when there is none. The yearly value, else the fourth quarter's.
 */
export type YearSeries = {
  __typename?: 'YearSeries';
  baseline?: Maybe<Scalars['String']['output']>;
  baselineYear?: Maybe<Scalars['Int']['output']>;
  fromYear: Scalars['Int']['output'];
  realizations: Array<Maybe<Scalars['String']['output']>>;
  targets: Array<Maybe<Scalars['String']['output']>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Action: ResolverTypeWrapper<ActionRow>;
  ActionSnapshot: ResolverTypeWrapper<ActionSnapshot>;
  ActionSnapshotInput: ActionSnapshotInput;
  Activity: ResolverTypeWrapper<ActivityRow>;
  AddBusinessProcessInput: AddBusinessProcessInput;
  AddCriterionInput: AddCriterionInput;
  AddCrossFunctionStepInput: AddCrossFunctionStepInput;
  AddEvidenceLinkInput: AddEvidenceLinkInput;
  AddFrameworkNodeInput: AddFrameworkNodeInput;
  AddTreeNodeInput: AddTreeNodeInput;
  Agency: ResolverTypeWrapper<AgencyRow>;
  AgencyKind: AgencyKind;
  Answer: ResolverTypeWrapper<Answer>;
  AnswerChange: ResolverTypeWrapper<AnswerChange>;
  AnswerType: AnswerType;
  Area: ResolverTypeWrapper<AreaRow>;
  AreaKind: AreaKind;
  Assessment: ResolverTypeWrapper<AssessmentRow>;
  AssessmentCandidate: ResolverTypeWrapper<AssessmentCandidate>;
  AssessmentMember: ResolverTypeWrapper<AssessmentMember>;
  AssessmentRole: AssessmentRole;
  AssessmentStatus: AssessmentStatus;
  AssessmentTransition: AssessmentTransition;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  BaselineMonths: ResolverTypeWrapper<BaselineMonths>;
  BaselineMonthsInput: BaselineMonthsInput;
  BaselineStep: ResolverTypeWrapper<BaselineStep>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BusinessProcess: ResolverTypeWrapper<BusinessProcess>;
  CascadeAction: ResolverTypeWrapper<Omit<CascadeAction, 'action' | 'steps'> & { action: ResolversTypes['Action'], steps: Array<ResolversTypes['Step']> }>;
  ClearRealizationResult: ResolverTypeWrapper<Omit<ClearRealizationResult, 'step'> & { step: ResolversTypes['Step'] }>;
  ClonePerformanceTreeInput: ClonePerformanceTreeInput;
  ConsensusAnswer: ResolverTypeWrapper<ConsensusAnswer>;
  CreateActionInput: CreateActionInput;
  CreateAssessmentInput: CreateAssessmentInput;
  CreateFollowUpPlanInput: CreateFollowUpPlanInput;
  CreatePerformanceTreeInput: CreatePerformanceTreeInput;
  CreateStepInput: CreateStepInput;
  Criterion: ResolverTypeWrapper<Criterion>;
  CriterionInput: CriterionInput;
  CriterionOption: ResolverTypeWrapper<CriterionOption>;
  CriterionOptionInput: CriterionOptionInput;
  CrossFunctionStep: ResolverTypeWrapper<CrossFunctionStep>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideConsensusInput: DecideConsensusInput;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteActionResult: ResolverTypeWrapper<Omit<DeleteActionResult, 'activity'> & { activity: ResolversTypes['Activity'] }>;
  DeleteStepResult: ResolverTypeWrapper<Omit<DeleteStepResult, 'action'> & { action: ResolversTypes['Action'] }>;
  DeleteTreeNodeResult: ResolverTypeWrapper<Omit<DeleteTreeNodeResult, 'tree'> & { tree: ResolversTypes['PerformanceTree'] }>;
  Direction: Direction;
  Evidence: ResolverTypeWrapper<Evidence>;
  EvidenceKind: EvidenceKind;
  ExtendDeadlineInput: ExtendDeadlineInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUpItemInput: FollowUpItemInput;
  FollowUpLink: ResolverTypeWrapper<FollowUpLink>;
  FollowUpProposal: ResolverTypeWrapper<FollowUpProposal>;
  Framework: ResolverTypeWrapper<FrameworkRow>;
  FrameworkNode: ResolverTypeWrapper<FrameworkNode>;
  FrameworkNodeKind: FrameworkNodeKind;
  Goal: ResolverTypeWrapper<GoalRow>;
  Government: ResolverTypeWrapper<GovernmentRow>;
  GovernmentKind: GovernmentKind;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorRow>;
  IndicatorFilter: IndicatorFilter;
  IndicatorScope: IndicatorScope;
  IndicatorStatus: IndicatorStatus;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueRow>;
  IndicatorValueChange: ResolverTypeWrapper<Omit<IndicatorValueChange, 'indicator' | 'value'> & { indicator: ResolversTypes['Indicator'], value?: Maybe<ResolversTypes['IndicatorValue']> }>;
  IndicatorValueInput: IndicatorValueInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MemberUser: ResolverTypeWrapper<Omit<MemberUser, 'agency'> & { agency?: Maybe<ResolversTypes['Agency']> }>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MoveActionResult: ResolverTypeWrapper<Omit<MoveActionResult, 'action' | 'from' | 'to'> & { action: ResolversTypes['Action'], from: ResolversTypes['Activity'], to: ResolversTypes['Activity'] }>;
  MoveBusinessProcessInput: MoveBusinessProcessInput;
  MoveCrossFunctionStepInput: MoveCrossFunctionStepInput;
  MoveInput: MoveInput;
  MoveStepResult: ResolverTypeWrapper<Omit<MoveStepResult, 'from' | 'step' | 'to'> & { from: ResolversTypes['Action'], step: ResolversTypes['Step'], to: ResolversTypes['Action'] }>;
  MoveTreeNodeInput: MoveTreeNodeInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NodeScore: ResolverTypeWrapper<NodeScore>;
  PerformanceTree: ResolverTypeWrapper<PerformanceTreeRow>;
  PeriodLock: ResolverTypeWrapper<PeriodLock>;
  PlanBaseline: ResolverTypeWrapper<PlanBaseline>;
  ProcessKind: ProcessKind;
  ProcessMap: ResolverTypeWrapper<Omit<ProcessMap, 'agency'> & { agency?: Maybe<ResolversTypes['Agency']> }>;
  Program: ResolverTypeWrapper<ProgramRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RealizationSnapshot: ResolverTypeWrapper<RealizationSnapshot>;
  RealizationSnapshotInput: RealizationSnapshotInput;
  RealizationStatus: RealizationStatus;
  ReviewCriterionInput: ReviewCriterionInput;
  ReviewStatus: ReviewStatus;
  Roadmap: ResolverTypeWrapper<RoadmapRow>;
  Role: Role;
  SaveAnswerInput: SaveAnswerInput;
  ScoreSheet: ResolverTypeWrapper<ScoreSheet>;
  SetRealizationInput: SetRealizationInput;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  StatusThresholds: ResolverTypeWrapper<StatusThresholds>;
  StatusThresholdsInput: StatusThresholdsInput;
  Step: ResolverTypeWrapper<StepRow>;
  StepCascade: ResolverTypeWrapper<Omit<StepCascade, 'action' | 'paths' | 'step'> & { action: ResolversTypes['Action'], paths: Array<ResolversTypes['TreePath']>, step?: Maybe<ResolversTypes['Step']> }>;
  StepRealization: ResolverTypeWrapper<StepRealizationRow>;
  StepSnapshot: ResolverTypeWrapper<StepSnapshot>;
  StepSnapshotInput: StepSnapshotInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TreeActionOption: ResolverTypeWrapper<Omit<TreeActionOption, 'action'> & { action: ResolversTypes['Action'] }>;
  TreeCascade: ResolverTypeWrapper<Omit<TreeCascade, 'actions' | 'nodes' | 'tree'> & { actions: Array<ResolversTypes['CascadeAction']>, nodes: Array<ResolversTypes['TreeNode']>, tree: ResolversTypes['PerformanceTree'] }>;
  TreeCheck: ResolverTypeWrapper<Omit<TreeCheck, 'action' | 'indicator'> & { action?: Maybe<ResolversTypes['Action']>, indicator?: Maybe<ResolversTypes['Indicator']> }>;
  TreeCheckKind: TreeCheckKind;
  TreeLinkOptions: ResolverTypeWrapper<Omit<TreeLinkOptions, 'actions' | 'indicators'> & { actions: Array<ResolversTypes['TreeActionOption']>, indicators: Array<ResolversTypes['Indicator']> }>;
  TreeNode: ResolverTypeWrapper<TreeNodeRow>;
  TreeNodeActionLink: ResolverTypeWrapper<Omit<TreeNodeActionLink, 'action'> & { action: ResolversTypes['Action'] }>;
  TreeNodeFieldsInput: TreeNodeFieldsInput;
  TreeNodeIndicatorLink: ResolverTypeWrapper<Omit<TreeNodeIndicatorLink, 'indicator'> & { indicator: ResolversTypes['Indicator'] }>;
  TreeNodeKind: TreeNodeKind;
  TreeNodeLinkInput: TreeNodeLinkInput;
  TreeNodeUnlinkInput: TreeNodeUnlinkInput;
  TreePath: ResolverTypeWrapper<Omit<TreePath, 'nodes' | 'tree'> & { nodes: Array<ResolversTypes['TreeNode']>, tree: ResolversTypes['PerformanceTree'] }>;
  UpdateActionInput: UpdateActionInput;
  UpdateAgencyInput: UpdateAgencyInput;
  UpdateAssessmentInput: UpdateAssessmentInput;
  UpdateBusinessProcessInput: UpdateBusinessProcessInput;
  UpdateCriterionInput: UpdateCriterionInput;
  UpdateCrossFunctionStepInput: UpdateCrossFunctionStepInput;
  UpdateFrameworkInput: UpdateFrameworkInput;
  UpdateFrameworkNodeInput: UpdateFrameworkNodeInput;
  UpdateStepInput: UpdateStepInput;
  UpdateTreeNodeInput: UpdateTreeNodeInput;
  User: ResolverTypeWrapper<UserRow>;
  ValueKind: ValueKind;
  ValueType: ValueType;
  Viewer: ResolverTypeWrapper<Omit<Viewer, 'agency' | 'government' | 'memberships' | 'user'> & { agency?: Maybe<ResolversTypes['Agency']>, government?: Maybe<ResolversTypes['Government']>, memberships: Array<ResolversTypes['Membership']>, user: ResolversTypes['User'] }>;
  WeightIssue: ResolverTypeWrapper<WeightIssue>;
  WorkPlan: ResolverTypeWrapper<WorkPlanRow>;
  WorkPlanKind: WorkPlanKind;
  WorkPlanStatus: WorkPlanStatus;
  YearSeries: ResolverTypeWrapper<YearSeries>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Action: ActionRow;
  ActionSnapshot: ActionSnapshot;
  ActionSnapshotInput: ActionSnapshotInput;
  Activity: ActivityRow;
  AddBusinessProcessInput: AddBusinessProcessInput;
  AddCriterionInput: AddCriterionInput;
  AddCrossFunctionStepInput: AddCrossFunctionStepInput;
  AddEvidenceLinkInput: AddEvidenceLinkInput;
  AddFrameworkNodeInput: AddFrameworkNodeInput;
  AddTreeNodeInput: AddTreeNodeInput;
  Agency: AgencyRow;
  Answer: Answer;
  AnswerChange: AnswerChange;
  Area: AreaRow;
  Assessment: AssessmentRow;
  AssessmentCandidate: AssessmentCandidate;
  AssessmentMember: AssessmentMember;
  AuditEntry: AuditEntry;
  BaselineMonths: BaselineMonths;
  BaselineMonthsInput: BaselineMonthsInput;
  BaselineStep: BaselineStep;
  Boolean: Scalars['Boolean']['output'];
  BusinessProcess: BusinessProcess;
  CascadeAction: Omit<CascadeAction, 'action' | 'steps'> & { action: ResolversParentTypes['Action'], steps: Array<ResolversParentTypes['Step']> };
  ClearRealizationResult: Omit<ClearRealizationResult, 'step'> & { step: ResolversParentTypes['Step'] };
  ClonePerformanceTreeInput: ClonePerformanceTreeInput;
  ConsensusAnswer: ConsensusAnswer;
  CreateActionInput: CreateActionInput;
  CreateAssessmentInput: CreateAssessmentInput;
  CreateFollowUpPlanInput: CreateFollowUpPlanInput;
  CreatePerformanceTreeInput: CreatePerformanceTreeInput;
  CreateStepInput: CreateStepInput;
  Criterion: Criterion;
  CriterionInput: CriterionInput;
  CriterionOption: CriterionOption;
  CriterionOptionInput: CriterionOptionInput;
  CrossFunctionStep: CrossFunctionStep;
  DateTime: Scalars['DateTime']['output'];
  DecideConsensusInput: DecideConsensusInput;
  Decimal: Scalars['Decimal']['output'];
  DeleteActionResult: Omit<DeleteActionResult, 'activity'> & { activity: ResolversParentTypes['Activity'] };
  DeleteStepResult: Omit<DeleteStepResult, 'action'> & { action: ResolversParentTypes['Action'] };
  DeleteTreeNodeResult: Omit<DeleteTreeNodeResult, 'tree'> & { tree: ResolversParentTypes['PerformanceTree'] };
  Evidence: Evidence;
  ExtendDeadlineInput: ExtendDeadlineInput;
  Float: Scalars['Float']['output'];
  FollowUpItemInput: FollowUpItemInput;
  FollowUpLink: FollowUpLink;
  FollowUpProposal: FollowUpProposal;
  Framework: FrameworkRow;
  FrameworkNode: FrameworkNode;
  Goal: GoalRow;
  Government: GovernmentRow;
  Health: Health;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorRow;
  IndicatorFilter: IndicatorFilter;
  IndicatorValue: IndicatorValueRow;
  IndicatorValueChange: Omit<IndicatorValueChange, 'indicator' | 'value'> & { indicator: ResolversParentTypes['Indicator'], value?: Maybe<ResolversParentTypes['IndicatorValue']> };
  IndicatorValueInput: IndicatorValueInput;
  Int: Scalars['Int']['output'];
  MemberUser: Omit<MemberUser, 'agency'> & { agency?: Maybe<ResolversParentTypes['Agency']> };
  Membership: MembershipRow;
  MoveActionResult: Omit<MoveActionResult, 'action' | 'from' | 'to'> & { action: ResolversParentTypes['Action'], from: ResolversParentTypes['Activity'], to: ResolversParentTypes['Activity'] };
  MoveBusinessProcessInput: MoveBusinessProcessInput;
  MoveCrossFunctionStepInput: MoveCrossFunctionStepInput;
  MoveInput: MoveInput;
  MoveStepResult: Omit<MoveStepResult, 'from' | 'step' | 'to'> & { from: ResolversParentTypes['Action'], step: ResolversParentTypes['Step'], to: ResolversParentTypes['Action'] };
  MoveTreeNodeInput: MoveTreeNodeInput;
  Mutation: Record<PropertyKey, never>;
  NodeScore: NodeScore;
  PerformanceTree: PerformanceTreeRow;
  PeriodLock: PeriodLock;
  PlanBaseline: PlanBaseline;
  ProcessMap: Omit<ProcessMap, 'agency'> & { agency?: Maybe<ResolversParentTypes['Agency']> };
  Program: ProgramRow;
  Query: Record<PropertyKey, never>;
  RealizationSnapshot: RealizationSnapshot;
  RealizationSnapshotInput: RealizationSnapshotInput;
  ReviewCriterionInput: ReviewCriterionInput;
  Roadmap: RoadmapRow;
  SaveAnswerInput: SaveAnswerInput;
  ScoreSheet: ScoreSheet;
  SetRealizationInput: SetRealizationInput;
  SignInResult: Omit<SignInResult, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  StatusThresholds: StatusThresholds;
  StatusThresholdsInput: StatusThresholdsInput;
  Step: StepRow;
  StepCascade: Omit<StepCascade, 'action' | 'paths' | 'step'> & { action: ResolversParentTypes['Action'], paths: Array<ResolversParentTypes['TreePath']>, step?: Maybe<ResolversParentTypes['Step']> };
  StepRealization: StepRealizationRow;
  StepSnapshot: StepSnapshot;
  StepSnapshotInput: StepSnapshotInput;
  String: Scalars['String']['output'];
  TreeActionOption: Omit<TreeActionOption, 'action'> & { action: ResolversParentTypes['Action'] };
  TreeCascade: Omit<TreeCascade, 'actions' | 'nodes' | 'tree'> & { actions: Array<ResolversParentTypes['CascadeAction']>, nodes: Array<ResolversParentTypes['TreeNode']>, tree: ResolversParentTypes['PerformanceTree'] };
  TreeCheck: Omit<TreeCheck, 'action' | 'indicator'> & { action?: Maybe<ResolversParentTypes['Action']>, indicator?: Maybe<ResolversParentTypes['Indicator']> };
  TreeLinkOptions: Omit<TreeLinkOptions, 'actions' | 'indicators'> & { actions: Array<ResolversParentTypes['TreeActionOption']>, indicators: Array<ResolversParentTypes['Indicator']> };
  TreeNode: TreeNodeRow;
  TreeNodeActionLink: Omit<TreeNodeActionLink, 'action'> & { action: ResolversParentTypes['Action'] };
  TreeNodeFieldsInput: TreeNodeFieldsInput;
  TreeNodeIndicatorLink: Omit<TreeNodeIndicatorLink, 'indicator'> & { indicator: ResolversParentTypes['Indicator'] };
  TreeNodeLinkInput: TreeNodeLinkInput;
  TreeNodeUnlinkInput: TreeNodeUnlinkInput;
  TreePath: Omit<TreePath, 'nodes' | 'tree'> & { nodes: Array<ResolversParentTypes['TreeNode']>, tree: ResolversParentTypes['PerformanceTree'] };
  UpdateActionInput: UpdateActionInput;
  UpdateAgencyInput: UpdateAgencyInput;
  UpdateAssessmentInput: UpdateAssessmentInput;
  UpdateBusinessProcessInput: UpdateBusinessProcessInput;
  UpdateCriterionInput: UpdateCriterionInput;
  UpdateCrossFunctionStepInput: UpdateCrossFunctionStepInput;
  UpdateFrameworkInput: UpdateFrameworkInput;
  UpdateFrameworkNodeInput: UpdateFrameworkNodeInput;
  UpdateStepInput: UpdateStepInput;
  UpdateTreeNodeInput: UpdateTreeNodeInput;
  User: UserRow;
  Viewer: Omit<Viewer, 'agency' | 'government' | 'memberships' | 'user'> & { agency?: Maybe<ResolversParentTypes['Agency']>, government?: Maybe<ResolversParentTypes['Government']>, memberships: Array<ResolversParentTypes['Membership']>, user: ResolversParentTypes['User'] };
  WeightIssue: WeightIssue;
  WorkPlan: WorkPlanRow;
  YearSeries: YearSeries;
};

export type AuthDirectiveArgs = {
  roles?: Maybe<Array<Role>>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = Context, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Action'] = ResolversParentTypes['Action']> = {
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  responsibleText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['Step']>, ParentType, ContextType>;
  successCriteria?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ActionSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionSnapshot'] = ResolversParentTypes['ActionSnapshot']> = {
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleAgencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  responsibleText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['StepSnapshot']>, ParentType, ContextType>;
  successCriteria?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  actions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  roadmapId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workPlanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  workPlanTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workPlanYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer']> = {
  assessorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  assessorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnswerChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnswerChange'] = ResolversParentTypes['AnswerChange']> = {
  assessorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  assessorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = {
  achievement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<AreaAchievementArgs, 'year'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<AreaIndicatorsArgs>>;
  kind?: Resolver<ResolversTypes['AreaKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndicatorStatus'], ParentType, ContextType, RequireFields<AreaStatusArgs, 'year'>>;
};

export type AssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  answerHistory?: Resolver<Array<ResolversTypes['AnswerChange']>, ParentType, ContextType, RequireFields<AssessmentAnswerHistoryArgs, 'criterionId'>>;
  answers?: Resolver<Array<ResolversTypes['Answer']>, ParentType, ContextType>;
  assessorScores?: Resolver<Array<ResolversTypes['ScoreSheet']>, ParentType, ContextType>;
  canSeeAllAnswers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consensus?: Resolver<Array<ResolversTypes['ConsensusAnswer']>, ParentType, ContextType>;
  consensusScore?: Resolver<ResolversTypes['ScoreSheet'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  followUpLinks?: Resolver<Array<ResolversTypes['FollowUpLink']>, ParentType, ContextType>;
  followUpProposal?: Resolver<Array<ResolversTypes['FollowUpProposal']>, ParentType, ContextType, RequireFields<AssessmentFollowUpProposalArgs, 'threshold'>>;
  framework?: Resolver<ResolversTypes['Framework'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lockedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['AssessmentMember']>, ParentType, ContextType>;
  myAnswers?: Resolver<Array<ResolversTypes['Answer']>, ParentType, ContextType>;
  myRoles?: Resolver<Array<ResolversTypes['AssessmentRole']>, ParentType, ContextType>;
  pastDeadline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Assessment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssessmentStatus'], ParentType, ContextType>;
  teamEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssessmentCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentCandidate'] = ResolversParentTypes['AssessmentCandidate']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AssessmentMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentMember'] = ResolversParentTypes['AssessmentMember']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AssessmentRole'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BaselineMonthsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BaselineMonths'] = ResolversParentTypes['BaselineMonths']> = {
  baselineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BaselineStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BaselineStep'] = ResolversParentTypes['BaselineStep']> = {
  months?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  stepId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type BusinessProcessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessProcess'] = ResolversParentTypes['BusinessProcess']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProcessKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  responsibleOfficial?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CascadeActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CascadeAction'] = ResolversParentTypes['CascadeAction']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['Step']>, ParentType, ContextType>;
  workPlanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  workPlanTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClearRealizationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClearRealizationResult'] = ResolversParentTypes['ClearRealizationResult']> = {
  step?: Resolver<ResolversTypes['Step'], ParentType, ContextType>;
};

export type ConsensusAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsensusAnswer'] = ResolversParentTypes['ConsensusAnswer']> = {
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decidedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewStatus?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  reviewedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CriterionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Criterion'] = ResolversParentTypes['Criterion']> = {
  answerType?: Resolver<ResolversTypes['AnswerType'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guidance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['CriterionOption']>, ParentType, ContextType>;
  scaleMax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  scaleMin?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CriterionOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CriterionOption'] = ResolversParentTypes['CriterionOption']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CrossFunctionStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CrossFunctionStep'] = ResolversParentTypes['CrossFunctionStep']> = {
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outputDocument?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeleteActionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteActionResult'] = ResolversParentTypes['DeleteActionResult']> = {
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['ActionSnapshot'], ParentType, ContextType>;
};

export type DeleteStepResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteStepResult'] = ResolversParentTypes['DeleteStepResult']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['StepSnapshot'], ParentType, ContextType>;
};

export type DeleteTreeNodeResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteTreeNodeResult'] = ResolversParentTypes['DeleteTreeNodeResult']> = {
  deletedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  tree?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  answerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvidenceKind'], ParentType, ContextType>;
  mimeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sizeBytes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FollowUpLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUpLink'] = ResolversParentTypes['FollowUpLink']> = {
  actionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  planTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FollowUpProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUpProposal'] = ResolversParentTypes['FollowUpProposal']> = {
  areaName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  criterionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  criterionText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subItemName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suggestedAction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestedOutput?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FrameworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Framework'] = ResolversParentTypes['Framework']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  copiedFromId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  criterionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inUse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  national?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FrameworkNode']>, ParentType, ContextType>;
  regulation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightIssues?: Resolver<Array<ResolversTypes['WeightIssue']>, ParentType, ContextType>;
};

export type FrameworkNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FrameworkNode'] = ResolversParentTypes['FrameworkNode']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FrameworkNodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type GoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  achievement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<GoalAchievementArgs, 'year'>>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  roadmapId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndicatorStatus'], ParentType, ContextType, RequireFields<GoalStatusArgs, 'year'>>;
};

export type GovernmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Government'] = ResolversParentTypes['Government']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GovernmentKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  achievement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<IndicatorAchievementArgs, 'year'>>;
  agencyValues?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType, RequireFields<IndicatorAgencyValuesArgs, 'year'>>;
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  drivenBy?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  roadmapId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scaleMax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  scaleMin?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['IndicatorScope'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndicatorStatus'], ParentType, ContextType, RequireFields<IndicatorStatusArgs, 'year'>>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueType?: Resolver<ResolversTypes['ValueType'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearSeries?: Resolver<ResolversTypes['YearSeries'], ParentType, ContextType, RequireFields<IndicatorYearSeriesArgs, 'fromYear' | 'toYear'>>;
  yearlyValues?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type IndicatorValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  categoryValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enteredBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ValueKind'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numericValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorValueChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorValueChange'] = ResolversParentTypes['IndicatorValueChange']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type MemberUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberUser'] = ResolversParentTypes['MemberUser']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  government?: Resolver<ResolversTypes['Government'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type MoveActionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoveActionResult'] = ResolversParentTypes['MoveActionResult']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
};

export type MoveStepResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoveStepResult'] = ResolversParentTypes['MoveStepResult']> = {
  from?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Step'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addBusinessProcess?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationAddBusinessProcessArgs, 'input'>>;
  addCriterion?: Resolver<ResolversTypes['Criterion'], ParentType, ContextType, RequireFields<MutationAddCriterionArgs, 'input'>>;
  addCrossFunctionStep?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationAddCrossFunctionStepArgs, 'input'>>;
  addEvidenceLink?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationAddEvidenceLinkArgs, 'input'>>;
  addFrameworkNode?: Resolver<ResolversTypes['FrameworkNode'], ParentType, ContextType, RequireFields<MutationAddFrameworkNodeArgs, 'input'>>;
  addTreeNode?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationAddTreeNodeArgs, 'input'>>;
  approveWorkPlan?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationApproveWorkPlanArgs, 'id' | 'version'>>;
  clearStepRealization?: Resolver<ResolversTypes['ClearRealizationResult'], ParentType, ContextType, RequireFields<MutationClearStepRealizationArgs, 'month' | 'stepId' | 'version'>>;
  clonePerformanceTree?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType, RequireFields<MutationClonePerformanceTreeArgs, 'input'>>;
  closePeriod?: Resolver<ResolversTypes['PeriodLock'], ParentType, ContextType, RequireFields<MutationClosePeriodArgs, 'year'>>;
  copyFramework?: Resolver<ResolversTypes['Framework'], ParentType, ContextType, RequireFields<MutationCopyFrameworkArgs, 'id'>>;
  createAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationCreateActionArgs, 'input'>>;
  createAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationCreateAssessmentArgs, 'input'>>;
  createFollowUpPlan?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationCreateFollowUpPlanArgs, 'input'>>;
  createPerformanceTree?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType, RequireFields<MutationCreatePerformanceTreeArgs, 'input'>>;
  createStep?: Resolver<ResolversTypes['Step'], ParentType, ContextType, RequireFields<MutationCreateStepArgs, 'input'>>;
  decideConsensus?: Resolver<ResolversTypes['ConsensusAnswer'], ParentType, ContextType, RequireFields<MutationDecideConsensusArgs, 'input'>>;
  deleteAction?: Resolver<ResolversTypes['DeleteActionResult'], ParentType, ContextType, RequireFields<MutationDeleteActionArgs, 'id' | 'version'>>;
  deleteBusinessProcess?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationDeleteBusinessProcessArgs, 'id' | 'version'>>;
  deleteCrossFunctionStep?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationDeleteCrossFunctionStepArgs, 'id' | 'version'>>;
  deleteStep?: Resolver<ResolversTypes['DeleteStepResult'], ParentType, ContextType, RequireFields<MutationDeleteStepArgs, 'id' | 'version'>>;
  deleteTreeNode?: Resolver<ResolversTypes['DeleteTreeNodeResult'], ParentType, ContextType, RequireFields<MutationDeleteTreeNodeArgs, 'id' | 'version'>>;
  extendAssessmentDeadline?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationExtendAssessmentDeadlineArgs, 'input'>>;
  linkTreeNodeAction?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationLinkTreeNodeActionArgs, 'input'>>;
  linkTreeNodeIndicator?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationLinkTreeNodeIndicatorArgs, 'input'>>;
  moveAction?: Resolver<ResolversTypes['MoveActionResult'], ParentType, ContextType, RequireFields<MutationMoveActionArgs, 'input'>>;
  moveBusinessProcess?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationMoveBusinessProcessArgs, 'input'>>;
  moveCrossFunctionStep?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationMoveCrossFunctionStepArgs, 'input'>>;
  moveStep?: Resolver<ResolversTypes['MoveStepResult'], ParentType, ContextType, RequireFields<MutationMoveStepArgs, 'input'>>;
  moveTreeNode?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType, RequireFields<MutationMoveTreeNodeArgs, 'input'>>;
  publishFramework?: Resolver<ResolversTypes['Framework'], ParentType, ContextType, RequireFields<MutationPublishFrameworkArgs, 'id' | 'version'>>;
  removeCriterion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveCriterionArgs, 'id'>>;
  removeEvidence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveEvidenceArgs, 'id'>>;
  removeFrameworkNode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveFrameworkNodeArgs, 'id'>>;
  reopenAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationReopenAssessmentArgs, 'id' | 'reason' | 'version'>>;
  reopenPeriod?: Resolver<ResolversTypes['PeriodLock'], ParentType, ContextType, RequireFields<MutationReopenPeriodArgs, 'id'>>;
  restoreAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationRestoreActionArgs, 'snapshot'>>;
  restoreStep?: Resolver<ResolversTypes['Step'], ParentType, ContextType, RequireFields<MutationRestoreStepArgs, 'snapshot'>>;
  restoreTreeNode?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType, RequireFields<MutationRestoreTreeNodeArgs, 'id'>>;
  reviewCriterion?: Resolver<ResolversTypes['ConsensusAnswer'], ParentType, ContextType, RequireFields<MutationReviewCriterionArgs, 'input'>>;
  saveAnswer?: Resolver<ResolversTypes['Answer'], ParentType, ContextType, RequireFields<MutationSaveAnswerArgs, 'input'>>;
  setIndicatorValues?: Resolver<Array<ResolversTypes['IndicatorValueChange']>, ParentType, ContextType, RequireFields<MutationSetIndicatorValuesArgs, 'inputs'>>;
  setLocale?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetLocaleArgs, 'locale'>>;
  setStatusThresholds?: Resolver<ResolversTypes['StatusThresholds'], ParentType, ContextType, RequireFields<MutationSetStatusThresholdsArgs, 'input'>>;
  setStepRealization?: Resolver<ResolversTypes['StepRealization'], ParentType, ContextType, RequireFields<MutationSetStepRealizationArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  transitionAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationTransitionAssessmentArgs, 'id' | 'transition' | 'version'>>;
  unlinkTreeNodeAction?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationUnlinkTreeNodeActionArgs, 'input'>>;
  unlinkTreeNodeIndicator?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationUnlinkTreeNodeIndicatorArgs, 'input'>>;
  updateAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationUpdateActionArgs, 'input'>>;
  updateAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationUpdateAgencyArgs, 'input'>>;
  updateAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationUpdateAssessmentArgs, 'input'>>;
  updateBusinessProcess?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationUpdateBusinessProcessArgs, 'input'>>;
  updateCriterion?: Resolver<ResolversTypes['Criterion'], ParentType, ContextType, RequireFields<MutationUpdateCriterionArgs, 'input'>>;
  updateCrossFunctionStep?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationUpdateCrossFunctionStepArgs, 'input'>>;
  updateFramework?: Resolver<ResolversTypes['Framework'], ParentType, ContextType, RequireFields<MutationUpdateFrameworkArgs, 'input'>>;
  updateFrameworkNode?: Resolver<ResolversTypes['FrameworkNode'], ParentType, ContextType, RequireFields<MutationUpdateFrameworkNodeArgs, 'input'>>;
  updateStep?: Resolver<ResolversTypes['Step'], ParentType, ContextType, RequireFields<MutationUpdateStepArgs, 'input'>>;
  updateSteps?: Resolver<Array<ResolversTypes['Step']>, ParentType, ContextType, RequireFields<MutationUpdateStepsArgs, 'inputs'>>;
  updateTreeNode?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationUpdateTreeNodeArgs, 'input'>>;
};

export type NodeScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeScore'] = ResolversParentTypes['NodeScore']> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  containsUnknownWeight?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknownWeight?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PerformanceTreeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformanceTree'] = ResolversParentTypes['PerformanceTree']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checks?: Resolver<Array<ResolversTypes['TreeCheck']>, ParentType, ContextType>;
  clonedFrom?: Resolver<Maybe<ResolversTypes['PerformanceTree']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TreeNode']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeriodLockResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeriodLock'] = ResolversParentTypes['PeriodLock']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lockedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lockedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reopenedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanBaselineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanBaseline'] = ResolversParentTypes['PlanBaseline']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['BaselineStep']>, ParentType, ContextType>;
};

export type ProcessMapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProcessMap'] = ResolversParentTypes['ProcessMap']> = {
  actors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  crossFunctionSteps?: Resolver<Array<ResolversTypes['CrossFunctionStep']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  processes?: Resolver<Array<ResolversTypes['BusinessProcess']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['Assessment']>, ParentType, ContextType, RequireFields<QueryAssessmentArgs, 'id'>>;
  assessmentCandidates?: Resolver<Array<ResolversTypes['AssessmentCandidate']>, ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit'>>;
  framework?: Resolver<Maybe<ResolversTypes['Framework']>, ParentType, ContextType, RequireFields<QueryFrameworkArgs, 'id'>>;
  frameworks?: Resolver<Array<ResolversTypes['Framework']>, ParentType, ContextType>;
  governments?: Resolver<Array<ResolversTypes['Government']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicatorCascade?: Resolver<Array<ResolversTypes['TreeCascade']>, ParentType, ContextType, RequireFields<QueryIndicatorCascadeArgs, 'indicatorId'>>;
  indicatorHistory?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryIndicatorHistoryArgs, 'indicatorId' | 'limit'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  members?: Resolver<Array<ResolversTypes['MemberUser']>, ParentType, ContextType>;
  performanceTree?: Resolver<Maybe<ResolversTypes['PerformanceTree']>, ParentType, ContextType, RequireFields<QueryPerformanceTreeArgs, 'id'>>;
  performanceTrees?: Resolver<Array<ResolversTypes['PerformanceTree']>, ParentType, ContextType>;
  periodLocks?: Resolver<Array<ResolversTypes['PeriodLock']>, ParentType, ContextType, Partial<QueryPeriodLocksArgs>>;
  processMap?: Resolver<Maybe<ResolversTypes['ProcessMap']>, ParentType, ContextType, RequireFields<QueryProcessMapArgs, 'id'>>;
  processMaps?: Resolver<Array<ResolversTypes['ProcessMap']>, ParentType, ContextType>;
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType, RequireFields<QueryRoadmapArgs, 'id'>>;
  roadmaps?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  statusThresholds?: Resolver<ResolversTypes['StatusThresholds'], ParentType, ContextType>;
  stepCascade?: Resolver<Maybe<ResolversTypes['StepCascade']>, ParentType, ContextType, RequireFields<QueryStepCascadeArgs, 'stepId'>>;
  treeCascade?: Resolver<Maybe<ResolversTypes['TreeCascade']>, ParentType, ContextType, RequireFields<QueryTreeCascadeArgs, 'nodeId'>>;
  treeLinkOptions?: Resolver<Maybe<ResolversTypes['TreeLinkOptions']>, ParentType, ContextType, RequireFields<QueryTreeLinkOptionsArgs, 'treeId'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  workPlan?: Resolver<Maybe<ResolversTypes['WorkPlan']>, ParentType, ContextType, RequireFields<QueryWorkPlanArgs, 'id'>>;
  workPlans?: Resolver<Array<ResolversTypes['WorkPlan']>, ParentType, ContextType, Partial<QueryWorkPlansArgs>>;
};

export type RealizationSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealizationSnapshot'] = ResolversParentTypes['RealizationSnapshot']> = {
  evidenceLinks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RealizationStatus'], ParentType, ContextType>;
};

export type RoadmapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Roadmap'] = ResolversParentTypes['Roadmap']> = {
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regulationRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScoreSheetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreSheet'] = ResolversParentTypes['ScoreSheet']> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assessorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  assessorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NodeScore']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalCriteria?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SignInResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = {
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type StatusThresholdsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusThresholds'] = ResolversParentTypes['StatusThresholds']> = {
  atRiskMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  defaultAtRiskMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  defaultOnTrackMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  onTrackMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Step'] = ResolversParentTypes['Step']> = {
  actionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  realizations?: Resolver<Array<ResolversTypes['StepRealization']>, ParentType, ContextType>;
  responsibleAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  responsibleText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  successCriteria?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StepCascadeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StepCascade'] = ResolversParentTypes['StepCascade']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['TreePath']>, ParentType, ContextType>;
  step?: Resolver<Maybe<ResolversTypes['Step']>, ParentType, ContextType>;
  workPlanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  workPlanTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StepRealizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StepRealization'] = ResolversParentTypes['StepRealization']> = {
  evidenceLinks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RealizationStatus'], ParentType, ContextType>;
  stepId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StepSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StepSnapshot'] = ResolversParentTypes['StepSnapshot']> = {
  actionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  baselines?: Resolver<Array<ResolversTypes['BaselineMonths']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  realizations?: Resolver<Array<ResolversTypes['RealizationSnapshot']>, ParentType, ContextType>;
  responsibleAgencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  responsibleText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  successCriteria?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TreeActionOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreeActionOption'] = ResolversParentTypes['TreeActionOption']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  activityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workPlanId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workPlanTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TreeCascadeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreeCascade'] = ResolversParentTypes['TreeCascade']> = {
  actions?: Resolver<Array<ResolversTypes['CascadeAction']>, ParentType, ContextType>;
  focusId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TreeNode']>, ParentType, ContextType>;
  tree?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType>;
};

export type TreeCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreeCheck'] = ResolversParentTypes['TreeCheck']> = {
  action?: Resolver<Maybe<ResolversTypes['Action']>, ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TreeCheckKind'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nodeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  parentLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workPlanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type TreeLinkOptionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreeLinkOptions'] = ResolversParentTypes['TreeLinkOptions']> = {
  actions?: Resolver<Array<ResolversTypes['TreeActionOption']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
};

export type TreeNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreeNode'] = ResolversParentTypes['TreeNode']> = {
  actions?: Resolver<Array<ResolversTypes['TreeNodeActionLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['TreeNodeIndicatorLink']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TreeNodeKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  observedProblem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observedSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observedValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  observedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleOfficial?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  treeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TreeNodeActionLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreeNodeActionLink'] = ResolversParentTypes['TreeNodeActionLink']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workPlanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  workPlanTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TreeNodeIndicatorLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreeNodeIndicatorLink'] = ResolversParentTypes['TreeNodeIndicatorLink']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TreePathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreePath'] = ResolversParentTypes['TreePath']> = {
  nodes?: Resolver<Array<ResolversTypes['TreeNode']>, ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tree?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  government?: Resolver<Maybe<ResolversTypes['Government']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type WeightIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WeightIssue'] = ResolversParentTypes['WeightIssue']> = {
  childrenWeight?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type WorkPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkPlan'] = ResolversParentTypes['WorkPlan']> = {
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['PlanBaseline']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkPlanKind'], ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  regulationRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkPlanStatus'], ParentType, ContextType>;
  stepCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type YearSeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearSeries'] = ResolversParentTypes['YearSeries']> = {
  baseline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  baselineYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  realizations?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  targets?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Action?: ActionResolvers<ContextType>;
  ActionSnapshot?: ActionSnapshotResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  Answer?: AnswerResolvers<ContextType>;
  AnswerChange?: AnswerChangeResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  AssessmentCandidate?: AssessmentCandidateResolvers<ContextType>;
  AssessmentMember?: AssessmentMemberResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  BaselineMonths?: BaselineMonthsResolvers<ContextType>;
  BaselineStep?: BaselineStepResolvers<ContextType>;
  BusinessProcess?: BusinessProcessResolvers<ContextType>;
  CascadeAction?: CascadeActionResolvers<ContextType>;
  ClearRealizationResult?: ClearRealizationResultResolvers<ContextType>;
  ConsensusAnswer?: ConsensusAnswerResolvers<ContextType>;
  Criterion?: CriterionResolvers<ContextType>;
  CriterionOption?: CriterionOptionResolvers<ContextType>;
  CrossFunctionStep?: CrossFunctionStepResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeleteActionResult?: DeleteActionResultResolvers<ContextType>;
  DeleteStepResult?: DeleteStepResultResolvers<ContextType>;
  DeleteTreeNodeResult?: DeleteTreeNodeResultResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  FollowUpLink?: FollowUpLinkResolvers<ContextType>;
  FollowUpProposal?: FollowUpProposalResolvers<ContextType>;
  Framework?: FrameworkResolvers<ContextType>;
  FrameworkNode?: FrameworkNodeResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  Government?: GovernmentResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  IndicatorValueChange?: IndicatorValueChangeResolvers<ContextType>;
  MemberUser?: MemberUserResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MoveActionResult?: MoveActionResultResolvers<ContextType>;
  MoveStepResult?: MoveStepResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NodeScore?: NodeScoreResolvers<ContextType>;
  PerformanceTree?: PerformanceTreeResolvers<ContextType>;
  PeriodLock?: PeriodLockResolvers<ContextType>;
  PlanBaseline?: PlanBaselineResolvers<ContextType>;
  ProcessMap?: ProcessMapResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RealizationSnapshot?: RealizationSnapshotResolvers<ContextType>;
  Roadmap?: RoadmapResolvers<ContextType>;
  ScoreSheet?: ScoreSheetResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  StatusThresholds?: StatusThresholdsResolvers<ContextType>;
  Step?: StepResolvers<ContextType>;
  StepCascade?: StepCascadeResolvers<ContextType>;
  StepRealization?: StepRealizationResolvers<ContextType>;
  StepSnapshot?: StepSnapshotResolvers<ContextType>;
  TreeActionOption?: TreeActionOptionResolvers<ContextType>;
  TreeCascade?: TreeCascadeResolvers<ContextType>;
  TreeCheck?: TreeCheckResolvers<ContextType>;
  TreeLinkOptions?: TreeLinkOptionsResolvers<ContextType>;
  TreeNode?: TreeNodeResolvers<ContextType>;
  TreeNodeActionLink?: TreeNodeActionLinkResolvers<ContextType>;
  TreeNodeIndicatorLink?: TreeNodeIndicatorLinkResolvers<ContextType>;
  TreePath?: TreePathResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WeightIssue?: WeightIssueResolvers<ContextType>;
  WorkPlan?: WorkPlanResolvers<ContextType>;
  YearSeries?: YearSeriesResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
