// The administrator's list of check rules: each with its severity and state;
// switching one off asks for the reason (kept with the setting and in the
// audit log), switching it back on is one click.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckRulesQuery as CheckRulesData } from '../../../gql/graphql.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { CheckRulesQuery, SetCheckRuleMutation } from '../graphql/checks.ts';
import '../checks.css';

type Rule = CheckRulesData['checkRules'][number];

export function CheckRulesView() {
  const { t } = useTranslation();
  const result = useQuery(CheckRulesQuery);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  return (
    <div className="check-rules">
      <p className="muted">{t('checks.rules.intro')}</p>
      <p role="status" className={status?.error ? 'form-error' : 'muted'}>
        {status?.text ?? ''}
      </p>
      <QueryState result={result}>
        {(data) => (
          <table className="table">
            <caption className="sr-only">{t('checks.rules.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('checks.rules.rule')}</th>
                <th scope="col">{t('checks.rules.severity')}</th>
                <th scope="col">{t('checks.rules.state')}</th>
                <th scope="col">{t('checks.rules.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {data.checkRules.map((rule) => (
                <RuleRow key={rule.id} rule={rule} onStatus={setStatus} />
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </div>
  );
}

function RuleRow({ rule, onStatus }: { rule: Rule; onStatus: (s: { text: string; error?: boolean }) => void }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [mutate, { loading }] = useMutation(SetCheckRuleMutation);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const name = i18n.t(`checkRules.${rule.id}`, { ns: 'api', defaultValue: rule.id });
  const submit = async (enabled: boolean) => {
    try {
      await mutate({ variables: { input: { ruleId: rule.id, enabled, reason: enabled ? null : reason, version: rule.version } } });
      setAsking(false);
      setReason('');
      onStatus({ text: t('checks.rules.saved', { rule: name, state: enabled ? t('checks.rules.on') : t('checks.rules.off') }) });
    } catch (error) {
      onStatus({ text: errorMessage(error), error: true });
    }
  };
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{t(`checks.severity.${rule.severity}`)}</td>
      <td>
        {rule.enabled ? t('checks.rules.on') : <strong>{t('checks.rules.off')}</strong>}{' '}
        {rule.enabled && !asking ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => setAsking(true)}
            aria-label={`${t('checks.rules.switchOff')}: ${name}`}
          >
            {t('checks.rules.switchOff')}
          </button>
        ) : null}
        {!rule.enabled ? (
          <button
            type="button"
            className="button button-small"
            disabled={loading}
            onClick={() => void submit(true)}
            aria-label={`${t('checks.rules.switchOn')}: ${name}`}
          >
            {t('checks.rules.switchOn')}
          </button>
        ) : null}
      </td>
      <td>
        {asking ? (
          <form
            className="button-row"
            onSubmit={(e) => {
              e.preventDefault();
              void submit(false);
            }}
          >
            <label htmlFor={reasonId} className="sr-only">
              {t('checks.rules.reasonLabel', { rule: name })}
            </label>
            <input
              id={reasonId}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              placeholder={t('checks.rules.reason')}
            />
            <button type="submit" className="button button-primary button-small" disabled={loading || !reason.trim()}>
              {t('checks.rules.switchOff')}
            </button>
          </form>
        ) : (
          (rule.reason ?? '')
        )}
      </td>
    </tr>
  );
}
