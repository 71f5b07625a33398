// Before any timing: the hub and PostGraphile must return the same rows to the same token (run.sh stops on exit 1).
//
//   node check.mjs --peer URL --hub URL [--hub URL ...] --police TOKEN --social TOKEN [--emergency TOKEN] [--queries "a b c d"]
//
// For a, b and c it sends each server its own document (queries/<q>.hub.graphql, queries/<q>.peer.graphql) and compares the
// page row by row in page order — ids, times, names — and each row's nested list (children, invitations, plans) as a set.
// It also compares, per token, the number of strategy discussions and of children each server lets the caller see in all
// (the whole visible set, not only the first page), checks d answers, and that the peer refuses a request without a token
// or with a forged one. Prints what it compared; exit 1 at any difference.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: o } = parseArgs({
  options: {
    peer: { type: 'string' },
    hub: { type: 'string', multiple: true },
    police: { type: 'string' },
    social: { type: 'string' },
    emergency: { type: 'string' },
    queries: { type: 'string', default: 'a b c d' },
  },
});
const here = dirname(fileURLToPath(import.meta.url));
const document = (name) => readFileSync(join(here, 'queries', name), 'utf8');
const tokens = { a: o.police, b: o.social, c: o.social, d: o.police };

async function post(url, token, query) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json().catch(() => null) };
}
async function data(url, token, query) {
  const { status, body } = await post(url, token, query);
  if (status !== 200 || !body?.data || body.errors) throw new Error(`${url}: HTTP ${status} ${JSON.stringify(body).slice(0, 400)}`);
  return body.data;
}

// The hub's ids are global ids (base64 of "Type:uuid"); PostGraphile's rowId is the uuid.
const uuid = (id) => (/^[0-9a-f-]{36}$/i.test(id) ? id : Buffer.from(id, 'base64').toString('utf8').split(':').at(-1)).toLowerCase();
const instant = (value) => new Date(value).toISOString();
const modelName = (value) => value.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase()); // SOCIAL_CARE -> SocialCare
const set = (rows) => rows.map((row) => JSON.stringify(row)).sort();

const hubMeeting = (m) => ({
  id: uuid(m.id),
  heldAt: instant(m.heldAt),
  children: set(m.children.map((c) => [uuid(c.id), c.firstName, c.lastName])),
  ...(m.invitations ? { invitations: set(m.invitations.map((i) => [modelName(i.agency), modelName(i.status)])) } : {}),
});
const peerMeeting = (m) => ({
  id: m.rowId,
  heldAt: instant(m.heldAt),
  children: set(m.meetingChildrenByMeetingId.nodes.map(({ personByChildId: c }) => (c ? [c.rowId, c.givenName, c.familyName] : ['hidden child']))),
  ...(m.meetingInvitationsByMeetingId ? { invitations: set(m.meetingInvitationsByMeetingId.nodes.map((i) => [i.agency, i.status])) } : {}),
});
const shapes = {
  a: { hub: (d) => d.strategyMeetings.nodes.map(hubMeeting), peer: (d) => d.allMeetings.nodes.map(peerMeeting) },
  b: { hub: (d) => d.strategyMeetings.nodes.map(hubMeeting), peer: (d) => d.allMeetings.nodes.map(peerMeeting) },
  c: {
    hub: (d) => d.children.nodes.map((c) => ({ id: uuid(c.id), names: [c.firstName, c.lastName], plans: set(c.plans.map((p) => [modelName(p.kind), p.start])) })),
    peer: (d) => d.allPeople.nodes.map((c) => ({ id: c.rowId, names: [c.givenName, c.familyName], plans: set(c.plansByChildId.nodes.map((p) => [p.kind, p.startDate])) })),
  },
};
const nested = (rows) => rows.reduce((n, r) => n + (r.children?.length ?? 0) + (r.invitations?.length ?? 0) + (r.plans?.length ?? 0), 0);

let failures = 0;
const fail = (message) => {
  failures++;
  console.log(`DIFFERENT ${message}`);
};
const queries = o.queries.split(/\s+/).filter(Boolean);
for (const q of queries.filter((x) => shapes[x])) {
  const peer = shapes[q].peer(await data(o.peer, tokens[q], document(`${q}.peer.graphql`)));
  if (peer.length === 0) fail(`${q}: the peer returned no rows (a comparison of two empty pages proves nothing)`);
  for (const hubUrl of o.hub) {
    const hub = shapes[q].hub(await data(hubUrl, tokens[q], document(`${q}.hub.graphql`)));
    const at = hub.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(peer[i]));
    if (hub.length === peer.length && at < 0)
      console.log(`same    ${q}: ${hubUrl} and the peer: ${hub.length} rows, ${nested(hub)} nested rows, first ${hub[0]?.id}, last ${hub.at(-1)?.id}`);
    else {
      const i = at < 0 ? Math.min(hub.length, peer.length) : at;
      fail(`${q}: ${hubUrl} ${hub.length} rows, the peer ${peer.length}; first difference at row ${i}:\n  hub:  ${JSON.stringify(hub[i])}\n  peer: ${JSON.stringify(peer[i])}`);
    }
  }
}

