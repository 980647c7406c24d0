// The definition of an indicator (name, unit, value type with its scale or
// ordered categories, direction), used for road-map indicators (with
// baseline and yearly targets) and for indicators outside the road map (with
// owner agency, frequency and own thresholds). Values are typed the
// Indonesian way; the API reads them and names the field it refuses.
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CategoryAchievement, Direction, IndicatorFrequency, IndicatorScope, ValueType } from '../../../gql/graphql.ts';
import { apiErrorInfo } from '../../../ui/errors.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { WarningsNotice } from '../../checks/components/WarningsNotice.tsx';
import { type Finding, warningsToConfirm } from '../../checks/utils/findings.ts';
import { splitCategories } from '../utils/values.ts';
import { Dialog } from './Dialog.tsx';

export const VALUE_TYPES: ValueType[] = ['NUMBER', 'PERCENTAGE', 'SCORE', 'LEVEL', 'CATEGORY', 'TEXT'];
const DIRECTIONS: Direction[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];
const FREQUENCIES: IndicatorFrequency[] = ['YEARLY', 'QUARTERLY', 'MONTHLY'];
const CATEGORY_RULES: CategoryAchievement[] = ['MET_OR_NOT', 'RANK_SHARE'];

export interface IndicatorFormValues {
  code: string;
  name: string;
  unit: string;
  valueType: ValueType;
  scaleMin: string;
  scaleMax: string;
  categories: string;
  categoryAchievement: CategoryAchievement;
  direction: Direction;
  baselineText: string;
  baselineYear: string;
  baselineSource: string;
  targets: Record<string, string>;
  scope: string;
  ownerAgencyId: string;
  frequency: string;
  onTrackMin: string;
  atRiskMin: string;
}

export interface IndicatorDefinition {
  code: string | null;
  name: string;
  unit: string | null;
  valueType: ValueType;
  scaleMin: string | null;
  scaleMax: string | null;
  categories: string[];
  /** CATEGORY: how a category becomes an achievement (met / not met by default). */
  categoryAchievement: CategoryAchievement;
  direction: Direction;
}

export interface RoadmapPlan {
  baseline: { year: number; text: string; source: string | null } | null;
  targets: { year: number; text: string }[];
  /** The user saw the plan checks' warnings on these values and keeps them. */
  confirmWarnings: boolean;
}

