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
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
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

/** Kegiatan. */
export type Activity = {
  __typename?: 'Activity';
  actions: Array<Action>;
  area?: Maybe<Area>;
  budget?: Maybe<Scalars['Decimal']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  indicator?: Maybe<Indicator>;
  name: Scalars['String']['output'];
  programId?: Maybe<Scalars['ID']['output']>;
  sortOrder: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
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

/** Area Perubahan. */
export type Area = {
  __typename?: 'Area';
  id: Scalars['ID']['output'];
  kind: AreaKind;
  name: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
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
  deadline?: Maybe<Scalars['DateTime']['output']>;
  framework: Framework;
  id: Scalars['ID']['output'];
  status: AssessmentStatus;
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type AssessmentStatus =
  | 'CONSENSUS'
  | 'DRAFT'
  | 'FINAL'
  | 'IN_ASSESSMENT'
  | 'IN_REVIEW'
  | 'NEEDS_REVISION';

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

export type Direction =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type Framework = {
  __typename?: 'Framework';
  code: Scalars['String']['output'];
  criterionCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  regulation?: Maybe<Scalars['String']['output']>;
  revision: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

/** Sasaran. */
export type Goal = {
  __typename?: 'Goal';
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  indicators: Array<Indicator>;
  statement: Scalars['String']['output'];
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
  area?: Maybe<Area>;
  categories: Array<Scalars['String']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  direction: Direction;
  goal?: Maybe<Goal>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  ownerAgency?: Maybe<Agency>;
  scaleMax?: Maybe<Scalars['Decimal']['output']>;
  scaleMin?: Maybe<Scalars['Decimal']['output']>;
  scope: IndicatorScope;
  source?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  valueType: ValueType;
  values: Array<IndicatorValue>;
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

/** A value for a year (quarter 0, month 0), a quarter (1–4) or a month (1–12). */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  categoryValue?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ValueKind;
  month: Scalars['Int']['output'];
  notAvailable: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  numericValue?: Maybe<Scalars['Decimal']['output']>;
  quarter: Scalars['Int']['output'];
  source?: Maybe<Scalars['String']['output']>;
  textValue?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /** Remembers the user's language (id or en). */
  setLocale: User;
  /** Signs in with email and password; sets the session cookie. */
  signIn: SignInResult;
  /** Ends the session (clears the cookie). True even when already signed out. */
  signOut: Scalars['Boolean']['output'];
  updateAgency: Agency;
};


export type MutationSetLocaleArgs = {
  locale: Scalars['String']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUpdateAgencyArgs = {
  input: UpdateAgencyInput;
};

export type PerformanceTree = {
  __typename?: 'PerformanceTree';
  agency?: Maybe<Agency>;
  id: Scalars['ID']['output'];
  /** All nodes, parents before children, siblings in order. */
  nodes: Array<TreeNode>;
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
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
  assessments: Array<Assessment>;
  /** Recent changes in the selected government, newest first. */
  auditLog: Array<AuditEntry>;
  /** Assessment frameworks (national ones and the government's own). */
  frameworks: Array<Framework>;
  /** The governments the signed-in user belongs to. */
  governments: Array<Government>;
  /** The API's version and database kind; no sign-in needed. */
  health: Health;
  indicator?: Maybe<Indicator>;
  indicators: Array<Indicator>;
  /** Users of the selected government with their roles. */
  members: Array<MemberUser>;
  performanceTree?: Maybe<PerformanceTree>;
  performanceTrees: Array<PerformanceTree>;
  roadmap?: Maybe<Roadmap>;
  roadmaps: Array<Roadmap>;
  /** Null when not signed in. */
  viewer?: Maybe<Viewer>;
  workPlan?: Maybe<WorkPlan>;
  /** The selected government's plans, newest year first; with agencyId, only that agency's plans (and its sub-units'). */
  workPlans: Array<WorkPlan>;
};


export type QueryAuditLogArgs = {
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorsArgs = {
  filter?: InputMaybe<IndicatorFilter>;
};


export type QueryPerformanceTreeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoadmapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkPlansArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<WorkPlanKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type RealizationStatus =
  | 'DONE'
  | 'NOT_DONE'
  | 'PARTIAL';

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

export type SignInResult = {
  __typename?: 'SignInResult';
  viewer: Viewer;
};

/** Rencana Kerja / Tahapan Kerja, scheduled on months 1–12. */
export type Step = {
  __typename?: 'Step';
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

export type StepRealization = {
  __typename?: 'StepRealization';
  evidenceLinks: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  status: RealizationStatus;
  version: Scalars['Int']['output'];
};

export type TreeNode = {
  __typename?: 'TreeNode';
  id: Scalars['ID']['output'];
  indicatorText?: Maybe<Scalars['String']['output']>;
  kind: TreeNodeKind;
  level: Scalars['Int']['output'];
  observedProblem?: Maybe<Scalars['String']['output']>;
  observedSource?: Maybe<Scalars['String']['output']>;
  observedValue?: Maybe<Scalars['Decimal']['output']>;
  observedYear?: Maybe<Scalars['Int']['output']>;
  parentId?: Maybe<Scalars['ID']['output']>;
  rationale?: Maybe<Scalars['String']['output']>;
  responsibleOfficial?: Maybe<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  statement: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TreeNodeKind =
  | 'ACTIVITY'
  | 'PROGRAM'
  | 'RESULT'
  | 'SUB_ACTIVITY';

export type UpdateAgencyInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is refused with CONFLICT. */
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

export type WorkPlan = {
  __typename?: 'WorkPlan';
  /** Area → indicator → activity → action → step, in document order. */
  activities: Array<Activity>;
  agency?: Maybe<Agency>;
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
  Activity: ResolverTypeWrapper<ActivityRow>;
  Agency: ResolverTypeWrapper<AgencyRow>;
  AgencyKind: AgencyKind;
  Area: ResolverTypeWrapper<AreaRow>;
  AreaKind: AreaKind;
  Assessment: ResolverTypeWrapper<AssessmentRow>;
  AssessmentStatus: AssessmentStatus;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Direction: Direction;
  Framework: ResolverTypeWrapper<FrameworkRow>;
  Goal: ResolverTypeWrapper<GoalRow>;
  Government: ResolverTypeWrapper<GovernmentRow>;
  GovernmentKind: GovernmentKind;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorRow>;
  IndicatorFilter: IndicatorFilter;
  IndicatorScope: IndicatorScope;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MemberUser: ResolverTypeWrapper<Omit<MemberUser, 'agency'> & { agency?: Maybe<ResolversTypes['Agency']> }>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PerformanceTree: ResolverTypeWrapper<PerformanceTreeRow>;
  Program: ResolverTypeWrapper<ProgramRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RealizationStatus: RealizationStatus;
  Roadmap: ResolverTypeWrapper<RoadmapRow>;
  Role: Role;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  Step: ResolverTypeWrapper<StepRow>;
  StepRealization: ResolverTypeWrapper<StepRealizationRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TreeNode: ResolverTypeWrapper<TreeNodeRow>;
  TreeNodeKind: TreeNodeKind;
  UpdateAgencyInput: UpdateAgencyInput;
  User: ResolverTypeWrapper<UserRow>;
  ValueKind: ValueKind;
  ValueType: ValueType;
  Viewer: ResolverTypeWrapper<Omit<Viewer, 'agency' | 'government' | 'memberships' | 'user'> & { agency?: Maybe<ResolversTypes['Agency']>, government?: Maybe<ResolversTypes['Government']>, memberships: Array<ResolversTypes['Membership']>, user: ResolversTypes['User'] }>;
  WorkPlan: ResolverTypeWrapper<WorkPlanRow>;
  WorkPlanKind: WorkPlanKind;
  WorkPlanStatus: WorkPlanStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Action: ActionRow;
  Activity: ActivityRow;
  Agency: AgencyRow;
  Area: AreaRow;
  Assessment: AssessmentRow;
  AuditEntry: AuditEntry;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Framework: FrameworkRow;
  Goal: GoalRow;
  Government: GovernmentRow;
  Health: Health;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorRow;
  IndicatorFilter: IndicatorFilter;
  IndicatorValue: IndicatorValueRow;
  Int: Scalars['Int']['output'];
  MemberUser: Omit<MemberUser, 'agency'> & { agency?: Maybe<ResolversParentTypes['Agency']> };
  Membership: MembershipRow;
  Mutation: Record<PropertyKey, never>;
  PerformanceTree: PerformanceTreeRow;
  Program: ProgramRow;
  Query: Record<PropertyKey, never>;
  Roadmap: RoadmapRow;
  SignInResult: Omit<SignInResult, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  Step: StepRow;
  StepRealization: StepRealizationRow;
  String: Scalars['String']['output'];
  TreeNode: TreeNodeRow;
  UpdateAgencyInput: UpdateAgencyInput;
  User: UserRow;
  Viewer: Omit<Viewer, 'agency' | 'government' | 'memberships' | 'user'> & { agency?: Maybe<ResolversParentTypes['Agency']>, government?: Maybe<ResolversParentTypes['Government']>, memberships: Array<ResolversParentTypes['Membership']>, user: ResolversParentTypes['User'] };
  WorkPlan: WorkPlanRow;
};

export type AuthDirectiveArgs = {
  roles?: Maybe<Array<Role>>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = Context, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Action'] = ResolversParentTypes['Action']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  actions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AreaKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['Framework'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssessmentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type FrameworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Framework'] = ResolversParentTypes['Framework']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criterionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regulation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  scaleMax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  scaleMin?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['IndicatorScope'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueType?: Resolver<ResolversTypes['ValueType'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type IndicatorValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  categoryValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ValueKind'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numericValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  setLocale?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetLocaleArgs, 'locale'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updateAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationUpdateAgencyArgs, 'input'>>;
};

export type PerformanceTreeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformanceTree'] = ResolversParentTypes['PerformanceTree']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TreeNode']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit'>>;
  frameworks?: Resolver<Array<ResolversTypes['Framework']>, ParentType, ContextType>;
  governments?: Resolver<Array<ResolversTypes['Government']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  members?: Resolver<Array<ResolversTypes['MemberUser']>, ParentType, ContextType>;
  performanceTree?: Resolver<Maybe<ResolversTypes['PerformanceTree']>, ParentType, ContextType, RequireFields<QueryPerformanceTreeArgs, 'id'>>;
  performanceTrees?: Resolver<Array<ResolversTypes['PerformanceTree']>, ParentType, ContextType>;
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType, RequireFields<QueryRoadmapArgs, 'id'>>;
  roadmaps?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  workPlan?: Resolver<Maybe<ResolversTypes['WorkPlan']>, ParentType, ContextType, RequireFields<QueryWorkPlanArgs, 'id'>>;
  workPlans?: Resolver<Array<ResolversTypes['WorkPlan']>, ParentType, ContextType, Partial<QueryWorkPlansArgs>>;
};

export type RoadmapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Roadmap'] = ResolversParentTypes['Roadmap']> = {
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regulationRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SignInResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = {
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type StepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Step'] = ResolversParentTypes['Step']> = {
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

export type StepRealizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StepRealization'] = ResolversParentTypes['StepRealization']> = {
  evidenceLinks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RealizationStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TreeNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TreeNode'] = ResolversParentTypes['TreeNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type WorkPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkPlan'] = ResolversParentTypes['WorkPlan']> = {
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = Context> = {
  Action?: ActionResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Framework?: FrameworkResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  Government?: GovernmentResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  MemberUser?: MemberUserResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PerformanceTree?: PerformanceTreeResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Roadmap?: RoadmapResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  Step?: StepResolvers<ContextType>;
  StepRealization?: StepRealizationResolvers<ContextType>;
  TreeNode?: TreeNodeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WorkPlan?: WorkPlanResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
