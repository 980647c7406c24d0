import type { AssessmentDetailQuery } from '../../../gql/graphql.ts';

export type AssessmentData = NonNullable<AssessmentDetailQuery['assessment']>;
export type EvidenceItem = AssessmentData['teamEvidence'][number];
export type TeamAnswer = AssessmentData['answers'][number];
export type ConsensusItem = AssessmentData['consensus'][number];