export interface OutsideFields {
  scope: IndicatorScope;
  ownerAgencyId: string | null;
  frequency: IndicatorFrequency;
  thresholds: { onTrackMin: number; atRiskMin: number } | null;
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

export function IndicatorDialog({
  title,
  subtitle,
  initial,
  years,
  withPlan,
  outside,
  agencies,
  onSubmit,
  onClose,
}: {
  title: string;
  subtitle?: string;
  initial?: Partial<IndicatorFormValues>;
  /** Road map: the years to offer targets for (and the default baseline year before the first). */
  years?: readonly number[];
  withPlan?: boolean;
  /** Outside the road map: scope, owner agency, frequency, thresholds. */
  outside?: { scopes: IndicatorScope[]; scopeLabel: (s: IndicatorScope) => string };
  agencies?: readonly { id: string; name: string; shortName?: string | null }[];
  onSubmit: (def: IndicatorDefinition, plan: RoadmapPlan, extra: OutsideFields) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [serverError, setServerError] = useState<{ message: string; field?: string } | null>(null);
  const first = years?.[0] ?? new Date().getFullYear();
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<IndicatorFormValues>({
    defaultValues: {
      code: '',
      name: '',
      unit: '',
      valueType: 'NUMBER',
      scaleMin: '',
      scaleMax: '',
      categories: '',
      categoryAchievement: 'MET_OR_NOT',
      direction: 'HIGHER_IS_BETTER',
      baselineText: '',
      baselineYear: String(first - 1),
      baselineSource: '',
      targets: Object.fromEntries((years ?? []).map((y) => [String(y), ''])),
      scope: outside?.scopes[0] ?? '',
      ownerAgencyId: '',
      frequency: 'YEARLY',
      onTrackMin: '',
      atRiskMin: '',
      ...initial,
    },
  });
  const valueType = watch('valueType');
  // The plan checks' warnings on the baseline and targets, kept only when the user confirms.
  const [warnings, setWarnings] = useState<Finding[] | null>(null);
  const confirmNext = useRef(false);
  const submit = handleSubmit(async (v) => {
    setServerError(null);
    setWarnings(null);
    const confirmWarnings = confirmNext.current;
    confirmNext.current = false;
    const sentTargets = (years ?? [])
      .filter((y) => (v.targets[String(y)] ?? '').trim() !== '')
      .map((y) => ({ year: y, text: v.targets[String(y)] ?? '' }));
    const def: IndicatorDefinition = {
      code: blank(v.code),
      name: v.name.trim(),
      unit: blank(v.unit),
      valueType: v.valueType,
      scaleMin: v.valueType === 'SCORE' || v.valueType === 'LEVEL' ? blank(v.scaleMin) : null,
      scaleMax: v.valueType === 'SCORE' || v.valueType === 'LEVEL' ? blank(v.scaleMax) : null,
      categories: v.valueType === 'CATEGORY' ? splitCategories(v.categories) : [],
      categoryAchievement: v.valueType === 'CATEGORY' ? v.categoryAchievement : 'MET_OR_NOT',
      direction: v.direction,
    };
    const plan: RoadmapPlan = {
      baseline: v.baselineText.trim() ? { year: Number(v.baselineYear), text: v.baselineText, source: blank(v.baselineSource) } : null,
      targets: sentTargets,
      confirmWarnings,
    };
    const on = v.onTrackMin.trim();
    const at = v.atRiskMin.trim();
    const num = (s: string) => Number(s.replace(',', '.'));
    const extra: OutsideFields = {
      scope: (v.scope || 'OTHER') as IndicatorScope,
      ownerAgencyId: v.ownerAgencyId || null,
      frequency: v.frequency as IndicatorFrequency,
      thresholds: on && at ? { onTrackMin: num(on), atRiskMin: num(at) } : null,
    };
    try {
      await onSubmit(def, plan, extra);
    } catch (error) {
      const toConfirm = warningsToConfirm(error);
      if (toConfirm) {
        setWarnings(toConfirm);
        return;
      }
      const info = apiErrorInfo(error);
      let field = info.field;
      const m = field ? /^targets\.(\d+)\.(text|year)$/.exec(field) : null;
      if (m) field = `targets.${sentTargets[Number(m[1])]?.year}`;
      if (field === 'baseline.text') field = 'baselineText';
      if (field === 'baseline.year') field = 'baselineYear';
      setServerError({ message: errorMessage(error), ...(field ? { field } : {}) });
    }
  });
  const invalid = (name: string) => (serverError?.field === name ? true : undefined);
  const describedBy = (name: string) => (serverError?.field === name ? 'indicator-form-error' : undefined);

  return (
    <Dialog title={title} onClose={onClose} wide>
      {subtitle ? <p className="muted">{subtitle}</p> : null}
      <form className="roadmap-form" noValidate onSubmit={(e) => void submit(e)}>
        {serverError ? (
          <p id="indicator-form-error" className="form-error" role="alert">
            {serverError.message}
          </p>
        ) : null}
        <div className="form-row">
          <div className="field field-narrow">
            <label htmlFor="ind-code">{t('roadmaps.ind.code')}</label>
            <input id="ind-code" type="text" {...register('code')} />
          </div>
          <div className="field field-grow">
            <label htmlFor="ind-name">{t('roadmaps.ind.name')}</label>
            <input
              id="ind-name"
              type="text"
              aria-invalid={errors.name || invalid('name') ? true : undefined}
              aria-describedby={errors.name ? 'ind-name-error' : describedBy('name')}
              {...register('name', { validate: (v) => v.trim() !== '' })}
            />
            {errors.name ? (
              <span id="ind-name-error" className="field-error">
                {t('roadmaps.required')}
              </span>
            ) : null}
          </div>
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor="ind-unit">{t('roadmaps.ind.unit')}</label>
            <input id="ind-unit" type="text" placeholder={t('roadmaps.ind.unitHint')} {...register('unit')} />
          </div>
          <div className="field">
            <label htmlFor="ind-type">{t('roadmaps.ind.valueType')}</label>
            <select id="ind-type" className="select" {...register('valueType')}>
              {VALUE_TYPES.map((v) => (
                <option key={v} value={v}>
                  {t(`roadmaps.valueType.${v}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ind-direction">{t('roadmaps.ind.direction')}</label>
            <select id="ind-direction" className="select" {...register('direction')}>
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`roadmaps.direction.${d}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {valueType === 'SCORE' || valueType === 'LEVEL' ? (
          <div className="form-row">
            <div className="field">
              <label htmlFor="ind-min">{t('roadmaps.ind.scaleMin')}</label>
              <input
                id="ind-min"
                type="text"
                inputMode="decimal"
                aria-invalid={invalid('scaleMin')}
                aria-describedby={describedBy('scaleMin')}
                {...register('scaleMin')}
              />
            </div>
            <div className="field">
              <label htmlFor="ind-max">{t('roadmaps.ind.scaleMax')}</label>
              <input
                id="ind-max"
                type="text"
                inputMode="decimal"
                aria-invalid={invalid('scaleMax')}
                aria-describedby={describedBy('scaleMax')}
                {...register('scaleMax')}
              />
            </div>
          </div>
        ) : null}
        {valueType === 'CATEGORY' ? (
          <div className="field">
            <label htmlFor="ind-categories">{t('roadmaps.ind.categories')}</label>
            <input
              id="ind-categories"
              type="text"
              placeholder={t('roadmaps.ind.categoriesHint')}
              aria-invalid={invalid('categories')}
              aria-describedby={describedBy('categories')}
              {...register('categories')}
            />
          </div>
        ) : null}
        {valueType === 'CATEGORY' ? (
          <div className="field">
            <label htmlFor="ind-category-rule">{t('roadmaps.ind.categoryAchievement')}</label>
            <select
              id="ind-category-rule"
              className="select"
              aria-describedby="ind-category-rule-hint"
              aria-invalid={invalid('categoryAchievement')}
              {...register('categoryAchievement')}
            >
              {CATEGORY_RULES.map((r) => (
                <option key={r} value={r}>
                  {t(`roadmaps.categoryAchievement.${r}`)}
                </option>
              ))}
            </select>
            <span id="ind-category-rule-hint" className="muted">
              {t(`roadmaps.categoryAchievementHint.${watch('categoryAchievement')}`)}
            </span>
          </div>
        ) : null}
        {outside ? (
          <>
            <div className="form-row">
              <div className="field">
                <label htmlFor="ind-scope">{t('roadmaps.ind.scope')}</label>
                <select id="ind-scope" className="select" {...register('scope')}>
                  {outside.scopes.map((s) => (
                    <option key={s} value={s}>
                      {outside.scopeLabel(s)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="ind-owner">{t('roadmaps.ind.owner')}</label>
                <select id="ind-owner" className="select" aria-invalid={invalid('ownerAgencyId')} {...register('ownerAgencyId')}>
                  <option value="">{t('roadmaps.noAgency')}</option>
                  {(agencies ?? []).map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="ind-frequency">{t('roadmaps.ind.frequency')}</label>
                <select id="ind-frequency" className="select" {...register('frequency')}>
                  {FREQUENCIES.map((f) => (
                    <option key={f} value={f}>
                      {t(`roadmaps.frequency.${f}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <fieldset>
              <legend>{t('roadmaps.ind.thresholds')}</legend>
              <p className="muted">{t('roadmaps.ind.thresholdsHint')}</p>
              <div className="form-row">
                <div className="field">
                  <label htmlFor="ind-ontrack">{t('roadmaps.ind.onTrackMin')}</label>
                  <input id="ind-ontrack" type="text" inputMode="decimal" {...register('onTrackMin')} />
                </div>
                <div className="field">
                  <label htmlFor="ind-atrisk">{t('roadmaps.ind.atRiskMin')}</label>
                  <input
                    id="ind-atrisk"
                    type="text"
                    inputMode="decimal"
                    aria-invalid={invalid('thresholds.atRiskMin')}
                    {...register('atRiskMin')}
                  />
                </div>
              </div>
            </fieldset>
          </>
        ) : null}
        {withPlan && years ? (
          <fieldset>
            <legend>{t('roadmaps.ind.baseline')}</legend>
            <div className="form-row">
              <div className="field">
                <label htmlFor="ind-baseline">{t('roadmaps.ind.baseline')}</label>
                <input
                  id="ind-baseline"
                  type="text"
                  inputMode="decimal"
                  placeholder={t('roadmaps.ind.baselineHint')}
                  aria-invalid={invalid('baselineText')}
                  aria-describedby={describedBy('baselineText')}
                  {...register('baselineText')}
                />
              </div>
              <div className="field field-narrow">
                <label htmlFor="ind-baseline-year">{t('roadmaps.ind.baselineYear')}</label>
                <input id="ind-baseline-year" type="number" aria-invalid={invalid('baselineYear')} {...register('baselineYear')} />
              </div>
              <div className="field field-grow">
                <label htmlFor="ind-baseline-source">{t('roadmaps.ind.baselineSource')}</label>
                <input id="ind-baseline-source" type="text" {...register('baselineSource')} />
              </div>
            </div>
          </fieldset>
        ) : null}
        {withPlan && years ? (
          <fieldset>
            <legend>{t('roadmaps.ind.targets')}</legend>
            <div className="form-row">
              {years.map((y) => (
                <div className="field field-narrow" key={y}>
                  <label htmlFor={`ind-target-${y}`}>{t('roadmaps.col.target', { year: y })}</label>
                  <input
                    id={`ind-target-${y}`}
                    type="text"
                    inputMode="decimal"
                    aria-invalid={invalid(`targets.${y}`)}
                    aria-describedby={describedBy(`targets.${y}`)}
                    {...register(`targets.${y}` as `targets.${string}`)}
                  />
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        <div className="button-row">
          {warnings ? (
            <WarningsNotice
              findings={warnings}
              busy={isSubmitting}
              onKeep={() => {
                confirmNext.current = true;
                void submit();
              }}
            />
          ) : null}
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('roadmaps.saving') : t('roadmaps.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('roadmaps.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
