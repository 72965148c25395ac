import { useEffect, useState } from 'preact/hooks';
import { api, type Block, type Peer, type Validator } from '../api.ts';
import { fromHex } from '../chain/hex.ts';
import { useT } from '../i18n.ts';
import { accountTarget, decodeMember } from '../trade/identity.ts';
import { ErrorNote, Hex } from '../ui.tsx';
import { connected } from './peers.ts';

interface Row extends Validator {
  /** The operating member's id (identity/member), when the operator is a member. */
  member?: string;
}

/** The validator set in state, with the members operating them; reloaded when the set changes. */
async function loadValidators(): Promise<Row[]> {
  const { validators } = await api.validators();
  return Promise.all(
    validators.map(async (v) => {
      const member = await api
        .query('identity', 'member', accountTarget(fromHex(v.operator)))
        .then((r) => decodeMember(r.response).id)
        .catch(() => undefined);
      return { ...v, member };
    }),
  );
}

/**
 * The validators as a table: member, consensus key, voting power, whether this node is connected to
 * it (it is `self`, this node's key, or among `peers`; '—' until the peers are known), and whether
 * its precommit is in the commit certificate this node holds for `latest` (any quorum certifies a
 * block, so a validator missing there may still have voted).
 */
export function Validators({ latest, self, peers }: { latest?: Block; self?: string; peers?: Peer[] }) {
  const t = useT();
  const [rows, setRows] = useState<Row[]>();
  const [error, setError] = useState<unknown>();
  const setHash = latest?.validatorSetHash;
  useEffect(() => {
    if (setHash === undefined) return;
    loadValidators().then(
      (r) => (setRows(r), setError(undefined)),
      (e) => setError(e),
    );
  }, [setHash]);
  const signers = latest?.certificate?.signers;
  return (
    <>
      <h2 id="validators-title">{t('validatorsTitle')}</h2>
      {error !== undefined && <ErrorNote error={error} />}
      {rows && (
        <table class="validators" data-testid="validators">
          <caption>{t('validatorsCaption', { count: rows.length, height: latest?.height ?? '—' })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('nodeId')}</th>
              <th scope="col">{t('validatorKey')}</th>
              <th scope="col">{t('validatorPower')}</th>
              <th scope="col">{t('validatorConnected')}</th>
              <th scope="col">{t('validatorSigned')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => (
              <tr key={v.key} data-testid="validator-row">
                <th scope="row">{v.member ?? <Hex value={v.operator} short />}</th>
                <td>
                  <Hex value={v.key} short />
                </td>
                <td>{v.power}</td>
                <td data-testid="validator-connected">
                  {v.key === self ? t('connectedSelf') : peers && self !== undefined ? (connected(v.key, self, peers) ? t('yes') : t('no')) : '—'}
                </td>
                <td data-testid="validator-signed">{signers ? (signers.includes(v.key) ? t('yes') : t('no')) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{t('validatorsNote', { signatures: latest?.certificate?.signatures ?? '—' })}</p>
    </>
  );
}
