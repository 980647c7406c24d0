import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Government as GovernmentRow, Agency as AgencyRow, Area as AreaRow, User as UserRow, Membership as MembershipRow, Roadmap as RoadmapRow, Goal as GoalRow, Indicator as IndicatorRow, IndicatorValue as IndicatorValueRow, WorkPlan as WorkPlanRow, Program as ProgramRow, Activity as ActivityRow, Action as ActionRow, Step as StepRow, StepRealization as StepRealizationRow, PerformanceTree as PerformanceTreeRow, TreeNode as TreeNodeRow, Framework as FrameworkRow, Assessment as AssessmentRow, Finding as FindingRow, AssessmentExclusion as AssessmentExclusionRow, ActionReport as ActionReportRow } from '@rb/db';
import type { EvaluatorScoreView } from '../services/assessment/views.ts';
import type { RenaksiActionView } from '../services/work-plan/renaksi.ts';
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

/** How quarterly targets relate to the annual target. */
export type Accumulation =
  /** The quarters add up to the year. */
  | 'ADDITIVE'
  /** Each quarter is the running total; TW IV is the year. */
  | 'CUMULATIVE';

/** Rencana Aksi (Aksi / Sub Kegiatan in a performance agreement). */
export type Action = {
  __typename?: 'Action';
  activityId: Scalars['ID']['output'];
  /** Sub-activity (PK) budget in Rupiah. */
  budget?: Maybe<Scalars['Decimal']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  efforts: Array<ActionEffort>;
  id: Scalars['ID']['output'];
  /** Indicators of the action (performance agreements: the quarterly targets). */
  indicators: Array<Indicator>;
  name: Scalars['String']['output'];
  output?: Maybe<Scalars['String']['output']>;
  responsibleAgency?: Maybe<Agency>;
  responsibleText?: Maybe<Scalars['String']['output']>;
  /** The road-map action this plan action implements. */
  roadmapActionId?: Maybe<Scalars['ID']['output']>;
  sortOrder: Scalars['Int']['output'];
  steps: Array<Step>;
  successCriteria?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  years: Array<Scalars['Int']['output']>;
};