// The whole visible sets, counted, for each token.
for (const [name, token] of [['police', o.police], ['social care', o.social]]) {
  const peer = await data(o.peer, token, '{ allMeetings(condition: { kind: "StrategyDiscussion" }) { totalCount } allPeople { totalCount } allPlans { totalCount } }');
  for (const hubUrl of o.hub) {
    const hub = await data(hubUrl, token, '{ strategyMeetings { totalCount } children { totalCount } }');
    const same = hub.strategyMeetings.totalCount === peer.allMeetings.totalCount && hub.children.totalCount === peer.allPeople.totalCount;
    const line = `${name}: ${hubUrl} sees ${hub.strategyMeetings.totalCount} strategy discussions and ${hub.children.totalCount} children, ` +
      `the peer ${peer.allMeetings.totalCount} and ${peer.allPeople.totalCount} (and ${peer.allPlans.totalCount} plans)`;
    if (same) console.log(`same    ${line}`);
    else fail(line);
  }
}

// Route 4, which the synthetic world leaves idle (no police grant is unexpired today): a police officer (--emergency, a
// person's token with its own subject; the measured police token is a system's, so nothing measured changes) asks each hub
// for emergency access to a child of the social care page it could not see, and then the hubs and the peer must agree again.
if (o.emergency) {
  const page = (await data(o.hub[0], o.social, document('c.hub.graphql'))).children.nodes;
  let hidden = null;
  for (const c of page) {
    if ((await data(o.hub[0], o.emergency, `{ child(id: ${JSON.stringify(c.id)}) { id } }`)).child === null) {
      hidden = c;
      break;
    }
  }
  if (!hidden) fail('emergency: every child of the social care page is already visible to police; no child to ask for');
  else {
    const count = '{ children { totalCount } }';
    for (const hubUrl of o.hub) {
      const before = (await data(hubUrl, o.emergency, count)).children.totalCount;
      const asked = await data(hubUrl, o.emergency,
        `mutation { requestEmergencyAccess(input: { childId: ${JSON.stringify(hidden.id)}, reason: "Peer benchmark: checking the emergency route" }) { errors { code message } } }`);
      const after = (await data(hubUrl, o.emergency, count)).children.totalCount;
      if (asked.requestEmergencyAccess.errors.length || after !== before + 1)
        fail(`emergency: ${hubUrl} granted ${JSON.stringify(asked.requestEmergencyAccess.errors)}, children ${before} -> ${after}`);
    }
    const peer = (await data(o.peer, o.emergency, '{ allPeople { totalCount } allPlans { totalCount } }'));
    const child = (await data(o.peer, o.emergency, `{ allPeople(condition: { rowId: ${JSON.stringify(uuid(hidden.id))} }) { totalCount } }`)).allPeople.totalCount;
    for (const hubUrl of o.hub) {
      const hub = (await data(hubUrl, o.emergency, count)).children.totalCount;
      const line = `police officer with an emergency grant: ${hubUrl} sees ${hub} children, the peer ${peer.allPeople.totalCount} ` +
        `(the granted child ${child ? 'among them' : 'NOT among them'}; ${peer.allPlans.totalCount} plans)`;
      if (hub === peer.allPeople.totalCount && child === 1) console.log(`same    ${line}`);
      else fail(line);
    }
  }
}

if (queries.includes('d')) {
  for (const hubUrl of o.hub) {
    const me = await data(hubUrl, o.police, document('d.hub.graphql'));
    if (me.me?.agency !== 'POLICE') fail(`d: ${hubUrl} answered ${JSON.stringify(me)}`);
  }
  const peer = await data(o.peer, o.police, document('d.peer.graphql'));
  if (peer.__typename !== 'Query') fail(`d: the peer answered ${JSON.stringify(peer)}`);
  else console.log('same    d: both answer');
}

// The peer's gate: no token, or a forged one, is refused before PostgreSQL.
const forged = o.police.slice(0, -4) + (o.police.endsWith('AAAA') ? 'BBBB' : 'AAAA');
for (const [what, token] of [['no token', undefined], ['a forged token', forged]]) {
  const { status } = await post(o.peer, token, '{ allPeople { totalCount } }');
  if (status === 401) console.log(`refused ${what}: the peer answers 401`);
  else fail(`${what}: the peer answered HTTP ${status}`);
}

console.log(failures ? `check: ${failures} difference(s)` : 'check: the hub and the peer return the same rows');
process.exit(failures ? 1 : 0);
