// @rb/reference: national reference data (the 8 areas of change, the national
// PMPRB assessment frameworks) and tiny accessors. Production code and the
// demo both read it; the demo package holds only the demo governments.
import { frameworks } from './frameworks.ts';
import { FRAMEWORKS_2023 } from './frameworks-2023.ts';
import type { NationalFramework } from './types.ts';

export { AREAS } from './areas.ts';
export { frameworkMeta, frameworkRows } from './rows.ts';
export type * from './types.ts';

/** The national assessment frameworks, seeded in every database (idempotently). */
export const NATIONAL_FRAMEWORKS: readonly NationalFramework[] = [...frameworks, ...FRAMEWORKS_2023];
