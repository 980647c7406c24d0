/**
 * One catalog of the messages the API sends (errors and validation), keyed by
 * stable message keys. The API puts `messageKey` and `params` into every
 * error's extensions and renders the English text as its `message`; the web
 * registers the catalog in i18next and translates the key like any other text.
 *
 * Each feature keeps its messages in its own file here; add the file to
 * MESSAGES below.
 */
import { VALIDATION_MESSAGES } from '../validation.ts';
import { COMMON_MESSAGES, ENTITY_NAMES } from './common.ts';
import { ORGANIZATION_MESSAGES } from './organization.ts';
import { ROADMAP_MESSAGES } from './roadmap.ts';
import { PLANS_MESSAGES } from './plans.ts';
import { ASSESSMENT_MESSAGES } from './assessment.ts';
import { TREE_MESSAGES } from './tree.ts';
import { INDICATORS_MESSAGES } from './indicators.ts';
import { EDITING_MESSAGES } from './editing.ts';
import { SETUP_MESSAGES } from './setup.ts';
import { CHECKS_MESSAGES } from './checks.ts';
import type { LocalizedMessage, MessageParams } from './types.ts';

export * from './common.ts';
export type * from './types.ts';

export const MESSAGES = {
  ...VALIDATION_MESSAGES,
  ...COMMON_MESSAGES,
  ...ORGANIZATION_MESSAGES,
  ...ROADMAP_MESSAGES,
  ...PLANS_MESSAGES,
  ...ASSESSMENT_MESSAGES,
  ...TREE_MESSAGES,
  ...INDICATORS_MESSAGES,
  ...EDITING_MESSAGES,
  ...SETUP_MESSAGES,
  ...CHECKS_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(MESSAGES, key);
}

/** Fills {{name}} placeholders; entity names given as `what` are translated too. */
export function interpolate(text: string, params: MessageParams | undefined, lang: 'id' | 'en'): string {
  if (!params) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (name === 'what' && typeof value === 'string' && Object.hasOwn(ENTITY_NAMES, value)) {
      return (ENTITY_NAMES as Record<string, LocalizedMessage>)[value]![lang];
    }
    return String(value);
  });
}

/** The text of a message key in a language, with its parameters filled in. */
export function renderMessage(key: MessageKey, params?: MessageParams, lang: 'id' | 'en' = 'en'): string {
  return interpolate(MESSAGES[key][lang], params, lang);
}

/**
 * The catalog for one language as nested objects ('error.notFound' →
 * { error: { notFound } }), ready to merge into i18next resources, plus the
 * entity names under `entity`.
 */
export function messageResources(lang: 'id' | 'en'): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [key, text] of Object.entries(MESSAGES) as [string, LocalizedMessage][]) {
    const dot = key.indexOf('.');
    const group = key.slice(0, dot);
    const name = key.slice(dot + 1);
    const bucket = out[group] ?? {};
    bucket[name] = text[lang];
    out[group] = bucket;
  }
  out.entity = Object.fromEntries(Object.entries(ENTITY_NAMES).map(([k, v]) => [k, v[lang]]));
  return out;
}
