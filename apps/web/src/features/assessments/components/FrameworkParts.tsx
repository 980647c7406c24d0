// Adding and removing parts of a draft framework: sub-items (indicators) under
// an area, criteria under a sub-item, and removing either (a sub-item with the
// criteria under it, after a confirmation that says how many).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useFrameworkParts } from '../hooks/useAssessmentRules.ts';

const TYPES = ['YES_NO', 'ABC', 'ABCD', 'ABCDE', 'PERCENTAGE', 'SCALE'] as const;
type NewType = (typeof TYPES)[number];

export function AddSubItem({ parentId, parentName }: { parentId: string; parentName: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const parts = useFrameworkParts();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [weight, setWeight] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button
        type="button"
        className="link-button fw-add"
        aria-label={t('assessments.parts.addSubItemTo', { name: parentName })}
        onClick={() => setOpen(true)}
      >
        + {t('assessments.parts.addSubItem')}
      </button>
    );
  }
  return (
    <form
      className="form fw-part-form"
      aria-label={t('assessments.parts.addSubItemTo', { name: parentName })}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          await parts.addSubItem({
            parentId,
            name: name.trim(),
            code: code.trim() || null,
            weight: weight.trim() ? weight.trim().replace(',', '.') : null,
          });
          setOpen(false);
          setName('');
          setCode('');
          setWeight('');
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('assessments.parts.subItemName')}</label>
        <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} required />
      </div>
      <div className="field-inline">
        <label htmlFor={`${id}-code`}>{t('assessments.columns.code')}</label>
        <input id={`${id}-code`} type="text" className="input-narrow" value={code} onChange={(e) => setCode(e.target.value)} />
        <label htmlFor={`${id}-weight`}>{t('assessments.weight')}</label>
        <input
          id={`${id}-weight`}
          type="text"
          inputMode="decimal"
          className="input-narrow"
          aria-describedby={`${id}-weight-hint`}
          value={weight}
          onChange={(e) => setWeight(e.target.value)}
        />
        <span id={`${id}-weight-hint`} className="lke-hint">
          {t('assessments.parts.weightHint')}
        </span>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={parts.busy}>
          {t('assessments.parts.add')}
        </button>
        <button type="button" className="button button-small" onClick={() => setOpen(false)}>
          {t('assessments.cancel')}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

export function AddCriterion({ nodeId, nodeName }: { nodeId: string; nodeName: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const parts = useFrameworkParts();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [code, setCode] = useState('');
  const [type, setType] = useState<NewType>('YES_NO');
  const [scaleMin, setScaleMin] = useState('0');
  const [scaleMax, setScaleMax] = useState('100');
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button
        type="button"
        className="link-button fw-add"
        aria-label={t('assessments.parts.addCriterionTo', { name: nodeName })}
        onClick={() => setOpen(true)}
      >
        + {t('assessments.parts.addCriterion')}
      </button>
    );
  }
  return (
    <form
      className="form fw-part-form"
      aria-label={t('assessments.parts.addCriterionTo', { name: nodeName })}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          await parts.addCriterion({
            nodeId,
            criterion: {
              text: text.trim(),
              code: code.trim() || null,
              answerType: type,
              ...(type === 'SCALE' ? { scaleMin: scaleMin.trim().replace(',', '.'), scaleMax: scaleMax.trim().replace(',', '.') } : {}),
            },
          });
          setOpen(false);
          setText('');
          setCode('');
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('assessments.framework.criterionText')}</label>
        <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} required />
      </div>
      <div className="field-inline">
        <label htmlFor={`${id}-code`}>{t('assessments.columns.code')}</label>
        <input id={`${id}-code`} type="text" className="input-narrow" value={code} onChange={(e) => setCode(e.target.value)} />
        <label htmlFor={`${id}-type`}>{t('assessments.parts.answerType')}</label>
        <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as NewType)}>
          {TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`assessments.answerType.${x}`)}
            </option>
          ))}
        </select>
        {type === 'SCALE' ? (
          <>
            <label htmlFor={`${id}-min`}>{t('assessments.parts.scaleMin')}</label>
            <input
              id={`${id}-min`}
              className="input-narrow"
              inputMode="decimal"
              value={scaleMin}
              onChange={(e) => setScaleMin(e.target.value)}
            />
            <label htmlFor={`${id}-max`}>{t('assessments.parts.scaleMax')}</label>
            <input
              id={`${id}-max`}
              className="input-narrow"
              inputMode="decimal"
              value={scaleMax}
              onChange={(e) => setScaleMax(e.target.value)}
            />
          </>
        ) : null}
      </div>
      <p className="lke-hint">{t('assessments.parts.optionsHint')}</p>
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={parts.busy}>
          {t('assessments.parts.add')}
        </button>
        <button type="button" className="button button-small" onClick={() => setOpen(false)}>
          {t('assessments.cancel')}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** A remove button that asks once more, saying what goes with it. */
export function RemovePart({ kind, id, name, criteria }: { kind: 'node' | 'criterion'; id: string; name: string; criteria?: number }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const parts = useFrameworkParts();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const short = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  if (!confirming) {
    return (
      <button
        type="button"
        className="link-button fw-remove"
        aria-label={t('assessments.parts.removeOf', { name: short })}
        onClick={() => setConfirming(true)}
      >
        {t('assessments.parts.remove')}
      </button>
    );
  }
  return (
    <fieldset className="fw-confirm">
      <legend className="sr-only">{t('assessments.parts.removeOf', { name: short })}</legend>
      <span>
        {kind === 'node'
          ? t('assessments.parts.confirmNode', { name: short, count: criteria ?? 0 })
          : t('assessments.parts.confirmCriterion', { name: short })}
      </span>{' '}
      <button
        type="button"
        className="button button-small button-danger"
        disabled={parts.busy}
        onClick={async () => {
          setError(null);
          try {
            await (kind === 'node' ? parts.removeNode(id) : parts.removeCriterion(id));
          } catch (err) {
            setError(errorMessage(err));
          }
        }}
      >
        {t('assessments.parts.confirmRemove')}
      </button>{' '}
      <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
        {t('assessments.cancel')}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
