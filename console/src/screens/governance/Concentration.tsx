import { api } from '../../api.ts';
import { useT, type MessageKey } from '../../i18n.ts';
import { empty, nearThird, percent, type ConcentrationReport, type Share } from '../../trade/governance.ts';
import { ErrorNote, Loading } from '../../ui.tsx';
import { useGovernance } from './model.ts';

/**
 * Concentration of power (governance/concentration): each member's vote and share of validator
 * power, the same by jurisdiction and control group, and the module's warnings (near a third of
 * the power, a blocking minority).
 */
export function Concentration() {
  const t = useT();
  const report = useGovernance(() => api.queryJson<ConcentrationReport>('governance', 'concentration', empty()).then((r) => r.answer), []);
  return (
    <section aria-labelledby="concentration-title" data-testid="concentration">
      <h2 id="concentration-title">{t('govConcentration')}</h2>
      <p>{t('govConcentrationIntro')}</p>
      {report.value ? (
        <Report report={report.value} />
      ) : report.error ? (
        <ErrorNote error={report.error} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function Report({ report }: { report: ConcentrationReport }) {
  const t = useT();
  return (
    <>
      <p data-testid="concentration-total">{t('govTotal', { electorate: report.electorate, power: report.totalPower })}</p>
      <h3 id="concentration-warnings">{t('govWarnings')}</h3>
      {report.warnings.length === 0 ? (
        <p data-testid="concentration-warnings">{t('govNoWarnings')}</p>
      ) : (
        <ul aria-labelledby="concentration-warnings" data-testid="concentration-warnings">
          {report.warnings.map((w, i) => (
            <li key={i} class="bad">
              {t(w.kind === 'validator-power' ? 'govWarnPower' : 'govWarnBlocking', {
                subject: w.subject,
                kind: t(`govKind_${w.subjectKind}` as MessageKey),
                amount: w.amount,
                total: w.total,
                limit: w.limit,
                type: w.proposalType,
              })}
            </li>
          ))}
        </ul>
      )}
      <Shares caption={t('govConcentrationCaption')} subject={t('govColMember')} shares={report.members} total={report.totalPower} testId="concentration-members" />
      <Shares caption={t('govJurisdictionsCaption')} subject={t('govColJurisdiction')} shares={report.jurisdictions} total={report.totalPower} />
      {report.groups.length > 0 && <Shares caption={t('govGroupsCaption')} subject={t('govColGroup')} shares={report.groups} total={report.totalPower} />}
    </>
  );
}

function Shares({ caption, subject, shares, total, testId }: { caption: string; subject: string; shares: Share[]; total: string; testId?: string }) {
  const t = useT();
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{subject}</th>
          <th scope="col" class="num">
            {t('govColVotes')}
          </th>
          <th scope="col" class="num">
            {t('govColPower')}
          </th>
          <th scope="col" class="num">
            {t('govColShare')}
          </th>
          <th scope="col">{t('govColNote')}</th>
        </tr>
      </thead>
      <tbody>
        {shares.map((s) => (
          <tr key={s.subject} data-subject={s.subject}>
            <th scope="row">{s.subject}</th>
            <td class="num">{s.votes}</td>
            <td class="num">{s.validatorPower}</td>
            <td class="num">{percent(s.validatorPower, total)}</td>
            <td class={nearThird(s.validatorPower, total) ? 'bad' : undefined}>{nearThird(s.validatorPower, total) ? t('govNearThird') : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