/** Upaya: what an agency must do for a road-map action. */
export type ActionEffort = {
  __typename?: 'ActionEffort';
  agency?: Maybe<Agency>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sortOrder: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

/** A renaksi action's report for one quarter (TW I–IV). */
export type ActionReport = {
  __typename?: 'ActionReport';
  /** Rupiah spent this quarter. */
  budgetRealization?: Maybe<Scalars['Decimal']['output']>;
  evidence: Array<ReportEvidence>;
  followUp?: Maybe<Scalars['String']['output']>;
  hinderingFactors?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  quarter: Scalars['Int']['output'];
  reportedByName?: Maybe<Scalars['String']['output']>;
  supportingFactors?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
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
  /** Road map: the activity's actions that are not archived. */
  roadmapActions: Array<Action>;
  roadmapId?: Maybe<Scalars['ID']['output']>;
  sortOrder: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
  workPlanId?: Maybe<Scalars['ID']['output']>;
  workPlanTitle?: Maybe<Scalars['String']['output']>;
  workPlanYear?: Maybe<Scalars['Int']['output']>;
};

export type AddActionEffortInput = {
  actionId: Scalars['ID']['input'];
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
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

export type AddTeamMemberInput = {
  personName?: InputMaybe<Scalars['String']['input']>;
  position: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
  teamRole: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
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
  /** When it was archived (it keeps its history and is left out of pickers); null while in use. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
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
  /** The evaluator's score sheet; null until the evaluator has entered a value. */
  evaluatorScore?: Maybe<ScoreSheet>;
  /** The evaluator's value per criterion (national or sector evaluator), beside the self-assessment. */
  evaluatorScores: Array<EvaluatorScore>;
  /** Items that do not apply to this government in this assessment. */
  exclusions: Array<AssessmentExclusion>;
  /** Findings (catatan LHE) recorded on this assessment. */
  findings: Array<Finding>;
  followUpLinks: Array<FollowUpLink>;
  followUpProposal: Array<FollowUpProposal>;
  framework: Framework;
  id: Scalars['ID']['output'];
  /** The index this assessment is part of (Indeks RB = RB General + RB Tematik of the year); null for frameworks without one. */
  index?: Maybe<AssessmentIndex>;
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

export type AssessmentExclusion = {
  __typename?: 'AssessmentExclusion';
  createdAt: Scalars['DateTime']['output'];
  nodeId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

export type AssessmentIndex = {
  __typename?: 'AssessmentIndex';
  code: Scalars['String']['output'];
  /** Every part of the index has an assessment this year. */
  complete: Scalars['Boolean']['output'];
  /** The sum of the evaluator's totals, when every part has one. */
  evaluatorTotal?: Maybe<Scalars['Float']['output']>;
  grade: Scalars['String']['output'];
  maxTotal: Scalars['Float']['output'];
  parts: Array<AssessmentIndexPart>;
  total: Scalars['Float']['output'];
};

export type AssessmentIndexPart = {
  __typename?: 'AssessmentIndexPart';
  /** null: no assessment of this part for the year yet. */
  assessmentId?: Maybe<Scalars['ID']['output']>;
  assessmentTitle?: Maybe<Scalars['String']['output']>;
  evaluatorTotal?: Maybe<Scalars['Float']['output']>;
  frameworkName: Scalars['String']['output'];
  maxTotal?: Maybe<Scalars['Float']['output']>;
  model: Scalars['String']['output'];
  total?: Maybe<Scalars['Float']['output']>;
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

/** How an ordered-category indicator's realization against its target becomes an achievement. */
export type CategoryAchievement =
  /** 100 % when the realization is the target's category or better, else 0 % (the default). */
  | 'MET_OR_NOT'
  /** A share by rank: from 0 % at the worst category to 100 % at the target. */
  | 'RANK_SHARE';

export type CheckFinding = {
  __typename?: 'CheckFinding';
  /** A key of the message catalog (api namespace); params fill it. */
  messageKey: Scalars['String']['output'];
  params: Array<MessageParam>;
  /** Other cells the finding is about (the quarters of a sum, the baseline). */
  related: Array<CheckTarget>;
  rule: Scalars['String']['output'];
  severity: CheckSeverity;
  target: CheckTarget;
};

export type CheckReport = {
  __typename?: 'CheckReport';
  /** Rules this government switched off (not run). */
  disabledRules: Array<Scalars['String']['output']>;
  errorCount: Scalars['Int']['output'];
  findings: Array<CheckFinding>;
  warningCount: Scalars['Int']['output'];
};

/** A rule of the plan checks and whether this government runs it. */
export type CheckRule = {
  __typename?: 'CheckRule';
  enabled: Scalars['Boolean']['output'];
  id: Scalars['String']['output'];
  /** Why an administrator switched it off. */
  reason?: Maybe<Scalars['String']['output']>;
  severity: CheckSeverity;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Of the government's setting; null while the rule has never been changed. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type CheckRuleInput = {
  enabled: Scalars['Boolean']['input'];
  /** Required when switching a rule off. */
  reason?: InputMaybe<Scalars['String']['input']>;
  ruleId: Scalars['String']['input'];
  /** The setting's version read; omitted when it was never changed. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type CheckSeverity =
  /** Refused when typed. */
  | 'ERROR'
  /** Kept after the user confirmed, and flagged. */
  | 'WARNING';

/** The cell a finding points at: a value (indicator, kind, year, quarter, agency), an indicator, an activity, an action or a step. */
export type CheckTarget = {
  __typename?: 'CheckTarget';
  actionId?: Maybe<Scalars['ID']['output']>;
  activityId?: Maybe<Scalars['ID']['output']>;
  /** The agency of an agency-scoped value; null = the government's value. */
  agencyId?: Maybe<Scalars['ID']['output']>;
  indicatorId?: Maybe<Scalars['ID']['output']>;
  kind?: Maybe<ValueKind>;
  quarter?: Maybe<Scalars['Int']['output']>;
  stepId?: Maybe<Scalars['ID']['output']>;
  type: CheckTargetType;
  year?: Maybe<Scalars['Int']['output']>;
};

export type CheckTargetType =
  | 'ACTION'
  | 'ACTIVITY'
  | 'INDICATOR'
  | 'STEP'
  | 'VALUE';

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

export type CopyWorkPlanInput = {
  /** Absent: the source plan's owner; null: the government. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  regulationRef?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
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

export type CreateAgencyInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  kind: AgencyKind;
  name: Scalars['String']['input'];
  /** The parent agency (a sub-unit); null for a top-level Perangkat Daerah. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
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

export type CreateFindingInput = {
  assessmentId?: InputMaybe<Scalars['ID']['input']>;
  criterionId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateFollowUpPlanInput = {
  assessmentId: Scalars['ID']['input'];
  items: Array<FollowUpItemInput>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateGoalInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  roadmapId: Scalars['ID']['input'];
  statement: Scalars['String']['input'];
};

export type CreateIndicatorInput = {
  accumulation?: InputMaybe<Accumulation>;
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  categoryAchievement?: InputMaybe<CategoryAchievement>;
  code?: InputMaybe<Scalars['String']['input']>;
  definition?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  frequency?: InputMaybe<IndicatorFrequency>;
  name: Scalars['String']['input'];
  ownerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  scaleMax?: InputMaybe<Scalars['String']['input']>;
  scaleMin?: InputMaybe<Scalars['String']['input']>;
  /** PERFORMANCE_AGREEMENT, ACTIVITY or OTHER (goal and area indicators belong to a road map). */
  scope: IndicatorScope;
  source?: InputMaybe<Scalars['String']['input']>;
  thresholds?: InputMaybe<ThresholdsInput>;
  unit?: InputMaybe<Scalars['String']['input']>;
  valueType?: InputMaybe<ValueType>;
};

export type CreatePerformanceTreeInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreatePkActivityInput = {
  /** Rupiah as typed: 1.018.175.000,00 */
  budget?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
};

export type CreatePkSubActivityInput = {
  activityId: Scalars['ID']['input'];
  budget?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreatePlanActivityInput = {
  /** The name of a first action under the activity (the grid then adds steps and more actions). */
  actionName?: InputMaybe<Scalars['String']['input']>;
  areaId?: InputMaybe<Scalars['ID']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  workPlanId: Scalars['ID']['input'];
};

export type CreateProgramInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  workPlanId: Scalars['ID']['input'];
};

export type CreateRenaksiInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** The findings to follow up, in order: one action each. */
  findingIds: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateRoadmapActionInput = {
  activityId: Scalars['ID']['input'];
  code?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  output?: InputMaybe<Scalars['String']['input']>;
  responsibleAgencyId?: InputMaybe<Scalars['ID']['input']>;
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  /** The years the action runs (the V marks), within the road map's period. */
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type CreateRoadmapActivityInput = {
  areaId: Scalars['ID']['input'];
  code?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  roadmapId: Scalars['ID']['input'];
};

/**
 * What defines an indicator. Numbers of the scale are typed the Indonesian way
 * ("0", "43,84"); categories are ordered best first (CATEGORY only).
 */
export type CreateRoadmapIndicatorInput = {
  accumulation?: InputMaybe<Accumulation>;
  areaId?: InputMaybe<Scalars['ID']['input']>;
  baseline?: InputMaybe<PlanValueInput>;
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  categoryAchievement?: InputMaybe<CategoryAchievement>;
  code?: InputMaybe<Scalars['String']['input']>;
  /** The user saw the plan checks' warnings on these values and keeps them (else they refuse the call). */
  confirmWarnings?: InputMaybe<Scalars['Boolean']['input']>;
  definition?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  /** Exactly one of goalId (indikator sasaran) and areaId (indikator keberhasilan). */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  ownerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  roadmapId: Scalars['ID']['input'];
  scaleMax?: InputMaybe<Scalars['String']['input']>;
  scaleMin?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  targets?: InputMaybe<Array<PlanValueInput>>;
  unit?: InputMaybe<Scalars['String']['input']>;
  valueType?: InputMaybe<ValueType>;
};

export type CreateRoadmapInput = {
  endYear: Scalars['Int']['input'];
  regulationRef?: InputMaybe<Scalars['String']['input']>;
  startYear: Scalars['Int']['input'];
  title: Scalars['String']['input'];
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

export type CreateTeamInput = {
  /** Required for WORKING_GROUP. */
  areaId?: InputMaybe<Scalars['ID']['input']>;
  kind: TeamKind;
  name: Scalars['String']['input'];
};

export type CreateUserInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  credential: UserCredential;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  roles: Array<Role>;
};

export type CreateUserResult = {
  __typename?: 'CreateUserResult';
  /** The activation link's token (/activate?token=…); only with ACTIVATION_LINK for a new account. */
  activationToken?: Maybe<Scalars['String']['output']>;
  /** True when the email already had an account (of another government): it got roles here, no password was issued. */
  existingAccount: Scalars['Boolean']['output'];
  /** Shown once; only with INITIAL_PASSWORD for a new account. */
  initialPassword?: Maybe<Scalars['String']['output']>;
  user: ManagedUser;
};

export type CreateWorkPlanInput = {
  /** The owner agency; absent/null = the government's own plan. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** WORK_PLAN (Rencana Kerja RB) or PERFORMANCE_AGREEMENT (Rencana Aksi PK). */
  kind: WorkPlanKind;
  regulationRef?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type Criterion = {
  __typename?: 'Criterion';
  answerType: AnswerType;
  code?: Maybe<Scalars['String']['output']>;
  guidance?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The criterion whose share multiplies this one's (A2 × A1 ÷ 3). */
  multiplierId?: Maybe<Scalars['ID']['output']>;
  nodeId: Scalars['ID']['output'];
  options: Array<CriterionOption>;
  scaleMax?: Maybe<Scalars['Decimal']['output']>;
  scaleMin?: Maybe<Scalars['Decimal']['output']>;
  scoreRule: ScoreRule;
  /** Who scores it: the government's assessors, the national evaluator or a sector agency (scorerName). */
  scoredBy: Scorer;
  scorerName?: Maybe<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  source?: Maybe<Scalars['String']['output']>;
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

export type DeleteWorkPlanResult = {
  __typename?: 'DeleteWorkPlanResult';
  actionCount: Scalars['Int']['output'];
  activityCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  stepCount: Scalars['Int']['output'];
};

export type Direction =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type EvaluatorScore = {
  __typename?: 'EvaluatorScore';
  criterionId: Scalars['ID']['output'];
  enteredByName?: Maybe<Scalars['String']['output']>;
  /** Who scored: KemenPANRB, BKN, a name. */
  evaluator?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  imported: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  value?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type EvaluatorScoreInput = {
  criterionId: Scalars['ID']['input'];
  evaluator?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
  /** The value's current version when changing one (absent for a new value). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

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

/** A finding (catatan LHE) of an evaluation: what must be improved; followed up in next year's renaksi. */
export type Finding = {
  __typename?: 'Finding';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  assessmentId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  criterionId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  source?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
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
  /** Grade bands, best first (the last holds everything below). */
  gradeBands: Array<GradeBandInfo>;
  id: Scalars['ID']['output'];
  /** Used by at least one assessment: it can no longer be changed. */
  inUse: Scalars['Boolean']['output'];
  /** Frameworks with the same index code add up to one index (Indeks RB = RB General + RB Tematik). */
  indexCode?: Maybe<Scalars['String']['output']>;
  /** The national model it belongs to: RB 2020, RB General 2023, RB Tematik 2023, SAKIP 2021. */
  model?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  national: Scalars['Boolean']['output'];
  /** Every node, parents before children, in tree order. */
  nodes: Array<FrameworkNode>;
  regulation?: Maybe<Scalars['String']['output']>;
  /** The total is rescaled over the applicable weights × 100 when items do not apply. */
  rescale: Scalars['Boolean']['output'];
  revision: Scalars['Int']['output'];
  /** Where the framework's numbers come from. */
  source?: Maybe<Scalars['String']['output']>;
  /** DRAFT (editable), PUBLISHED (usable, frozen once used) or RETIRED. */
  status: Scalars['String']['output'];
  /** First and last evaluation year it applies to (null = open). */
  validFrom?: Maybe<Scalars['Int']['output']>;
  validTo?: Maybe<Scalars['Int']['output']>;
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
  source?: Maybe<Scalars['String']['output']>;
  /** Weights for kinds of government that differ from weight. */
  variantWeights: Array<VariantWeight>;
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
  sortOrder: Scalars['Int']['output'];
  statement: Scalars['String']['output'];
  status: IndicatorStatus;
  version: Scalars['Int']['output'];
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

export type GradeBandInfo = {
  __typename?: 'GradeBandInfo';
  /** The band holds totals strictly above this (null: everything else). */
  above?: Maybe<Scalars['Float']['output']>;
  grade: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelId: Scalars['String']['output'];
};

export type Health = {
  __typename?: 'Health';
  database: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
};

export type Indicator = {
  __typename?: 'Indicator';
  /** How its quarterly targets relate to the annual target; null = not declared (the checks then infer). */
  accumulation?: Maybe<Accumulation>;
  /** Achievement (capaian) in percent, null when not computable (no target, no realization, n.a, text). */
  achievement?: Maybe<Scalars['Float']['output']>;
  /** Values entered per agency for this indicator (agency-scoped, not the government's own). */
  agencyValues: Array<IndicatorValue>;
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  area?: Maybe<Area>;
  /** The baseline (government-wide), if any. */
  baseline?: Maybe<IndicatorValue>;
  /** Whether the signed-in user may change this indicator's values (administrator or the owner agency's user). */
  canEdit: Scalars['Boolean']['output'];
  categories: Array<Scalars['String']['output']>;
  /** CATEGORY only: the rule that turns a category into an achievement. */
  categoryAchievement: CategoryAchievement;
  code?: Maybe<Scalars['String']['output']>;
  definition?: Maybe<Scalars['String']['output']>;
  direction: Direction;
  /** Activities (road map or work plan) that drive this indicator, with their actions. */
  drivenBy: Array<Activity>;
  frequency: IndicatorFrequency;
  goal?: Maybe<Goal>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The indicator's own status thresholds; null = the government's. */
  ownThresholds?: Maybe<IndicatorThresholds>;
  ownerAgency?: Maybe<Agency>;
  roadmapId?: Maybe<Scalars['ID']['output']>;
  scaleMax?: Maybe<Scalars['Decimal']['output']>;
  scaleMin?: Maybe<Scalars['Decimal']['output']>;
  scope: IndicatorScope;
  sortOrder: Scalars['Int']['output'];
  source?: Maybe<Scalars['String']['output']>;
  /** Status for a year (quarter omitted) or a quarter 1–4: achievement against the government's thresholds. */
  status: IndicatorStatus;
  /** The yearly targets (quarter 0), by year. */
  targets: Array<IndicatorValue>;
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

export type IndicatorFrequency =
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'YEARLY';

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

export type IndicatorThresholds = {
  __typename?: 'IndicatorThresholds';
  atRiskMin: Scalars['Float']['output'];
  onTrackMin: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
};

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
  /** The plan checks' warnings on this value that the user confirmed. */
  findings: Array<CheckFinding>;
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

/** A user of the selected government as its administrator manages them. */
export type ManagedUser = {
  __typename?: 'ManagedUser';
  /** The agency their roles are limited to (and its sub-units); null: the whole government. */
  agency?: Maybe<Agency>;
  agencyId?: Maybe<Scalars['ID']['output']>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** Roles in this government. */
  roles: Array<Role>;
  status: UserStatus;
  /** The version you read; send it back with every change. */
  version: Scalars['Int']['output'];
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

/** A parameter of a message: the figures of a finding, formatted the Indonesian way. */
export type MessageParam = {
  __typename?: 'MessageParam';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
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

export type MoveRoadmapItemInput = {
  id: Scalars['ID']['input'];
  /** The new position among its siblings, 0 = first. */
  index: Scalars['Int']['input'];
  kind: RoadmapItemKind;
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
  /** Sets the first password from a one-time activation link and signs in. */
  activateAccount: SignInResult;
  addActionEffort: ActionEffort;
  addBusinessProcess: ProcessMap;
  addCriterion: Criterion;
  addCrossFunctionStep: ProcessMap;
  addEvidenceLink: Evidence;
  addFrameworkNode: FrameworkNode;
  /** Adds a member at the end of the team. */
  addTeamMember: TeamMember;
  addTreeNode: TreeNode;
  /** Approve the plan: freeze a baseline copy of every step's months. By the leadership (manager) or an administrator, never by one of the plan's planners. */
  approveWorkPlan: WorkPlan;
  /** Archives an agency and its sub-units still in use: their history stays, pickers leave them out. */
  archiveAgency: Agency;
  archiveIndicator: Indicator;
  archiveRoadmap: Roadmap;
  /** Changes the signed-in user's password (checks the current one) and ends their other sessions. */
  changeOwnPassword: Scalars['Boolean']['output'];
  clearStepRealization: ClearRealizationResult;
  /** Copies a tree (nodes, indicator and action links) into a new one for another year. */
  clonePerformanceTree: PerformanceTree;
  closePeriod: PeriodLock;
  /** Copies a framework into a new DRAFT revision owned by the government. */
  copyFramework: Framework;
  /** A copy of an earlier plan: structure, steps, months, agencies, programs; not realizations, approvals, baselines. */
  copyWorkPlan: WorkPlan;
  createAction: Action;
  /** A new agency, at the top level or under a parent (last among its siblings). */
  createAgency: Agency;
  createAssessment: Assessment;
  createFinding: Finding;
  createFollowUpPlan: WorkPlan;
  createGoal: Goal;
  createIndicator: Indicator;
  createPerformanceTree: PerformanceTree;
  createPkActivity: Activity;
  createPkSubActivity: Action;
  /** A new activity (kegiatan) of a Rencana Kerja RB, optionally with its first action. */
  createPlanActivity: Activity;
  createProgram: Program;
  /** A renaksi plan for a year with one action per finding (a finding is followed up once). */
  createRenaksi: WorkPlan;
  createRoadmap: Roadmap;
  createRoadmapAction: Action;
  createRoadmapActivity: Activity;
  createRoadmapIndicator: Indicator;
  createStep: Step;
  createTeam: Team;
  /** Creates a user with roles here (or gives an existing account roles here) and an initial password or activation link. */
  createUser: CreateUserResult;
  /** An empty plan (Rencana Kerja RB or Rencana Aksi PK). */
  createWorkPlan: WorkPlan;
  /** A Rencana Kerja RB with the road map's actions that run in the year. */
  createWorkPlanFromRoadmap: WorkPlan;
  /** Deactivates the user in this government at once (their sessions end when no government is left). */
  deactivateUser: ManagedUser;
  decideConsensus: ConsensusAnswer;
  deleteAction: DeleteActionResult;
  deleteBusinessProcess: ProcessMap;
  deleteCrossFunctionStep: ProcessMap;
  /** Deletes an activity with its sub-activities and indicators. */
  deletePkActivity: WorkPlan;
  /** Returns the deleted indicator's id. */
  deletePkIndicator: Scalars['ID']['output'];
  deletePkSubActivity: Activity;
  /** Deletes a program without activities. */
  deleteProgram: WorkPlan;
  deleteStep: DeleteStepResult;
  /** Deletes a node and its subtree (soft delete: restoreTreeNode undoes it). */
  deleteTreeNode: DeleteTreeNodeResult;
  /** Deletes a DRAFT plan with everything in it. */
  deleteWorkPlan: DeleteWorkPlanResult;
  /** Ends every session of the signed-in user but this one; returns how many ended. */
  endOtherSessions: Scalars['Int']['output'];
  /** Ends one of the signed-in user's own sessions (another user's: NOT_FOUND). Ending this one signs out. */
  endSession: Scalars['Boolean']['output'];
  /** The coordinator moves the deadline later, with the reason audited. */
  extendAssessmentDeadline: Assessment;
  /** Links a work-plan action to a node, or changes the link's rationale. */
  linkTreeNodeAction: TreeNode;
  /** Links an indicator to a node, or changes the link's rationale. */
  linkTreeNodeIndicator: TreeNode;
  moveAction: MoveActionResult;
  /** Moves an agency under another parent (null: top level); never under itself or one of its sub-units. */
  moveAgency: Agency;
  moveBusinessProcess: ProcessMap;
  moveCrossFunctionStep: ProcessMap;
  /** Moves a goal, indicator, activity, action or effort among its siblings. */
  moveRoadmapItem: Roadmap;
  moveStep: MoveStepResult;
  /** Moves a member up (-1) or down (+1) within the team; returns the team in its new order. */
  moveTeamMember: Team;
  /** Reorders (same parent) or moves a subtree under another parent; refused when it would create a cycle. */
  moveTreeNode: PerformanceTree;
  publishFramework: Framework;
  reactivateUser: ManagedUser;
  removeCriterion: Scalars['Boolean']['output'];
  removeEvidence: Scalars['Boolean']['output'];
  /** Removes a part of a draft framework with everything under it. */
  removeFrameworkNode: Scalars['Boolean']['output'];
  /** Deletes an item, or archives it when values, plans, tree links or efforts hang on it. */
  removeRoadmapItem: RemoveRoadmapItemResult;
  /** Deletes a team and its members (refused while work steps name it as responsible). */
  removeTeam: Team;
  removeTeamMember: TeamMember;
  /** Administrator only: reopen a final assessment (back to consensus), with the reason audited. */
  reopenAssessment: Assessment;
  reopenPeriod: PeriodLock;
  /** The implementer's report of a quarter (refused while the quarter is closed). */
  reportRenaksiQuarter: ActionReport;
  /** A new initial password or activation link; ends the user's sessions. Refused for an account of several governments. */
  resetUserPassword: CreateUserResult;
  restoreAction: Action;
  /** Restores an archived agency and the sub-units archived with it. */
  restoreAgency: Agency;
  /** Undo of deleteStep: re-creates the step with its id, realizations and baseline months. */
  restoreStep: Step;
  restoreTreeNode: PerformanceTree;
  reviewCriterion: ConsensusAnswer;
  saveAnswer: Answer;
  /** Marks an item as not applicable to this government (with a reason), or applicable again. */
  setAssessmentExclusion: Assessment;
  /** Switches a rule on or off for this government (audited). */
  setCheckRule: CheckRule;
  /** Saves the evaluator's values (all or nothing; a changed value needs its current version). */
  setEvaluatorScores: Array<EvaluatorScore>;
  /** Baseline and yearly targets of a road-map indicator (years within the period); all or nothing. */
  setIndicatorPlan: Indicator;
  setIndicatorThresholds: Indicator;
  /**
   * Sets (or, with empty text, removes) values; all or nothing. Administrators and the owner agency's users.
   * The plan checks run on what is typed: an error refuses the batch; warnings refuse it
   * (BAD_USER_INPUT checks.confirmWarnings, the findings in extensions) until confirmWarnings is true.
   */
  setIndicatorValues: Array<IndicatorValueChange>;
  /** Remembers the user's language (id or en). */
  setLocale: User;
  /** Creates or updates the indicator of a PK activity / sub-activity and its targets for the plan's year. */
  setPkTargets: Indicator;
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
  updateActionEffort: ActionEffort;
  updateAgency: Agency;
  updateAssessment: Assessment;
  updateBusinessProcess: ProcessMap;
  updateCriterion: Criterion;
  updateCrossFunctionStep: ProcessMap;
  updateFinding: Finding;
  updateFramework: Framework;
  updateFrameworkNode: FrameworkNode;
  updateGoal: Goal;
  updateIndicator: Indicator;
  updatePkActivity: Activity;
  updatePkSubActivity: Action;
  updateProgram: Program;
  updateRenaksiAction: RenaksiAction;
  updateRoadmap: Roadmap;
  updateRoadmapAction: Action;
  updateRoadmapActivity: Activity;
  /** Edit a step's text, responsible agency or months (toggle = send the new months). */
  updateStep: Step;
  /** Several step edits at once (a pasted block): all or nothing. */
  updateSteps: Array<Step>;
  updateTeam: Team;
  updateTeamMember: TeamMember;
  updateTreeNode: TreeNode;
  /** Changes a user's roles and agency scope in this government. */
  updateUser: ManagedUser;
  updateWorkPlan: WorkPlan;
};


export type MutationActivateAccountArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAddActionEffortArgs = {
  input: AddActionEffortInput;
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


export type MutationAddTeamMemberArgs = {
  input: AddTeamMemberInput;
};


export type MutationAddTreeNodeArgs = {
  input: AddTreeNodeInput;
};


export type MutationApproveWorkPlanArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationArchiveAgencyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationArchiveIndicatorArgs = {
  input: VersionInput;
};


export type MutationArchiveRoadmapArgs = {
  input: VersionInput;
};


export type MutationChangeOwnPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
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


export type MutationCopyWorkPlanArgs = {
  input: CopyWorkPlanInput;
};


export type MutationCreateActionArgs = {
  input: CreateActionInput;
};


export type MutationCreateAgencyArgs = {
  input: CreateAgencyInput;
};


export type MutationCreateAssessmentArgs = {
  input: CreateAssessmentInput;
};


export type MutationCreateFindingArgs = {
  input: CreateFindingInput;
};


export type MutationCreateFollowUpPlanArgs = {
  input: CreateFollowUpPlanInput;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


export type MutationCreatePerformanceTreeArgs = {
  input: CreatePerformanceTreeInput;
};


export type MutationCreatePkActivityArgs = {
  input: CreatePkActivityInput;
};


export type MutationCreatePkSubActivityArgs = {
  input: CreatePkSubActivityInput;
};


export type MutationCreatePlanActivityArgs = {
  input: CreatePlanActivityInput;
};


export type MutationCreateProgramArgs = {
  input: CreateProgramInput;
};


export type MutationCreateRenaksiArgs = {
  input: CreateRenaksiInput;
};


export type MutationCreateRoadmapArgs = {
  input: CreateRoadmapInput;
};


export type MutationCreateRoadmapActionArgs = {
  input: CreateRoadmapActionInput;
};


export type MutationCreateRoadmapActivityArgs = {
  input: CreateRoadmapActivityInput;
};


export type MutationCreateRoadmapIndicatorArgs = {
  input: CreateRoadmapIndicatorInput;
};


export type MutationCreateStepArgs = {
  input: CreateStepInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWorkPlanArgs = {
  input: CreateWorkPlanInput;
};


export type MutationCreateWorkPlanFromRoadmapArgs = {
  input: PlanFromRoadmapInput;
};


export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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


export type MutationDeletePkActivityArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeletePkIndicatorArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeletePkSubActivityArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteProgramArgs = {
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


export type MutationDeleteWorkPlanArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationEndSessionArgs = {
  id: Scalars['ID']['input'];
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


export type MutationMoveAgencyArgs = {
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationMoveBusinessProcessArgs = {
  input: MoveBusinessProcessInput;
};


export type MutationMoveCrossFunctionStepArgs = {
  input: MoveCrossFunctionStepInput;
};


export type MutationMoveRoadmapItemArgs = {
  input: MoveRoadmapItemInput;
};


export type MutationMoveStepArgs = {
  input: MoveInput;
};


export type MutationMoveTeamMemberArgs = {
  id: Scalars['ID']['input'];
  offset: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationMoveTreeNodeArgs = {
  input: MoveTreeNodeInput;
};


export type MutationPublishFrameworkArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReactivateUserArgs = {
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


export type MutationRemoveRoadmapItemArgs = {
  input: RoadmapItemInput;
};


export type MutationRemoveTeamArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveTeamMemberArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReopenAssessmentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReopenPeriodArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReportRenaksiQuarterArgs = {
  input: ReportRenaksiQuarterInput;
};


export type MutationResetUserPasswordArgs = {
  credential: UserCredential;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRestoreActionArgs = {
  snapshot: ActionSnapshotInput;
};


export type MutationRestoreAgencyArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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


export type MutationSetAssessmentExclusionArgs = {
  input: SetAssessmentExclusionInput;
};


export type MutationSetCheckRuleArgs = {
  input: CheckRuleInput;
};


export type MutationSetEvaluatorScoresArgs = {
  input: SetEvaluatorScoresInput;
};


export type MutationSetIndicatorPlanArgs = {
  input: SetIndicatorPlanInput;
};


export type MutationSetIndicatorThresholdsArgs = {
  input: SetIndicatorThresholdsInput;
};


export type MutationSetIndicatorValuesArgs = {
  confirmWarnings?: InputMaybe<Scalars['Boolean']['input']>;
  inputs: Array<IndicatorValueInput>;
};


export type MutationSetLocaleArgs = {
  locale: Scalars['String']['input'];
};


export type MutationSetPkTargetsArgs = {
  input: SetPkTargetsInput;
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


export type MutationUpdateActionEffortArgs = {
  input: UpdateActionEffortInput;
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


export type MutationUpdateFindingArgs = {
  input: UpdateFindingInput;
};


export type MutationUpdateFrameworkArgs = {
  input: UpdateFrameworkInput;
};


export type MutationUpdateFrameworkNodeArgs = {
  input: UpdateFrameworkNodeInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdateIndicatorArgs = {
  input: UpdateIndicatorInput;
};


export type MutationUpdatePkActivityArgs = {
  input: UpdatePkActivityInput;
};


export type MutationUpdatePkSubActivityArgs = {
  input: UpdatePkSubActivityInput;
};


export type MutationUpdateProgramArgs = {
  input: UpdateProgramInput;
};


export type MutationUpdateRenaksiActionArgs = {
  input: UpdateRenaksiActionInput;
};


export type MutationUpdateRoadmapArgs = {
  input: UpdateRoadmapInput;
};


export type MutationUpdateRoadmapActionArgs = {
  input: UpdateRoadmapActionInput;
};


export type MutationUpdateRoadmapActivityArgs = {
  input: UpdateRoadmapActivityInput;
};


export type MutationUpdateStepArgs = {
  input: UpdateStepInput;
};


export type MutationUpdateStepsArgs = {
  inputs: Array<UpdateStepInput>;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};


export type MutationUpdateTeamMemberArgs = {
  input: UpdateTeamMemberInput;
};


export type MutationUpdateTreeNodeArgs = {
  input: UpdateTreeNodeInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUpdateWorkPlanArgs = {
  input: UpdateWorkPlanInput;
};

export type NodeScore = {
  __typename?: 'NodeScore';
  answered: Scalars['Int']['output'];
  containsUnknownWeight: Scalars['Boolean']['output'];
  maxScore: Scalars['Float']['output'];
  nodeId: Scalars['ID']['output'];
  /** The item does not apply to this government (its kind's weights, or excluded in this assessment). */
  notApplicable: Scalars['Boolean']['output'];
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

export type PlanFromRoadmapInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  regulationRef?: InputMaybe<Scalars['String']['input']>;
  roadmapId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type PlanLeftOutReason =
  /** An archived row. */
  | 'ARCHIVED'
  /** A road-map action that does not run in the plan's year. */
  | 'NOT_THIS_YEAR';

/** What a create-from-road-map or copy would make, before it is made. */
export type PlanPreview = {
  __typename?: 'PlanPreview';
  actionCount: Scalars['Int']['output'];
  activityCount: Scalars['Int']['output'];
  agency?: Maybe<Agency>;
  approvalNotCopied: Scalars['Boolean']['output'];
  areas: Array<PlanPreviewArea>;
  baselinesNotCopied: Scalars['Int']['output'];
  /** A plan of the same kind, year and owner that already exists (creating is refused; open it instead). */
  existing?: Maybe<WorkPlan>;
  kind: WorkPlanKind;
  leftOut: Array<PlanPreviewLeftOut>;
  programCount: Scalars['Int']['output'];
  /** Copy only: what is never copied. */
  realizationsNotCopied: Scalars['Int']['output'];
  stepCount: Scalars['Int']['output'];
  /** A title to propose. */
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PlanPreviewAction = {
  __typename?: 'PlanPreviewAction';
  name: Scalars['String']['output'];
  output?: Maybe<Scalars['String']['output']>;
  responsible?: Maybe<Scalars['String']['output']>;
  stepCount: Scalars['Int']['output'];
};

export type PlanPreviewActivity = {
  __typename?: 'PlanPreviewActivity';
  actions: Array<PlanPreviewAction>;
  name: Scalars['String']['output'];
};

export type PlanPreviewArea = {
  __typename?: 'PlanPreviewArea';
  actionCount: Scalars['Int']['output'];
  activities: Array<PlanPreviewActivity>;
  activityCount: Scalars['Int']['output'];
  /** null: activities without an area. */
  area?: Maybe<Area>;
};

export type PlanPreviewLeftOut = {
  __typename?: 'PlanPreviewLeftOut';
  /** Activity, Action or Step. */
  entity: Scalars['String']['output'];
  name: Scalars['String']['output'];
  reason: PlanLeftOutReason;
  /** Road-map actions: the years they run. */
  years: Array<Scalars['Int']['output']>;
};

/** What the create actions of an empty year can start from. */
export type PlanSetupOptions = {
  __typename?: 'PlanSetupOptions';
  /** Earlier plans (of any kind but RATL) to copy, newest first. */
  copySources: Array<WorkPlan>;
  roadmaps: Array<PlanSourceRoadmap>;
  year: Scalars['Int']['output'];
};

/** A road map as a source of a year's plan. */
export type PlanSourceRoadmap = {
  __typename?: 'PlanSourceRoadmap';
  /** Actions running in the year asked about. */
  actionsInYear: Scalars['Int']['output'];
  coversYear: Scalars['Boolean']['output'];
  endYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  startYear: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** A value as typed, the Indonesian way ("43,84", "n.a", "WTP"); empty removes it. */
export type PlanValueInput = {
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  /** The version read; omitted when the value did not exist. */
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
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
  sortOrder: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The selected government's agencies, parents before children; archived ones only when asked for. */
  agencies: Array<Agency>;
  /** The 8 areas of change. */
  areas: Array<Area>;
  assessment?: Maybe<Assessment>;
  /** Users of the government who can be put on an assessment team. */
  assessmentCandidates: Array<AssessmentCandidate>;
  assessments: Array<Assessment>;
  /** Recent changes in the selected government, newest first. */
  auditLog: Array<AuditEntry>;
  /** Every rule and whether this government runs it. */
  checkRules: Array<CheckRule>;
  /** What copyWorkPlan would create (nothing is written). */
  copyWorkPlanPreview: PlanPreview;
  /** Findings (catatan LHE) of the government, newest year first. */
  findings: Array<Finding>;
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
  /** The checks of the values of a year of the government's indicators (of one scope, when given). */
  indicatorChecks: CheckReport;
  /** Change history of one indicator's values (who, when, before/after). */
  indicatorHistory: Array<AuditEntry>;
  indicators: Array<Indicator>;
  /** Users of the selected government with their roles. */
  members: Array<MemberUser>;
  /** The signed-in user's own sessions that have not ended, this one first. */
  mySessions: Array<UserSession>;
  performanceTree?: Maybe<PerformanceTree>;
  performanceTrees: Array<PerformanceTree>;
  periodLocks: Array<PeriodLock>;
  /** What createWorkPlanFromRoadmap would create (nothing is written). */
  planFromRoadmapPreview: PlanPreview;
  /** What an empty year's plan can start from: road maps (covering the year or not) and earlier plans to copy. */
  planSetupOptions: PlanSetupOptions;
  processMap?: Maybe<ProcessMap>;
  processMaps: Array<ProcessMap>;
  roadmap?: Maybe<Roadmap>;
  /** The checks of a road map: its indicators' baseline and targets, and the years without a target. */
  roadmapChecks: CheckReport;
  /** What removing a road-map item affects, asked before removing it. */
  roadmapItemUsage: RoadmapItemUsage;
  roadmaps: Array<Roadmap>;
  /** What any visitor may know about this server. */
  serverInfo: ServerInfo;
  /** The set-up checklist of the selected government for a year (work plan and assessment are per year). */
  setupProgress: SetupProgress;
  statusThresholds: StatusThresholds;
  /** From a work-plan step (or an action's id) back up to the results it serves. */
  stepCascade?: Maybe<StepCascade>;
  /** The RB team: Tim Pengarah, Tim Pelaksana, the Pokja per area and other teams, with their members in order. */
  teams: Array<Team>;
  /** The cascade through a node: level-0 result down to the work-plan steps. */
  treeCascade?: Maybe<TreeCascade>;
  treeLinkOptions?: Maybe<TreeLinkOptions>;
  /** Findings without a renaksi action yet (a year's, or all). */
  unfollowedFindings: Array<Finding>;
  /** Users of the selected government (also deactivated ones), by name; search matches name or email. */
  users: Array<ManagedUser>;
  /** Null when not signed in. */
  viewer?: Maybe<Viewer>;
  workPlan?: Maybe<WorkPlan>;
  /** The checks of a work plan, performance-agreement plan or renaksi: structure, budgets and the values of its indicators. */
  workPlanChecks: CheckReport;
  /** The selected government's plans, newest year first; with agencyId, only that agency's plans (and its sub-units'). */
  workPlans: Array<WorkPlan>;
};


export type QueryAgenciesArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditLogArgs = {
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCopyWorkPlanPreviewArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  sourceId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryFindingsArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryIndicatorChecksArgs = {
  scope?: InputMaybe<IndicatorScope>;
  year: Scalars['Int']['input'];
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


export type QueryPlanFromRoadmapPreviewArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  roadmapId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryPlanSetupOptionsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryProcessMapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoadmapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoadmapChecksArgs = {
  roadmapId: Scalars['ID']['input'];
};


export type QueryRoadmapItemUsageArgs = {
  id: Scalars['ID']['input'];
  kind: RoadmapItemKind;
};


export type QuerySetupProgressArgs = {
  year: Scalars['Int']['input'];
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


export type QueryUnfollowedFindingsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWorkPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkPlanChecksArgs = {
  workPlanId: Scalars['ID']['input'];
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

export type RemoveRoadmapItemResult = {
  __typename?: 'RemoveRoadmapItemResult';
  archived: Scalars['Boolean']['output'];
  usage: RoadmapItemUsage;
};

/** An action of a renaksi plan: what answers a finding, its output, TW I–IV targets, realization and reports. */
export type RenaksiAction = {
  __typename?: 'RenaksiAction';
  budget?: Maybe<Scalars['Decimal']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  /** The finding (catatan LHE) it follows up. */
  finding?: Maybe<Finding>;
  group: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The implementing agencies (pelaksana), as written. */
  implementers?: Maybe<Scalars['String']['output']>;
  indicator?: Maybe<RenaksiIndicator>;
  name: Scalars['String']['output'];
  output?: Maybe<Scalars['String']['output']>;
  /** TW I–IV realization as reported (null: not yet). */
  realizations: Array<Maybe<Scalars['String']['output']>>;
  reports: Array<ActionReport>;
  /** The coordinating agency (koordinator). */
  responsibleAgency?: Maybe<Agency>;
  /** TW I–IV targets as typed (null: none). */
  targets: Array<Maybe<Scalars['String']['output']>>;
  /** The year's target (null: none). */
  totalTarget?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** The output indicator of a renaksi action. */
export type RenaksiIndicator = {
  __typename?: 'RenaksiIndicator';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** The evidence link of a quarterly report. */
export type ReportEvidence = {
  __typename?: 'ReportEvidence';
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type ReportEvidenceInput = {
  title: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

export type ReportRenaksiQuarterInput = {
  actionId: Scalars['ID']['input'];
  budgetRealization?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<ReportEvidenceInput>>;
  followUp?: InputMaybe<Scalars['String']['input']>;
  hinderingFactors?: InputMaybe<Scalars['String']['input']>;
  quarter: Scalars['Int']['input'];
  realization?: InputMaybe<Scalars['String']['input']>;
  supportingFactors?: InputMaybe<Scalars['String']['input']>;
  /** The report's current version when changing it. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

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
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The government's areas of change, each with this road map's success indicators and activities. */
  areas: Array<RoadmapArea>;
  endYear: Scalars['Int']['output'];
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  regulationRef?: Maybe<Scalars['String']['output']>;
  startYear: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** Every year of the period, startYear…endYear. */
  years: Array<Scalars['Int']['output']>;
};

/** An area of change as one road map fills it. */
export type RoadmapArea = {
  __typename?: 'RoadmapArea';
  activities: Array<Activity>;
  area: Area;
  /** Success indicators (indikator keberhasilan) of the area in this road map. */
  indicators: Array<Indicator>;
};

export type RoadmapItemInput = {
  id: Scalars['ID']['input'];
  kind: RoadmapItemKind;
  version: Scalars['Int']['input'];
};

export type RoadmapItemKind =
  | 'ACTION'
  | 'ACTIVITY'
  | 'EFFORT'
  | 'GOAL'
  | 'INDICATOR';

/** What hangs on a road-map item: with any values, yearly plans, tree links or efforts it is archived, else deleted. */
export type RoadmapItemUsage = {
  __typename?: 'RoadmapItemUsage';
  /** True when removing archives instead of deleting. */
  archive: Scalars['Boolean']['output'];
  /** Rows directly under it (a goal's indicators, an activity's actions). */
  children: Scalars['Int']['output'];
  /** Efforts of it or of its actions. */
  efforts: Scalars['Int']['output'];
  /** Yearly work-plan actions that implement it (or its actions). */
  plans: Scalars['Int']['output'];
  /** Performance-tree links to it or under it. */
  treeLinks: Scalars['Int']['output'];
  /** Indicator values (baseline, targets, realizations) of it or under it. */
  values: Scalars['Int']['output'];
};

export type Role =
  | 'ADMIN'
  | 'ASSESSMENT_COORDINATOR'
  | 'ASSESSOR'
  | 'EVALUATOR'
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

/** How a criterion's answer becomes a share of its item's weight. */
export type ScoreRule =
  /** the value is added as is, signed (koefisien) */
  | 'DIRECT'
  /** value ÷ max: the 2023 worksheets */
  | 'OF_MAX'
  /** (value − min) ÷ (max − min): the 2020 worksheets */
  | 'RANGE';

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

export type Scorer =
  | 'MESO'
  | 'NATIONAL'
  | 'SELF';

export type ServerInfo = {
  __typename?: 'ServerInfo';
  /** The demo accounts (published password) exist on this server. */
  demoAccounts: Scalars['Boolean']['output'];
};

export type SetAssessmentExclusionInput = {
  assessmentId: Scalars['ID']['input'];
  nodeId: Scalars['ID']['input'];
  notApplicable: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type SetEvaluatorScoresInput = {
  assessmentId: Scalars['ID']['input'];
  scores: Array<EvaluatorScoreInput>;
};

/** Baseline and yearly targets of a road-map indicator; only the entries sent change. */
export type SetIndicatorPlanInput = {
  baseline?: InputMaybe<PlanValueInput>;
  /** The user saw the plan checks' warnings on these values and keeps them (else they refuse the call). */
  confirmWarnings?: InputMaybe<Scalars['Boolean']['input']>;
  indicatorId: Scalars['ID']['input'];
  targets?: InputMaybe<Array<PlanValueInput>>;
};

export type SetIndicatorThresholdsInput = {
  indicatorId: Scalars['ID']['input'];
  /** null = use the government's thresholds. */
  thresholds?: InputMaybe<ThresholdsInput>;
  /** The version of the indicator's own thresholds read; omitted when it had none. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The indicator of a PK activity (annual target) or sub-activity (TW I–IV) with targets as typed ("" = none). */
export type SetPkTargetsInput = {
  annual?: InputMaybe<Scalars['String']['input']>;
  /** The user saw the plan checks' warnings on these targets and keeps them (else they refuse the call). */
  confirmWarnings?: InputMaybe<Scalars['Boolean']['input']>;
  /** Absent: a new indicator. */
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** The activity or sub-activity. */
  ownerId: Scalars['ID']['input'];
  /** TW I–IV. */
  quarters?: InputMaybe<Array<Scalars['String']['input']>>;
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The indicator's version the client read. */
  version?: InputMaybe<Scalars['Int']['input']>;
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

/** What a government has set up so far: the home page's checklist. */
export type SetupProgress = {
  __typename?: 'SetupProgress';
  /** Every step is done. */
  complete: Scalars['Boolean']['output'];
  steps: Array<SetupStep>;
  year: Scalars['Int']['output'];
};

export type SetupStep = {
  __typename?: 'SetupStep';
  /** How many rows the step has (agencies, users, road maps, indicators, work plans or assessments of the year). */
  count: Scalars['Int']['output'];
  done: Scalars['Boolean']['output'];
  key: SetupStepKey;
};

/** A step of a new government's set-up, in the order it is done. */
export type SetupStepKey =
  | 'AGENCIES'
  | 'ASSESSMENT'
  | 'INDICATORS'
  | 'ROADMAP'
  | 'USERS'
  | 'WORK_PLAN';

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

/** A team of the government's reform organization (Tim RB). */
export type Team = {
  __typename?: 'Team';
  /** The area of change of a Pokja. */
  area?: Maybe<Area>;
  areaId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: TeamKind;
  members: Array<TeamMember>;
  name: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type TeamKind =
  /** Tim Asesor */
  | 'ASSESSORS'
  /** Tim Pelaksana */
  | 'EXECUTING'
  | 'OTHER'
  /** Tim Pengarah */
  | 'STEERING'
  /** Pokja, one per area of change */
  | 'WORKING_GROUP';

export type TeamMember = {
  __typename?: 'TeamMember';
  id: Scalars['ID']['output'];
  personName?: Maybe<Scalars['String']['output']>;
  /** Jabatan, e.g. Sekretaris Daerah. */
  position: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
  teamId: Scalars['ID']['output'];
  /** Kedudukan dalam tim, e.g. Ketua, Sekretaris, Anggota. */
  teamRole: Scalars['String']['output'];
  /** The product user this member is, if they have an account here. */
  user?: Maybe<MemberUser>;
  userId?: Maybe<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type ThresholdsInput = {
  atRiskMin: Scalars['Float']['input'];
  onTrackMin: Scalars['Float']['input'];
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

export type UpdateActionEffortInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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
  /** Left out: unchanged; null or empty clears it. */
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Left out: unchanged. */
  kind?: InputMaybe<AgencyKind>;
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

export type UpdateFindingInput = {
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  criterionId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
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

export type UpdateGoalInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  statement?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Absent fields stay as they are; null clears an optional one. */
export type UpdateIndicatorInput = {
  accumulation?: InputMaybe<Accumulation>;
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  categoryAchievement?: InputMaybe<CategoryAchievement>;
  code?: InputMaybe<Scalars['String']['input']>;
  definition?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  frequency?: InputMaybe<IndicatorFrequency>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  ownerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  scaleMax?: InputMaybe<Scalars['String']['input']>;
  scaleMin?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  valueType?: InputMaybe<ValueType>;
  version: Scalars['Int']['input'];
};

export type UpdatePkActivityInput = {
  /** Rupiah as typed; empty clears. */
  budget?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePkSubActivityInput = {
  budget?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateProgramInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateRenaksiActionInput = {
  /** Rupiah as typed (1.018.175.000). */
  budget?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  implementers?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  output?: InputMaybe<Scalars['String']['input']>;
  responsibleAgencyId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateRoadmapActionInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  output?: InputMaybe<Scalars['String']['input']>;
  responsibleAgencyId?: InputMaybe<Scalars['ID']['input']>;
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type UpdateRoadmapActivityInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Absent fields stay as they are. */
export type UpdateRoadmapInput = {
  endYear?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  regulationRef?: InputMaybe<Scalars['String']['input']>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
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

export type UpdateTeamInput = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  kind: TeamKind;
  name: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateTeamMemberInput = {
  id: Scalars['ID']['input'];
  personName?: InputMaybe<Scalars['String']['input']>;
  position: Scalars['String']['input'];
  teamRole: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateTreeNodeInput = {
  fields: TreeNodeFieldsInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateUserInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  /** Replaces the user's roles in this government. */
  roles: Array<Role>;
  version: Scalars['Int']['input'];
};

/** Rename, reassign the owner agency (null = the government), change the legal basis. */
export type UpdateWorkPlanInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  regulationRef?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type UserCredential =
  /** A one-time link (/activate?token=…, valid 7 days) with which the user sets their password. */
  | 'ACTIVATION_LINK'
  /** A random initial password, shown once; the user must change it at first sign-in. */
  | 'INITIAL_PASSWORD';

/** A signed-in browser of the current user. */
export type UserSession = {
  __typename?: 'UserSession';
  /** The client address last seen. */
  address?: Maybe<Scalars['String']['output']>;
  /** When it signed in. */
  createdAt: Scalars['DateTime']['output'];
  /** True for the session of this request (this browser). */
  current: Scalars['Boolean']['output'];
  /** When it ends at the latest; it ends sooner after RB_SESSION_IDLE_HOURS unused. */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** When it was last used (to the minute). */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The browser's User-Agent when it signed in. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type UserStatus =
  | 'ACTIVE'
  /** Deactivated in this government (their roles here no longer count). */
  | 'DEACTIVATED'
  /** Has not yet replaced the initial password. */
  | 'MUST_CHANGE_PASSWORD'
  /** Has not yet opened their activation link. */
  | 'PENDING_ACTIVATION';

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

export type VariantWeight = {
  __typename?: 'VariantWeight';
  kind: GovernmentKind;
  /** The item does not apply to this kind of government. */
  notApplicable: Scalars['Boolean']['output'];
  /** null with notApplicable false = not known. */
  weight?: Maybe<Scalars['Decimal']['output']>;
};

export type VersionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** The signed-in user, the governments they may open and their roles in the selected one. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The agency a role is limited to, if any. */
  agency?: Maybe<Agency>;
  /** The government this request is for (the X-Government header, else the first membership). */
  government?: Maybe<Government>;
  memberships: Array<Membership>;
  /** True after an administrator gave an initial or reset password: only changeOwnPassword, viewer and signOut work until it is changed. */
  mustChangePassword: Scalars['Boolean']['output'];
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
  actionCount: Scalars['Int']['output'];
  /** Area → indicator → activity → action → step, in document order. */
  activities: Array<Activity>;
  activityCount: Scalars['Int']['output'];
  agency?: Maybe<Agency>;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The latest approved baseline of the schedule, null before the first approval. */
  baseline?: Maybe<PlanBaseline>;
  /** Whether the caller may approve this plan: a manager or administrator covering its agency who is not one of its planners (who drafts does not approve). */
  canApprove: Scalars['Boolean']['output'];
  /** Whether the caller may edit this plan (administrator, or planner of the government or of the plan's agency). */
  canEdit: Scalars['Boolean']['output'];
  /** The plan this one was copied from (last year's), if any. */
  copiedFromId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: WorkPlanKind;
  programs: Array<Program>;
  regulationRef?: Maybe<Scalars['String']['output']>;
  /** A renaksi plan's actions in order (empty for other plans). */
  renaksiActions: Array<RenaksiAction>;
  /** The road map this plan was made from, if any. */
  roadmapId?: Maybe<Scalars['ID']['output']>;
  status: WorkPlanStatus;
  stepCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type WorkPlanKind =
  | 'FOLLOW_UP'
  | 'PERFORMANCE_AGREEMENT'
  | 'RENAKSI'
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
  Accumulation: Accumulation;
  Action: ResolverTypeWrapper<ActionRow>;
  ActionEffort: ResolverTypeWrapper<Omit<ActionEffort, 'agency'> & { agency?: Maybe<ResolversTypes['Agency']> }>;
  ActionReport: ResolverTypeWrapper<ActionReportRow>;
  ActionSnapshot: ResolverTypeWrapper<ActionSnapshot>;
  ActionSnapshotInput: ActionSnapshotInput;
  Activity: ResolverTypeWrapper<ActivityRow>;
  AddActionEffortInput: AddActionEffortInput;
  AddBusinessProcessInput: AddBusinessProcessInput;
  AddCriterionInput: AddCriterionInput;
  AddCrossFunctionStepInput: AddCrossFunctionStepInput;
  AddEvidenceLinkInput: AddEvidenceLinkInput;
  AddFrameworkNodeInput: AddFrameworkNodeInput;
  AddTeamMemberInput: AddTeamMemberInput;
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
  AssessmentExclusion: ResolverTypeWrapper<AssessmentExclusionRow>;
  AssessmentIndex: ResolverTypeWrapper<AssessmentIndex>;
  AssessmentIndexPart: ResolverTypeWrapper<AssessmentIndexPart>;
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
  CategoryAchievement: CategoryAchievement;
  CheckFinding: ResolverTypeWrapper<CheckFinding>;
  CheckReport: ResolverTypeWrapper<CheckReport>;
  CheckRule: ResolverTypeWrapper<CheckRule>;
  CheckRuleInput: CheckRuleInput;
  CheckSeverity: CheckSeverity;
  CheckTarget: ResolverTypeWrapper<CheckTarget>;
  CheckTargetType: CheckTargetType;
  ClearRealizationResult: ResolverTypeWrapper<Omit<ClearRealizationResult, 'step'> & { step: ResolversTypes['Step'] }>;
  ClonePerformanceTreeInput: ClonePerformanceTreeInput;
  ConsensusAnswer: ResolverTypeWrapper<ConsensusAnswer>;
  CopyWorkPlanInput: CopyWorkPlanInput;
  CreateActionInput: CreateActionInput;
  CreateAgencyInput: CreateAgencyInput;
  CreateAssessmentInput: CreateAssessmentInput;
  CreateFindingInput: CreateFindingInput;
  CreateFollowUpPlanInput: CreateFollowUpPlanInput;
  CreateGoalInput: CreateGoalInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CreatePerformanceTreeInput: CreatePerformanceTreeInput;
  CreatePkActivityInput: CreatePkActivityInput;
  CreatePkSubActivityInput: CreatePkSubActivityInput;
  CreatePlanActivityInput: CreatePlanActivityInput;
  CreateProgramInput: CreateProgramInput;
  CreateRenaksiInput: CreateRenaksiInput;
  CreateRoadmapActionInput: CreateRoadmapActionInput;
  CreateRoadmapActivityInput: CreateRoadmapActivityInput;
  CreateRoadmapIndicatorInput: CreateRoadmapIndicatorInput;
  CreateRoadmapInput: CreateRoadmapInput;
  CreateStepInput: CreateStepInput;
  CreateTeamInput: CreateTeamInput;
  CreateUserInput: CreateUserInput;
  CreateUserResult: ResolverTypeWrapper<Omit<CreateUserResult, 'user'> & { user: ResolversTypes['ManagedUser'] }>;
  CreateWorkPlanInput: CreateWorkPlanInput;
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
  DeleteWorkPlanResult: ResolverTypeWrapper<DeleteWorkPlanResult>;
  Direction: Direction;
  EvaluatorScore: ResolverTypeWrapper<EvaluatorScoreView>;
  EvaluatorScoreInput: EvaluatorScoreInput;
  Evidence: ResolverTypeWrapper<Evidence>;
  EvidenceKind: EvidenceKind;
  ExtendDeadlineInput: ExtendDeadlineInput;
  Finding: ResolverTypeWrapper<FindingRow>;
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
  GradeBandInfo: ResolverTypeWrapper<GradeBandInfo>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorRow>;
  IndicatorFilter: IndicatorFilter;
  IndicatorFrequency: IndicatorFrequency;
  IndicatorScope: IndicatorScope;
  IndicatorStatus: IndicatorStatus;
  IndicatorThresholds: ResolverTypeWrapper<IndicatorThresholds>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueRow>;
  IndicatorValueChange: ResolverTypeWrapper<Omit<IndicatorValueChange, 'indicator' | 'value'> & { indicator: ResolversTypes['Indicator'], value?: Maybe<ResolversTypes['IndicatorValue']> }>;
  IndicatorValueInput: IndicatorValueInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ManagedUser: ResolverTypeWrapper<Omit<ManagedUser, 'agency'> & { agency?: Maybe<ResolversTypes['Agency']> }>;
  MemberUser: ResolverTypeWrapper<Omit<MemberUser, 'agency'> & { agency?: Maybe<ResolversTypes['Agency']> }>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MessageParam: ResolverTypeWrapper<MessageParam>;
  MoveActionResult: ResolverTypeWrapper<Omit<MoveActionResult, 'action' | 'from' | 'to'> & { action: ResolversTypes['Action'], from: ResolversTypes['Activity'], to: ResolversTypes['Activity'] }>;
  MoveBusinessProcessInput: MoveBusinessProcessInput;
  MoveCrossFunctionStepInput: MoveCrossFunctionStepInput;
  MoveInput: MoveInput;
  MoveRoadmapItemInput: MoveRoadmapItemInput;
  MoveStepResult: ResolverTypeWrapper<Omit<MoveStepResult, 'from' | 'step' | 'to'> & { from: ResolversTypes['Action'], step: ResolversTypes['Step'], to: ResolversTypes['Action'] }>;
  MoveTreeNodeInput: MoveTreeNodeInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NodeScore: ResolverTypeWrapper<NodeScore>;
  PerformanceTree: ResolverTypeWrapper<PerformanceTreeRow>;
  PeriodLock: ResolverTypeWrapper<PeriodLock>;
  PlanBaseline: ResolverTypeWrapper<PlanBaseline>;
  PlanFromRoadmapInput: PlanFromRoadmapInput;
  PlanLeftOutReason: PlanLeftOutReason;
  PlanPreview: ResolverTypeWrapper<Omit<PlanPreview, 'agency' | 'areas' | 'existing'> & { agency?: Maybe<ResolversTypes['Agency']>, areas: Array<ResolversTypes['PlanPreviewArea']>, existing?: Maybe<ResolversTypes['WorkPlan']> }>;
  PlanPreviewAction: ResolverTypeWrapper<PlanPreviewAction>;
  PlanPreviewActivity: ResolverTypeWrapper<PlanPreviewActivity>;
  PlanPreviewArea: ResolverTypeWrapper<Omit<PlanPreviewArea, 'area'> & { area?: Maybe<ResolversTypes['Area']> }>;
  PlanPreviewLeftOut: ResolverTypeWrapper<PlanPreviewLeftOut>;
  PlanSetupOptions: ResolverTypeWrapper<Omit<PlanSetupOptions, 'copySources'> & { copySources: Array<ResolversTypes['WorkPlan']> }>;
  PlanSourceRoadmap: ResolverTypeWrapper<PlanSourceRoadmap>;
  PlanValueInput: PlanValueInput;
  ProcessKind: ProcessKind;
  ProcessMap: ResolverTypeWrapper<Omit<ProcessMap, 'agency'> & { agency?: Maybe<ResolversTypes['Agency']> }>;
  Program: ResolverTypeWrapper<ProgramRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RealizationSnapshot: ResolverTypeWrapper<RealizationSnapshot>;
  RealizationSnapshotInput: RealizationSnapshotInput;
  RealizationStatus: RealizationStatus;
  RemoveRoadmapItemResult: ResolverTypeWrapper<RemoveRoadmapItemResult>;
  RenaksiAction: ResolverTypeWrapper<RenaksiActionView>;
  RenaksiIndicator: ResolverTypeWrapper<RenaksiIndicator>;
  ReportEvidence: ResolverTypeWrapper<ReportEvidence>;
  ReportEvidenceInput: ReportEvidenceInput;
  ReportRenaksiQuarterInput: ReportRenaksiQuarterInput;
  ReviewCriterionInput: ReviewCriterionInput;
  ReviewStatus: ReviewStatus;
  Roadmap: ResolverTypeWrapper<RoadmapRow>;
  RoadmapArea: ResolverTypeWrapper<Omit<RoadmapArea, 'activities' | 'area' | 'indicators'> & { activities: Array<ResolversTypes['Activity']>, area: ResolversTypes['Area'], indicators: Array<ResolversTypes['Indicator']> }>;
  RoadmapItemInput: RoadmapItemInput;
  RoadmapItemKind: RoadmapItemKind;
  RoadmapItemUsage: ResolverTypeWrapper<RoadmapItemUsage>;
  Role: Role;
  SaveAnswerInput: SaveAnswerInput;
  ScoreRule: ScoreRule;
  ScoreSheet: ResolverTypeWrapper<ScoreSheet>;
  Scorer: Scorer;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  SetAssessmentExclusionInput: SetAssessmentExclusionInput;
  SetEvaluatorScoresInput: SetEvaluatorScoresInput;
  SetIndicatorPlanInput: SetIndicatorPlanInput;
  SetIndicatorThresholdsInput: SetIndicatorThresholdsInput;
  SetPkTargetsInput: SetPkTargetsInput;
  SetRealizationInput: SetRealizationInput;
  SetupProgress: ResolverTypeWrapper<SetupProgress>;
  SetupStep: ResolverTypeWrapper<SetupStep>;
  SetupStepKey: SetupStepKey;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  StatusThresholds: ResolverTypeWrapper<StatusThresholds>;
  StatusThresholdsInput: StatusThresholdsInput;
  Step: ResolverTypeWrapper<StepRow>;
  StepCascade: ResolverTypeWrapper<Omit<StepCascade, 'action' | 'paths' | 'step'> & { action: ResolversTypes['Action'], paths: Array<ResolversTypes['TreePath']>, step?: Maybe<ResolversTypes['Step']> }>;
  StepRealization: ResolverTypeWrapper<StepRealizationRow>;
  StepSnapshot: ResolverTypeWrapper<StepSnapshot>;
  StepSnapshotInput: StepSnapshotInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Team: ResolverTypeWrapper<Omit<Team, 'area' | 'members'> & { area?: Maybe<ResolversTypes['Area']>, members: Array<ResolversTypes['TeamMember']> }>;
  TeamKind: TeamKind;
  TeamMember: ResolverTypeWrapper<Omit<TeamMember, 'user'> & { user?: Maybe<ResolversTypes['MemberUser']> }>;
  ThresholdsInput: ThresholdsInput;
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
  UpdateActionEffortInput: UpdateActionEffortInput;
  UpdateActionInput: UpdateActionInput;
  UpdateAgencyInput: UpdateAgencyInput;
  UpdateAssessmentInput: UpdateAssessmentInput;
  UpdateBusinessProcessInput: UpdateBusinessProcessInput;
  UpdateCriterionInput: UpdateCriterionInput;
  UpdateCrossFunctionStepInput: UpdateCrossFunctionStepInput;
  UpdateFindingInput: UpdateFindingInput;
  UpdateFrameworkInput: UpdateFrameworkInput;
  UpdateFrameworkNodeInput: UpdateFrameworkNodeInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateIndicatorInput: UpdateIndicatorInput;
  UpdatePkActivityInput: UpdatePkActivityInput;
  UpdatePkSubActivityInput: UpdatePkSubActivityInput;
  UpdateProgramInput: UpdateProgramInput;
  UpdateRenaksiActionInput: UpdateRenaksiActionInput;
  UpdateRoadmapActionInput: UpdateRoadmapActionInput;
  UpdateRoadmapActivityInput: UpdateRoadmapActivityInput;
  UpdateRoadmapInput: UpdateRoadmapInput;
  UpdateStepInput: UpdateStepInput;
  UpdateTeamInput: UpdateTeamInput;
  UpdateTeamMemberInput: UpdateTeamMemberInput;
  UpdateTreeNodeInput: UpdateTreeNodeInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWorkPlanInput: UpdateWorkPlanInput;
  User: ResolverTypeWrapper<UserRow>;
  UserCredential: UserCredential;
  UserSession: ResolverTypeWrapper<UserSession>;
  UserStatus: UserStatus;
  ValueKind: ValueKind;
  ValueType: ValueType;
  VariantWeight: ResolverTypeWrapper<VariantWeight>;
  VersionInput: VersionInput;
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
  ActionEffort: Omit<ActionEffort, 'agency'> & { agency?: Maybe<ResolversParentTypes['Agency']> };
  ActionReport: ActionReportRow;
  ActionSnapshot: ActionSnapshot;
  ActionSnapshotInput: ActionSnapshotInput;
  Activity: ActivityRow;
  AddActionEffortInput: AddActionEffortInput;
  AddBusinessProcessInput: AddBusinessProcessInput;
  AddCriterionInput: AddCriterionInput;
  AddCrossFunctionStepInput: AddCrossFunctionStepInput;
  AddEvidenceLinkInput: AddEvidenceLinkInput;
  AddFrameworkNodeInput: AddFrameworkNodeInput;
  AddTeamMemberInput: AddTeamMemberInput;
  AddTreeNodeInput: AddTreeNodeInput;
  Agency: AgencyRow;
  Answer: Answer;
  AnswerChange: AnswerChange;
  Area: AreaRow;
  Assessment: AssessmentRow;
  AssessmentCandidate: AssessmentCandidate;
  AssessmentExclusion: AssessmentExclusionRow;
  AssessmentIndex: AssessmentIndex;
  AssessmentIndexPart: AssessmentIndexPart;
  AssessmentMember: AssessmentMember;
  AuditEntry: AuditEntry;
  BaselineMonths: BaselineMonths;
  BaselineMonthsInput: BaselineMonthsInput;
  BaselineStep: BaselineStep;
  Boolean: Scalars['Boolean']['output'];
  BusinessProcess: BusinessProcess;
  CascadeAction: Omit<CascadeAction, 'action' | 'steps'> & { action: ResolversParentTypes['Action'], steps: Array<ResolversParentTypes['Step']> };
  CheckFinding: CheckFinding;
  CheckReport: CheckReport;
  CheckRule: CheckRule;
  CheckRuleInput: CheckRuleInput;
  CheckTarget: CheckTarget;
  ClearRealizationResult: Omit<ClearRealizationResult, 'step'> & { step: ResolversParentTypes['Step'] };
  ClonePerformanceTreeInput: ClonePerformanceTreeInput;
  ConsensusAnswer: ConsensusAnswer;
  CopyWorkPlanInput: CopyWorkPlanInput;
  CreateActionInput: CreateActionInput;
  CreateAgencyInput: CreateAgencyInput;
  CreateAssessmentInput: CreateAssessmentInput;
  CreateFindingInput: CreateFindingInput;
  CreateFollowUpPlanInput: CreateFollowUpPlanInput;
  CreateGoalInput: CreateGoalInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CreatePerformanceTreeInput: CreatePerformanceTreeInput;
  CreatePkActivityInput: CreatePkActivityInput;
  CreatePkSubActivityInput: CreatePkSubActivityInput;
  CreatePlanActivityInput: CreatePlanActivityInput;
  CreateProgramInput: CreateProgramInput;
  CreateRenaksiInput: CreateRenaksiInput;
  CreateRoadmapActionInput: CreateRoadmapActionInput;
  CreateRoadmapActivityInput: CreateRoadmapActivityInput;
  CreateRoadmapIndicatorInput: CreateRoadmapIndicatorInput;
  CreateRoadmapInput: CreateRoadmapInput;
  CreateStepInput: CreateStepInput;
  CreateTeamInput: CreateTeamInput;
  CreateUserInput: CreateUserInput;
  CreateUserResult: Omit<CreateUserResult, 'user'> & { user: ResolversParentTypes['ManagedUser'] };
  CreateWorkPlanInput: CreateWorkPlanInput;
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
  DeleteWorkPlanResult: DeleteWorkPlanResult;
  EvaluatorScore: EvaluatorScoreView;
  EvaluatorScoreInput: EvaluatorScoreInput;
  Evidence: Evidence;
  ExtendDeadlineInput: ExtendDeadlineInput;
  Finding: FindingRow;
  Float: Scalars['Float']['output'];
  FollowUpItemInput: FollowUpItemInput;
  FollowUpLink: FollowUpLink;
  FollowUpProposal: FollowUpProposal;
  Framework: FrameworkRow;
  FrameworkNode: FrameworkNode;
  Goal: GoalRow;
  Government: GovernmentRow;
  GradeBandInfo: GradeBandInfo;
  Health: Health;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorRow;
  IndicatorFilter: IndicatorFilter;
  IndicatorThresholds: IndicatorThresholds;
  IndicatorValue: IndicatorValueRow;
  IndicatorValueChange: Omit<IndicatorValueChange, 'indicator' | 'value'> & { indicator: ResolversParentTypes['Indicator'], value?: Maybe<ResolversParentTypes['IndicatorValue']> };
  IndicatorValueInput: IndicatorValueInput;
  Int: Scalars['Int']['output'];
  ManagedUser: Omit<ManagedUser, 'agency'> & { agency?: Maybe<ResolversParentTypes['Agency']> };
  MemberUser: Omit<MemberUser, 'agency'> & { agency?: Maybe<ResolversParentTypes['Agency']> };
  Membership: MembershipRow;
  MessageParam: MessageParam;
  MoveActionResult: Omit<MoveActionResult, 'action' | 'from' | 'to'> & { action: ResolversParentTypes['Action'], from: ResolversParentTypes['Activity'], to: ResolversParentTypes['Activity'] };
  MoveBusinessProcessInput: MoveBusinessProcessInput;
  MoveCrossFunctionStepInput: MoveCrossFunctionStepInput;
  MoveInput: MoveInput;
  MoveRoadmapItemInput: MoveRoadmapItemInput;
  MoveStepResult: Omit<MoveStepResult, 'from' | 'step' | 'to'> & { from: ResolversParentTypes['Action'], step: ResolversParentTypes['Step'], to: ResolversParentTypes['Action'] };
  MoveTreeNodeInput: MoveTreeNodeInput;
  Mutation: Record<PropertyKey, never>;
  NodeScore: NodeScore;
  PerformanceTree: PerformanceTreeRow;
  PeriodLock: PeriodLock;
  PlanBaseline: PlanBaseline;
  PlanFromRoadmapInput: PlanFromRoadmapInput;
  PlanPreview: Omit<PlanPreview, 'agency' | 'areas' | 'existing'> & { agency?: Maybe<ResolversParentTypes['Agency']>, areas: Array<ResolversParentTypes['PlanPreviewArea']>, existing?: Maybe<ResolversParentTypes['WorkPlan']> };
  PlanPreviewAction: PlanPreviewAction;
  PlanPreviewActivity: PlanPreviewActivity;
  PlanPreviewArea: Omit<PlanPreviewArea, 'area'> & { area?: Maybe<ResolversParentTypes['Area']> };
  PlanPreviewLeftOut: PlanPreviewLeftOut;
  PlanSetupOptions: Omit<PlanSetupOptions, 'copySources'> & { copySources: Array<ResolversParentTypes['WorkPlan']> };
  PlanSourceRoadmap: PlanSourceRoadmap;
  PlanValueInput: PlanValueInput;
  ProcessMap: Omit<ProcessMap, 'agency'> & { agency?: Maybe<ResolversParentTypes['Agency']> };
  Program: ProgramRow;
  Query: Record<PropertyKey, never>;
  RealizationSnapshot: RealizationSnapshot;
  RealizationSnapshotInput: RealizationSnapshotInput;
  RemoveRoadmapItemResult: RemoveRoadmapItemResult;
  RenaksiAction: RenaksiActionView;
  RenaksiIndicator: RenaksiIndicator;
  ReportEvidence: ReportEvidence;
  ReportEvidenceInput: ReportEvidenceInput;
  ReportRenaksiQuarterInput: ReportRenaksiQuarterInput;
  ReviewCriterionInput: ReviewCriterionInput;
  Roadmap: RoadmapRow;
  RoadmapArea: Omit<RoadmapArea, 'activities' | 'area' | 'indicators'> & { activities: Array<ResolversParentTypes['Activity']>, area: ResolversParentTypes['Area'], indicators: Array<ResolversParentTypes['Indicator']> };
  RoadmapItemInput: RoadmapItemInput;
  RoadmapItemUsage: RoadmapItemUsage;
  SaveAnswerInput: SaveAnswerInput;
  ScoreSheet: ScoreSheet;
  ServerInfo: ServerInfo;
  SetAssessmentExclusionInput: SetAssessmentExclusionInput;
  SetEvaluatorScoresInput: SetEvaluatorScoresInput;
  SetIndicatorPlanInput: SetIndicatorPlanInput;
  SetIndicatorThresholdsInput: SetIndicatorThresholdsInput;
  SetPkTargetsInput: SetPkTargetsInput;
  SetRealizationInput: SetRealizationInput;
  SetupProgress: SetupProgress;
  SetupStep: SetupStep;
  SignInResult: Omit<SignInResult, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  StatusThresholds: StatusThresholds;
  StatusThresholdsInput: StatusThresholdsInput;
  Step: StepRow;
  StepCascade: Omit<StepCascade, 'action' | 'paths' | 'step'> & { action: ResolversParentTypes['Action'], paths: Array<ResolversParentTypes['TreePath']>, step?: Maybe<ResolversParentTypes['Step']> };
  StepRealization: StepRealizationRow;
  StepSnapshot: StepSnapshot;
  StepSnapshotInput: StepSnapshotInput;
  String: Scalars['String']['output'];
  Team: Omit<Team, 'area' | 'members'> & { area?: Maybe<ResolversParentTypes['Area']>, members: Array<ResolversParentTypes['TeamMember']> };
  TeamMember: Omit<TeamMember, 'user'> & { user?: Maybe<ResolversParentTypes['MemberUser']> };
  ThresholdsInput: ThresholdsInput;
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
  UpdateActionEffortInput: UpdateActionEffortInput;
  UpdateActionInput: UpdateActionInput;
  UpdateAgencyInput: UpdateAgencyInput;
  UpdateAssessmentInput: UpdateAssessmentInput;
  UpdateBusinessProcessInput: UpdateBusinessProcessInput;
  UpdateCriterionInput: UpdateCriterionInput;
  UpdateCrossFunctionStepInput: UpdateCrossFunctionStepInput;
  UpdateFindingInput: UpdateFindingInput;
  UpdateFrameworkInput: UpdateFrameworkInput;
  UpdateFrameworkNodeInput: UpdateFrameworkNodeInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateIndicatorInput: UpdateIndicatorInput;
  UpdatePkActivityInput: UpdatePkActivityInput;
  UpdatePkSubActivityInput: UpdatePkSubActivityInput;
  UpdateProgramInput: UpdateProgramInput;
  UpdateRenaksiActionInput: UpdateRenaksiActionInput;
  UpdateRoadmapActionInput: UpdateRoadmapActionInput;
  UpdateRoadmapActivityInput: UpdateRoadmapActivityInput;
  UpdateRoadmapInput: UpdateRoadmapInput;
  UpdateStepInput: UpdateStepInput;
  UpdateTeamInput: UpdateTeamInput;
  UpdateTeamMemberInput: UpdateTeamMemberInput;
  UpdateTreeNodeInput: UpdateTreeNodeInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWorkPlanInput: UpdateWorkPlanInput;
  User: UserRow;
  UserSession: UserSession;
  VariantWeight: VariantWeight;
  VersionInput: VersionInput;
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
  budget?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  efforts?: Resolver<Array<ResolversTypes['ActionEffort']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  responsibleText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roadmapActionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['Step']>, ParentType, ContextType>;
  successCriteria?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ActionEffortResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionEffort'] = ResolversParentTypes['ActionEffort']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionReport'] = ResolversParentTypes['ActionReport']> = {
  budgetRealization?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['ReportEvidence']>, ParentType, ContextType>;
  followUp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hinderingFactors?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supportingFactors?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  roadmapActions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  roadmapId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workPlanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  workPlanTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workPlanYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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
  evaluatorScore?: Resolver<Maybe<ResolversTypes['ScoreSheet']>, ParentType, ContextType>;
  evaluatorScores?: Resolver<Array<ResolversTypes['EvaluatorScore']>, ParentType, ContextType>;
  exclusions?: Resolver<Array<ResolversTypes['AssessmentExclusion']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  followUpLinks?: Resolver<Array<ResolversTypes['FollowUpLink']>, ParentType, ContextType>;
  followUpProposal?: Resolver<Array<ResolversTypes['FollowUpProposal']>, ParentType, ContextType, RequireFields<AssessmentFollowUpProposalArgs, 'threshold'>>;
  framework?: Resolver<ResolversTypes['Framework'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['AssessmentIndex']>, ParentType, ContextType>;
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

export type AssessmentExclusionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentExclusion'] = ResolversParentTypes['AssessmentExclusion']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssessmentIndexResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentIndex'] = ResolversParentTypes['AssessmentIndex']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evaluatorTotal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['AssessmentIndexPart']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AssessmentIndexPartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentIndexPart'] = ResolversParentTypes['AssessmentIndexPart']> = {
  assessmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  assessmentTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluatorTotal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  frameworkName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxTotal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
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

export type CheckFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckFinding'] = ResolversParentTypes['CheckFinding']> = {
  messageKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['MessageParam']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['CheckTarget']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['CheckSeverity'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['CheckTarget'], ParentType, ContextType>;
};

export type CheckReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckReport'] = ResolversParentTypes['CheckReport']> = {
  disabledRules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['CheckFinding']>, ParentType, ContextType>;
  warningCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CheckRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckRule'] = ResolversParentTypes['CheckRule']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['CheckSeverity'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CheckTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckTarget'] = ResolversParentTypes['CheckTarget']> = {
  actionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  activityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  agencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  indicatorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ValueKind']>, ParentType, ContextType>;
  quarter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stepId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CheckTargetType'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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

export type CreateUserResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateUserResult'] = ResolversParentTypes['CreateUserResult']> = {
  activationToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  existingAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  initialPassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['ManagedUser'], ParentType, ContextType>;
};

export type CriterionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Criterion'] = ResolversParentTypes['Criterion']> = {
  answerType?: Resolver<ResolversTypes['AnswerType'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guidance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  multiplierId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['CriterionOption']>, ParentType, ContextType>;
  scaleMax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  scaleMin?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  scoreRule?: Resolver<ResolversTypes['ScoreRule'], ParentType, ContextType>;
  scoredBy?: Resolver<ResolversTypes['Scorer'], ParentType, ContextType>;
  scorerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type DeleteWorkPlanResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteWorkPlanResult'] = ResolversParentTypes['DeleteWorkPlanResult']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stepCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluatorScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluatorScore'] = ResolversParentTypes['EvaluatorScore']> = {
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  enteredByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type FindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assessmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  criterionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  gradeBands?: Resolver<Array<ResolversTypes['GradeBandInfo']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inUse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indexCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  national?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FrameworkNode']>, ParentType, ContextType>;
  regulation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rescale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  variantWeights?: Resolver<Array<ResolversTypes['VariantWeight']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type GoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  achievement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<GoalAchievementArgs, 'year'>>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  roadmapId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndicatorStatus'], ParentType, ContextType, RequireFields<GoalStatusArgs, 'year'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GovernmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Government'] = ResolversParentTypes['Government']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GovernmentKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GradeBandInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeBandInfo'] = ResolversParentTypes['GradeBandInfo']> = {
  above?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  accumulation?: Resolver<Maybe<ResolversTypes['Accumulation']>, ParentType, ContextType>;
  achievement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<IndicatorAchievementArgs, 'year'>>;
  agencyValues?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType, RequireFields<IndicatorAgencyValuesArgs, 'year'>>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  categoryAchievement?: Resolver<ResolversTypes['CategoryAchievement'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  drivenBy?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['IndicatorFrequency'], ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownThresholds?: Resolver<Maybe<ResolversTypes['IndicatorThresholds']>, ParentType, ContextType>;
  ownerAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  roadmapId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scaleMax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  scaleMin?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['IndicatorScope'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndicatorStatus'], ParentType, ContextType, RequireFields<IndicatorStatusArgs, 'year'>>;
  targets?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueType?: Resolver<ResolversTypes['ValueType'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearSeries?: Resolver<ResolversTypes['YearSeries'], ParentType, ContextType, RequireFields<IndicatorYearSeriesArgs, 'fromYear' | 'toYear'>>;
  yearlyValues?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type IndicatorThresholdsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorThresholds'] = ResolversParentTypes['IndicatorThresholds']> = {
  atRiskMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  onTrackMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  findings?: Resolver<Array<ResolversTypes['CheckFinding']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type ManagedUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ManagedUser'] = ResolversParentTypes['ManagedUser']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  agencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UserStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type MessageParamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageParam'] = ResolversParentTypes['MessageParam']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  activateAccount?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationActivateAccountArgs, 'password' | 'token'>>;
  addActionEffort?: Resolver<ResolversTypes['ActionEffort'], ParentType, ContextType, RequireFields<MutationAddActionEffortArgs, 'input'>>;
  addBusinessProcess?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationAddBusinessProcessArgs, 'input'>>;
  addCriterion?: Resolver<ResolversTypes['Criterion'], ParentType, ContextType, RequireFields<MutationAddCriterionArgs, 'input'>>;
  addCrossFunctionStep?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationAddCrossFunctionStepArgs, 'input'>>;
  addEvidenceLink?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationAddEvidenceLinkArgs, 'input'>>;
  addFrameworkNode?: Resolver<ResolversTypes['FrameworkNode'], ParentType, ContextType, RequireFields<MutationAddFrameworkNodeArgs, 'input'>>;
  addTeamMember?: Resolver<ResolversTypes['TeamMember'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'input'>>;
  addTreeNode?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationAddTreeNodeArgs, 'input'>>;
  approveWorkPlan?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationApproveWorkPlanArgs, 'id' | 'version'>>;
  archiveAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationArchiveAgencyArgs, 'id' | 'version'>>;
  archiveIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationArchiveIndicatorArgs, 'input'>>;
  archiveRoadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationArchiveRoadmapArgs, 'input'>>;
  changeOwnPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangeOwnPasswordArgs, 'currentPassword' | 'newPassword'>>;
  clearStepRealization?: Resolver<ResolversTypes['ClearRealizationResult'], ParentType, ContextType, RequireFields<MutationClearStepRealizationArgs, 'month' | 'stepId' | 'version'>>;
  clonePerformanceTree?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType, RequireFields<MutationClonePerformanceTreeArgs, 'input'>>;
  closePeriod?: Resolver<ResolversTypes['PeriodLock'], ParentType, ContextType, RequireFields<MutationClosePeriodArgs, 'year'>>;
  copyFramework?: Resolver<ResolversTypes['Framework'], ParentType, ContextType, RequireFields<MutationCopyFrameworkArgs, 'id'>>;
  copyWorkPlan?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationCopyWorkPlanArgs, 'input'>>;
  createAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationCreateActionArgs, 'input'>>;
  createAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationCreateAgencyArgs, 'input'>>;
  createAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationCreateAssessmentArgs, 'input'>>;
  createFinding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType, RequireFields<MutationCreateFindingArgs, 'input'>>;
  createFollowUpPlan?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationCreateFollowUpPlanArgs, 'input'>>;
  createGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationCreateGoalArgs, 'input'>>;
  createIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorArgs, 'input'>>;
  createPerformanceTree?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType, RequireFields<MutationCreatePerformanceTreeArgs, 'input'>>;
  createPkActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationCreatePkActivityArgs, 'input'>>;
  createPkSubActivity?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationCreatePkSubActivityArgs, 'input'>>;
  createPlanActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationCreatePlanActivityArgs, 'input'>>;
  createProgram?: Resolver<ResolversTypes['Program'], ParentType, ContextType, RequireFields<MutationCreateProgramArgs, 'input'>>;
  createRenaksi?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationCreateRenaksiArgs, 'input'>>;
  createRoadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationCreateRoadmapArgs, 'input'>>;
  createRoadmapAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationCreateRoadmapActionArgs, 'input'>>;
  createRoadmapActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationCreateRoadmapActivityArgs, 'input'>>;
  createRoadmapIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateRoadmapIndicatorArgs, 'input'>>;
  createStep?: Resolver<ResolversTypes['Step'], ParentType, ContextType, RequireFields<MutationCreateStepArgs, 'input'>>;
  createTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['CreateUserResult'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  createWorkPlan?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationCreateWorkPlanArgs, 'input'>>;
  createWorkPlanFromRoadmap?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationCreateWorkPlanFromRoadmapArgs, 'input'>>;
  deactivateUser?: Resolver<ResolversTypes['ManagedUser'], ParentType, ContextType, RequireFields<MutationDeactivateUserArgs, 'id' | 'version'>>;
  decideConsensus?: Resolver<ResolversTypes['ConsensusAnswer'], ParentType, ContextType, RequireFields<MutationDecideConsensusArgs, 'input'>>;
  deleteAction?: Resolver<ResolversTypes['DeleteActionResult'], ParentType, ContextType, RequireFields<MutationDeleteActionArgs, 'id' | 'version'>>;
  deleteBusinessProcess?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationDeleteBusinessProcessArgs, 'id' | 'version'>>;
  deleteCrossFunctionStep?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationDeleteCrossFunctionStepArgs, 'id' | 'version'>>;
  deletePkActivity?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationDeletePkActivityArgs, 'id' | 'version'>>;
  deletePkIndicator?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeletePkIndicatorArgs, 'id' | 'version'>>;
  deletePkSubActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationDeletePkSubActivityArgs, 'id' | 'version'>>;
  deleteProgram?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationDeleteProgramArgs, 'id' | 'version'>>;
  deleteStep?: Resolver<ResolversTypes['DeleteStepResult'], ParentType, ContextType, RequireFields<MutationDeleteStepArgs, 'id' | 'version'>>;
  deleteTreeNode?: Resolver<ResolversTypes['DeleteTreeNodeResult'], ParentType, ContextType, RequireFields<MutationDeleteTreeNodeArgs, 'id' | 'version'>>;
  deleteWorkPlan?: Resolver<ResolversTypes['DeleteWorkPlanResult'], ParentType, ContextType, RequireFields<MutationDeleteWorkPlanArgs, 'id' | 'version'>>;
  endOtherSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationEndSessionArgs, 'id'>>;
  extendAssessmentDeadline?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationExtendAssessmentDeadlineArgs, 'input'>>;
  linkTreeNodeAction?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationLinkTreeNodeActionArgs, 'input'>>;
  linkTreeNodeIndicator?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationLinkTreeNodeIndicatorArgs, 'input'>>;
  moveAction?: Resolver<ResolversTypes['MoveActionResult'], ParentType, ContextType, RequireFields<MutationMoveActionArgs, 'input'>>;
  moveAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationMoveAgencyArgs, 'id' | 'version'>>;
  moveBusinessProcess?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationMoveBusinessProcessArgs, 'input'>>;
  moveCrossFunctionStep?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationMoveCrossFunctionStepArgs, 'input'>>;
  moveRoadmapItem?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationMoveRoadmapItemArgs, 'input'>>;
  moveStep?: Resolver<ResolversTypes['MoveStepResult'], ParentType, ContextType, RequireFields<MutationMoveStepArgs, 'input'>>;
  moveTeamMember?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationMoveTeamMemberArgs, 'id' | 'offset' | 'version'>>;
  moveTreeNode?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType, RequireFields<MutationMoveTreeNodeArgs, 'input'>>;
  publishFramework?: Resolver<ResolversTypes['Framework'], ParentType, ContextType, RequireFields<MutationPublishFrameworkArgs, 'id' | 'version'>>;
  reactivateUser?: Resolver<ResolversTypes['ManagedUser'], ParentType, ContextType, RequireFields<MutationReactivateUserArgs, 'id' | 'version'>>;
  removeCriterion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveCriterionArgs, 'id'>>;
  removeEvidence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveEvidenceArgs, 'id'>>;
  removeFrameworkNode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveFrameworkNodeArgs, 'id'>>;
  removeRoadmapItem?: Resolver<ResolversTypes['RemoveRoadmapItemResult'], ParentType, ContextType, RequireFields<MutationRemoveRoadmapItemArgs, 'input'>>;
  removeTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationRemoveTeamArgs, 'id' | 'version'>>;
  removeTeamMember?: Resolver<ResolversTypes['TeamMember'], ParentType, ContextType, RequireFields<MutationRemoveTeamMemberArgs, 'id' | 'version'>>;
  reopenAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationReopenAssessmentArgs, 'id' | 'reason' | 'version'>>;
  reopenPeriod?: Resolver<ResolversTypes['PeriodLock'], ParentType, ContextType, RequireFields<MutationReopenPeriodArgs, 'id'>>;
  reportRenaksiQuarter?: Resolver<ResolversTypes['ActionReport'], ParentType, ContextType, RequireFields<MutationReportRenaksiQuarterArgs, 'input'>>;
  resetUserPassword?: Resolver<ResolversTypes['CreateUserResult'], ParentType, ContextType, RequireFields<MutationResetUserPasswordArgs, 'credential' | 'id' | 'version'>>;
  restoreAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationRestoreActionArgs, 'snapshot'>>;
  restoreAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationRestoreAgencyArgs, 'id' | 'version'>>;
  restoreStep?: Resolver<ResolversTypes['Step'], ParentType, ContextType, RequireFields<MutationRestoreStepArgs, 'snapshot'>>;
  restoreTreeNode?: Resolver<ResolversTypes['PerformanceTree'], ParentType, ContextType, RequireFields<MutationRestoreTreeNodeArgs, 'id'>>;
  reviewCriterion?: Resolver<ResolversTypes['ConsensusAnswer'], ParentType, ContextType, RequireFields<MutationReviewCriterionArgs, 'input'>>;
  saveAnswer?: Resolver<ResolversTypes['Answer'], ParentType, ContextType, RequireFields<MutationSaveAnswerArgs, 'input'>>;
  setAssessmentExclusion?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationSetAssessmentExclusionArgs, 'input'>>;
  setCheckRule?: Resolver<ResolversTypes['CheckRule'], ParentType, ContextType, RequireFields<MutationSetCheckRuleArgs, 'input'>>;
  setEvaluatorScores?: Resolver<Array<ResolversTypes['EvaluatorScore']>, ParentType, ContextType, RequireFields<MutationSetEvaluatorScoresArgs, 'input'>>;
  setIndicatorPlan?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationSetIndicatorPlanArgs, 'input'>>;
  setIndicatorThresholds?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationSetIndicatorThresholdsArgs, 'input'>>;
  setIndicatorValues?: Resolver<Array<ResolversTypes['IndicatorValueChange']>, ParentType, ContextType, RequireFields<MutationSetIndicatorValuesArgs, 'confirmWarnings' | 'inputs'>>;
  setLocale?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetLocaleArgs, 'locale'>>;
  setPkTargets?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationSetPkTargetsArgs, 'input'>>;
  setStatusThresholds?: Resolver<ResolversTypes['StatusThresholds'], ParentType, ContextType, RequireFields<MutationSetStatusThresholdsArgs, 'input'>>;
  setStepRealization?: Resolver<ResolversTypes['StepRealization'], ParentType, ContextType, RequireFields<MutationSetStepRealizationArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  transitionAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationTransitionAssessmentArgs, 'id' | 'transition' | 'version'>>;
  unlinkTreeNodeAction?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationUnlinkTreeNodeActionArgs, 'input'>>;
  unlinkTreeNodeIndicator?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationUnlinkTreeNodeIndicatorArgs, 'input'>>;
  updateAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationUpdateActionArgs, 'input'>>;
  updateActionEffort?: Resolver<ResolversTypes['ActionEffort'], ParentType, ContextType, RequireFields<MutationUpdateActionEffortArgs, 'input'>>;
  updateAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationUpdateAgencyArgs, 'input'>>;
  updateAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationUpdateAssessmentArgs, 'input'>>;
  updateBusinessProcess?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationUpdateBusinessProcessArgs, 'input'>>;
  updateCriterion?: Resolver<ResolversTypes['Criterion'], ParentType, ContextType, RequireFields<MutationUpdateCriterionArgs, 'input'>>;
  updateCrossFunctionStep?: Resolver<ResolversTypes['ProcessMap'], ParentType, ContextType, RequireFields<MutationUpdateCrossFunctionStepArgs, 'input'>>;
  updateFinding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType, RequireFields<MutationUpdateFindingArgs, 'input'>>;
  updateFramework?: Resolver<ResolversTypes['Framework'], ParentType, ContextType, RequireFields<MutationUpdateFrameworkArgs, 'input'>>;
  updateFrameworkNode?: Resolver<ResolversTypes['FrameworkNode'], ParentType, ContextType, RequireFields<MutationUpdateFrameworkNodeArgs, 'input'>>;
  updateGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationUpdateGoalArgs, 'input'>>;
  updateIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationUpdateIndicatorArgs, 'input'>>;
  updatePkActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationUpdatePkActivityArgs, 'input'>>;
  updatePkSubActivity?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationUpdatePkSubActivityArgs, 'input'>>;
  updateProgram?: Resolver<ResolversTypes['Program'], ParentType, ContextType, RequireFields<MutationUpdateProgramArgs, 'input'>>;
  updateRenaksiAction?: Resolver<ResolversTypes['RenaksiAction'], ParentType, ContextType, RequireFields<MutationUpdateRenaksiActionArgs, 'input'>>;
  updateRoadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationUpdateRoadmapArgs, 'input'>>;
  updateRoadmapAction?: Resolver<ResolversTypes['Action'], ParentType, ContextType, RequireFields<MutationUpdateRoadmapActionArgs, 'input'>>;
  updateRoadmapActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationUpdateRoadmapActivityArgs, 'input'>>;
  updateStep?: Resolver<ResolversTypes['Step'], ParentType, ContextType, RequireFields<MutationUpdateStepArgs, 'input'>>;
  updateSteps?: Resolver<Array<ResolversTypes['Step']>, ParentType, ContextType, RequireFields<MutationUpdateStepsArgs, 'inputs'>>;
  updateTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationUpdateTeamArgs, 'input'>>;
  updateTeamMember?: Resolver<ResolversTypes['TeamMember'], ParentType, ContextType, RequireFields<MutationUpdateTeamMemberArgs, 'input'>>;
  updateTreeNode?: Resolver<ResolversTypes['TreeNode'], ParentType, ContextType, RequireFields<MutationUpdateTreeNodeArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['ManagedUser'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
  updateWorkPlan?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationUpdateWorkPlanArgs, 'input'>>;
};

export type NodeScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeScore'] = ResolversParentTypes['NodeScore']> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  containsUnknownWeight?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notApplicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type PlanPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanPreview'] = ResolversParentTypes['PlanPreview']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  approvalNotCopied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['PlanPreviewArea']>, ParentType, ContextType>;
  baselinesNotCopied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  existing?: Resolver<Maybe<ResolversTypes['WorkPlan']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkPlanKind'], ParentType, ContextType>;
  leftOut?: Resolver<Array<ResolversTypes['PlanPreviewLeftOut']>, ParentType, ContextType>;
  programCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  realizationsNotCopied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stepCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanPreviewActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanPreviewAction'] = ResolversParentTypes['PlanPreviewAction']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stepCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanPreviewActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanPreviewActivity'] = ResolversParentTypes['PlanPreviewActivity']> = {
  actions?: Resolver<Array<ResolversTypes['PlanPreviewAction']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanPreviewAreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanPreviewArea'] = ResolversParentTypes['PlanPreviewArea']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activities?: Resolver<Array<ResolversTypes['PlanPreviewActivity']>, ParentType, ContextType>;
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
};

export type PlanPreviewLeftOutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanPreviewLeftOut'] = ResolversParentTypes['PlanPreviewLeftOut']> = {
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['PlanLeftOutReason'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PlanSetupOptionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanSetupOptions'] = ResolversParentTypes['PlanSetupOptions']> = {
  copySources?: Resolver<Array<ResolversTypes['WorkPlan']>, ParentType, ContextType>;
  roadmaps?: Resolver<Array<ResolversTypes['PlanSourceRoadmap']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanSourceRoadmapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanSourceRoadmap'] = ResolversParentTypes['PlanSourceRoadmap']> = {
  actionsInYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coversYear?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgenciesArgs, 'includeArchived'>>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['Assessment']>, ParentType, ContextType, RequireFields<QueryAssessmentArgs, 'id'>>;
  assessmentCandidates?: Resolver<Array<ResolversTypes['AssessmentCandidate']>, ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit'>>;
  checkRules?: Resolver<Array<ResolversTypes['CheckRule']>, ParentType, ContextType>;
  copyWorkPlanPreview?: Resolver<ResolversTypes['PlanPreview'], ParentType, ContextType, RequireFields<QueryCopyWorkPlanPreviewArgs, 'sourceId' | 'year'>>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType, Partial<QueryFindingsArgs>>;
  framework?: Resolver<Maybe<ResolversTypes['Framework']>, ParentType, ContextType, RequireFields<QueryFrameworkArgs, 'id'>>;
  frameworks?: Resolver<Array<ResolversTypes['Framework']>, ParentType, ContextType>;
  governments?: Resolver<Array<ResolversTypes['Government']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicatorCascade?: Resolver<Array<ResolversTypes['TreeCascade']>, ParentType, ContextType, RequireFields<QueryIndicatorCascadeArgs, 'indicatorId'>>;
  indicatorChecks?: Resolver<ResolversTypes['CheckReport'], ParentType, ContextType, RequireFields<QueryIndicatorChecksArgs, 'year'>>;
  indicatorHistory?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryIndicatorHistoryArgs, 'indicatorId' | 'limit'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  members?: Resolver<Array<ResolversTypes['MemberUser']>, ParentType, ContextType>;
  mySessions?: Resolver<Array<ResolversTypes['UserSession']>, ParentType, ContextType>;
  performanceTree?: Resolver<Maybe<ResolversTypes['PerformanceTree']>, ParentType, ContextType, RequireFields<QueryPerformanceTreeArgs, 'id'>>;
  performanceTrees?: Resolver<Array<ResolversTypes['PerformanceTree']>, ParentType, ContextType>;
  periodLocks?: Resolver<Array<ResolversTypes['PeriodLock']>, ParentType, ContextType, Partial<QueryPeriodLocksArgs>>;
  planFromRoadmapPreview?: Resolver<ResolversTypes['PlanPreview'], ParentType, ContextType, RequireFields<QueryPlanFromRoadmapPreviewArgs, 'roadmapId' | 'year'>>;
  planSetupOptions?: Resolver<ResolversTypes['PlanSetupOptions'], ParentType, ContextType, RequireFields<QueryPlanSetupOptionsArgs, 'year'>>;
  processMap?: Resolver<Maybe<ResolversTypes['ProcessMap']>, ParentType, ContextType, RequireFields<QueryProcessMapArgs, 'id'>>;
  processMaps?: Resolver<Array<ResolversTypes['ProcessMap']>, ParentType, ContextType>;
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType, RequireFields<QueryRoadmapArgs, 'id'>>;
  roadmapChecks?: Resolver<ResolversTypes['CheckReport'], ParentType, ContextType, RequireFields<QueryRoadmapChecksArgs, 'roadmapId'>>;
  roadmapItemUsage?: Resolver<ResolversTypes['RoadmapItemUsage'], ParentType, ContextType, RequireFields<QueryRoadmapItemUsageArgs, 'id' | 'kind'>>;
  roadmaps?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  serverInfo?: Resolver<ResolversTypes['ServerInfo'], ParentType, ContextType>;
  setupProgress?: Resolver<ResolversTypes['SetupProgress'], ParentType, ContextType, RequireFields<QuerySetupProgressArgs, 'year'>>;
  statusThresholds?: Resolver<ResolversTypes['StatusThresholds'], ParentType, ContextType>;
  stepCascade?: Resolver<Maybe<ResolversTypes['StepCascade']>, ParentType, ContextType, RequireFields<QueryStepCascadeArgs, 'stepId'>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  treeCascade?: Resolver<Maybe<ResolversTypes['TreeCascade']>, ParentType, ContextType, RequireFields<QueryTreeCascadeArgs, 'nodeId'>>;
  treeLinkOptions?: Resolver<Maybe<ResolversTypes['TreeLinkOptions']>, ParentType, ContextType, RequireFields<QueryTreeLinkOptionsArgs, 'treeId'>>;
  unfollowedFindings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType, Partial<QueryUnfollowedFindingsArgs>>;
  users?: Resolver<Array<ResolversTypes['ManagedUser']>, ParentType, ContextType, Partial<QueryUsersArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  workPlan?: Resolver<Maybe<ResolversTypes['WorkPlan']>, ParentType, ContextType, RequireFields<QueryWorkPlanArgs, 'id'>>;
  workPlanChecks?: Resolver<ResolversTypes['CheckReport'], ParentType, ContextType, RequireFields<QueryWorkPlanChecksArgs, 'workPlanId'>>;
  workPlans?: Resolver<Array<ResolversTypes['WorkPlan']>, ParentType, ContextType, Partial<QueryWorkPlansArgs>>;
};

export type RealizationSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealizationSnapshot'] = ResolversParentTypes['RealizationSnapshot']> = {
  evidenceLinks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RealizationStatus'], ParentType, ContextType>;
};

export type RemoveRoadmapItemResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveRoadmapItemResult'] = ResolversParentTypes['RemoveRoadmapItemResult']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['RoadmapItemUsage'], ParentType, ContextType>;
};

export type RenaksiActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RenaksiAction'] = ResolversParentTypes['RenaksiAction']> = {
  budget?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementers?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['RenaksiIndicator']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  realizations?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['ActionReport']>, ParentType, ContextType>;
  responsibleAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  targets?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  totalTarget?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RenaksiIndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RenaksiIndicator'] = ResolversParentTypes['RenaksiIndicator']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportEvidence'] = ResolversParentTypes['ReportEvidence']> = {
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoadmapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Roadmap'] = ResolversParentTypes['Roadmap']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['RoadmapArea']>, ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regulationRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RoadmapAreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoadmapArea'] = ResolversParentTypes['RoadmapArea']> = {
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
};

export type RoadmapItemUsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoadmapItemUsage'] = ResolversParentTypes['RoadmapItemUsage']> = {
  archive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  efforts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  treeLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  values?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type ServerInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServerInfo'] = ResolversParentTypes['ServerInfo']> = {
  demoAccounts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SetupProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetupProgress'] = ResolversParentTypes['SetupProgress']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['SetupStep']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SetupStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetupStep'] = ResolversParentTypes['SetupStep']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['SetupStepKey'], ParentType, ContextType>;
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

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = {
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TeamKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['TeamMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeamMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamMember'] = ResolversParentTypes['TeamMember']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teamId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  teamRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['MemberUser']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type UserSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserSession'] = ResolversParentTypes['UserSession']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VariantWeightResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VariantWeight'] = ResolversParentTypes['VariantWeight']> = {
  kind?: Resolver<ResolversTypes['GovernmentKind'], ParentType, ContextType>;
  notApplicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  government?: Resolver<Maybe<ResolversTypes['Government']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['PlanBaseline']>, ParentType, ContextType>;
  canApprove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  copiedFromId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkPlanKind'], ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  regulationRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  renaksiActions?: Resolver<Array<ResolversTypes['RenaksiAction']>, ParentType, ContextType>;
  roadmapId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
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
  ActionEffort?: ActionEffortResolvers<ContextType>;
  ActionReport?: ActionReportResolvers<ContextType>;
  ActionSnapshot?: ActionSnapshotResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  Answer?: AnswerResolvers<ContextType>;
  AnswerChange?: AnswerChangeResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  AssessmentCandidate?: AssessmentCandidateResolvers<ContextType>;
  AssessmentExclusion?: AssessmentExclusionResolvers<ContextType>;
  AssessmentIndex?: AssessmentIndexResolvers<ContextType>;
  AssessmentIndexPart?: AssessmentIndexPartResolvers<ContextType>;
  AssessmentMember?: AssessmentMemberResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  BaselineMonths?: BaselineMonthsResolvers<ContextType>;
  BaselineStep?: BaselineStepResolvers<ContextType>;
  BusinessProcess?: BusinessProcessResolvers<ContextType>;
  CascadeAction?: CascadeActionResolvers<ContextType>;
  CheckFinding?: CheckFindingResolvers<ContextType>;
  CheckReport?: CheckReportResolvers<ContextType>;
  CheckRule?: CheckRuleResolvers<ContextType>;
  CheckTarget?: CheckTargetResolvers<ContextType>;
  ClearRealizationResult?: ClearRealizationResultResolvers<ContextType>;
  ConsensusAnswer?: ConsensusAnswerResolvers<ContextType>;
  CreateUserResult?: CreateUserResultResolvers<ContextType>;
  Criterion?: CriterionResolvers<ContextType>;
  CriterionOption?: CriterionOptionResolvers<ContextType>;
  CrossFunctionStep?: CrossFunctionStepResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeleteActionResult?: DeleteActionResultResolvers<ContextType>;
  DeleteStepResult?: DeleteStepResultResolvers<ContextType>;
  DeleteTreeNodeResult?: DeleteTreeNodeResultResolvers<ContextType>;
  DeleteWorkPlanResult?: DeleteWorkPlanResultResolvers<ContextType>;
  EvaluatorScore?: EvaluatorScoreResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FollowUpLink?: FollowUpLinkResolvers<ContextType>;
  FollowUpProposal?: FollowUpProposalResolvers<ContextType>;
  Framework?: FrameworkResolvers<ContextType>;
  FrameworkNode?: FrameworkNodeResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  Government?: GovernmentResolvers<ContextType>;
  GradeBandInfo?: GradeBandInfoResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorThresholds?: IndicatorThresholdsResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  IndicatorValueChange?: IndicatorValueChangeResolvers<ContextType>;
  ManagedUser?: ManagedUserResolvers<ContextType>;
  MemberUser?: MemberUserResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MessageParam?: MessageParamResolvers<ContextType>;
  MoveActionResult?: MoveActionResultResolvers<ContextType>;
  MoveStepResult?: MoveStepResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NodeScore?: NodeScoreResolvers<ContextType>;
  PerformanceTree?: PerformanceTreeResolvers<ContextType>;
  PeriodLock?: PeriodLockResolvers<ContextType>;
  PlanBaseline?: PlanBaselineResolvers<ContextType>;
  PlanPreview?: PlanPreviewResolvers<ContextType>;
  PlanPreviewAction?: PlanPreviewActionResolvers<ContextType>;
  PlanPreviewActivity?: PlanPreviewActivityResolvers<ContextType>;
  PlanPreviewArea?: PlanPreviewAreaResolvers<ContextType>;
  PlanPreviewLeftOut?: PlanPreviewLeftOutResolvers<ContextType>;
  PlanSetupOptions?: PlanSetupOptionsResolvers<ContextType>;
  PlanSourceRoadmap?: PlanSourceRoadmapResolvers<ContextType>;
  ProcessMap?: ProcessMapResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RealizationSnapshot?: RealizationSnapshotResolvers<ContextType>;
  RemoveRoadmapItemResult?: RemoveRoadmapItemResultResolvers<ContextType>;
  RenaksiAction?: RenaksiActionResolvers<ContextType>;
  RenaksiIndicator?: RenaksiIndicatorResolvers<ContextType>;
  ReportEvidence?: ReportEvidenceResolvers<ContextType>;
  Roadmap?: RoadmapResolvers<ContextType>;
  RoadmapArea?: RoadmapAreaResolvers<ContextType>;
  RoadmapItemUsage?: RoadmapItemUsageResolvers<ContextType>;
  ScoreSheet?: ScoreSheetResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  SetupProgress?: SetupProgressResolvers<ContextType>;
  SetupStep?: SetupStepResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  StatusThresholds?: StatusThresholdsResolvers<ContextType>;
  Step?: StepResolvers<ContextType>;
  StepCascade?: StepCascadeResolvers<ContextType>;
  StepRealization?: StepRealizationResolvers<ContextType>;
  StepSnapshot?: StepSnapshotResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  TreeActionOption?: TreeActionOptionResolvers<ContextType>;
  TreeCascade?: TreeCascadeResolvers<ContextType>;
  TreeCheck?: TreeCheckResolvers<ContextType>;
  TreeLinkOptions?: TreeLinkOptionsResolvers<ContextType>;
  TreeNode?: TreeNodeResolvers<ContextType>;
  TreeNodeActionLink?: TreeNodeActionLinkResolvers<ContextType>;
  TreeNodeIndicatorLink?: TreeNodeIndicatorLinkResolvers<ContextType>;
  TreePath?: TreePathResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserSession?: UserSessionResolvers<ContextType>;
  VariantWeight?: VariantWeightResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WeightIssue?: WeightIssueResolvers<ContextType>;
  WorkPlan?: WorkPlanResolvers<ContextType>;
  YearSeries?: YearSeriesResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
