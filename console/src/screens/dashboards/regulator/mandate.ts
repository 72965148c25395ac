import { api } from '../../../api.ts';
import { fromHex, toHex } from '../../../chain/hex.ts';
import type { Session } from '../../../session.ts';
import { accountTarget, decodeAccountRecord, decodeMember, type Member } from '../../../trade/identity.ts';
import { jurisdictionRequest } from '../../../trade/regulator.ts';

export interface MandateJurisdiction {
  code: string;
  /** 'own': the regulator's own country; 'granted': governance gave it (confidential/mandate). */
  source: 'own' | 'granted';
}

export interface MandateMember extends Member {
  account: string;
  suspended: boolean;
  frozen?: boolean;
}

export interface Mandate {
  jurisdictions: MandateJurisdiction[];
  members: MandateMember[];
}

/**
 * What a regulator's mandate covers, from public queries only: every member of the roster
 * (governance/roster, identity/member), the countries they are in, and for each country whether
 * confidential/regulators lists this account (its own country, or a grant). Customers of banks are
 * not members and are not listed.
 */
export async function loadMandate(session: Session): Promise<Mandate> {
  const me = toHex(session.accountId);
  const roster = await api.queryJson<{ members: { account: string; suspended: boolean }[] }>('governance', 'roster');
  const members: MandateMember[] = await Promise.all(
    roster.answer.members.map(async (m) => {
      const target = accountTarget(fromHex(m.account));
      const [member, record] = await Promise.all([
        api.query('identity', 'member', target).then((r) => decodeMember(r.response)),
        api.query('identity', 'account', target).then((r) => decodeAccountRecord(r.response)).catch(() => undefined),
      ]);
      return { ...member, account: m.account, suspended: m.suspended, frozen: record?.frozen };
    }),
  );
  const own = session.member?.jurisdiction;
  const countries = [...new Set(members.map((m) => m.jurisdiction).concat(own ? [own] : []))].sort();
  const jurisdictions: MandateJurisdiction[] = [];
  for (const code of countries) {
    const r = await api.queryJson<{ all: string[]; granted: string[] }>('confidential', 'regulators', jurisdictionRequest(code));
    if (r.answer.all.includes(me)) {
      jurisdictions.push({ code, source: r.answer.granted.includes(me) ? 'granted' : 'own' });
    }
  }
  const covered = new Set(jurisdictions.map((j) => j.code));
  return { jurisdictions, members: members.filter((m) => covered.has(m.jurisdiction)) };
}
