// HTTP load against a running hub: one autocannon run per journey query, each with its agency's token.
// Usage: node load.mjs <tokens.json> [--duration 10] [--connections 8] [--only name,name]
// tokens.json: { "url": "...", "tokens": { "police": "...", ... }, "nhs": "...", "seconds": n } written by run.sh.
// Each query is sent once first and must answer without an error (a wrong query is not a benchmark); then it is loaded.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const setup = JSON.parse(readFileSync(args[0], 'utf8'));
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i > 0 ? args[i + 1] : fallback;
};
const duration = Number(option('duration', '10'));
const connections = Number(option('connections', '8'));
const only = option('only', '')?.split(',').filter(Boolean) ?? [];
// With --pid (the hub's process id) each row also gives the hub's CPU time (user + sys) per request of the measured run,
// which a shared machine disturbs far less than throughput.
const pid = option('pid', '');
const cpuMs = () => {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
};

// The same page for social care and for police: the difference is the sharing policy's cost.
const cpChildrenPage = `{ children(first: 20, where: { plans: { some: { kind: { eq: CHILD_PROTECTION } } } }, order: [{ lastName: ASC }]) {
  totalCount nodes { firstName lastName dateOfBirth nhsNumber address { postcode } plans { kind start end category } } } }`;

const scenarios = [
  {
    name: 'me (no child data: auth + engine + JSON)', token: 'police',
    query: '{ me { agency localAuthorities } }',
  },
  {
    name: 'police: strategy meetings, 2 councils, nested', token: 'police',
    query: `{ strategyMeetings(first: 20, where: { heldAt: { gte: "2025-10-01T00:00:00Z" } }, order: [{ heldAt: DESC }]) {
      totalCount nodes { heldAt localAuthority { code } children { firstName lastName } invitations { agency status }
      decisions { startSection47 criminalInvestigation } actions(where: { ownerAgency: { eq: POLICE } }) { description dueDate completedOn } } } }`,
  },
  {
    name: 'health: protectionStatus(nhsNumber:) (CP-IS)', token: 'health',
    query: `query($n: String!) { protectionStatus(nhsNumber: $n) { nhsNumber childProtectionPlan { start end } lookedAfter { start end }
      prebirthPlan { start } responsibleAuthority { name officeHoursPhone outOfHoursPhone } } }`,
    variables: { n: setup.nhs },
  },
  {
    name: 'health: visiting caseload page', token: 'health',
    query: '{ healthVisitingCaseload(first: 50, order: [{ dateOfBirth: DESC }]) { totalCount nodes { firstName lastName dateOfBirth nhsNumber hasSocialWorker openPlanKinds } } }',
  },
  {
    name: 'education: pupils with a social worker', token: 'education',
    query: '{ pupilsWithSocialWorker(first: 50) { totalCount nodes { firstName lastName upn openPlanKinds socialCareHub { name phone } } } }',
  },
  {
    name: 'housing: children (linked households only)', token: 'housing',
    query: '{ children(first: 20) { totalCount nodes { firstName lastName hasSocialWorker socialCareHub { name phone } } } }',
  },
  {
    name: 'social care: CP children page, plans and address', token: 'socialCare',
    query: cpChildrenPage,
  },
  {
    name: 'social care: police as the same page (policy cost)', token: 'police',
    query: cpChildrenPage,
  },
  {
    name: 'social care: scorecard, 12 months', token: 'socialCare',
    query: `{ scorecard(from: "2025-04-01", to: "2026-03-31") { localAuthority hub month contacts referrals plansStarted policeAttendanceRate } }`,
  },
];

const rows = [];
for (const s of scenarios) {
  if (only.length && !only.some(o => s.name.startsWith(o))) continue;
  const body = JSON.stringify({ query: s.query, variables: s.variables ?? {} });
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${setup.tokens[s.token]}` };
  const check = await fetch(setup.url, { method: 'POST', headers, body });
  const json = await check.json();
  if (check.status !== 200 || json.errors?.some(e => e.extensions?.code !== 'NOT_AUTHORIZED') || !json.data) {
    console.error(`${s.name}: the query does not answer cleanly (${check.status}): ${JSON.stringify(json).slice(0, 400)}`);
    process.exitCode = 1;
    continue;
  }
  const bytes = Buffer.byteLength(JSON.stringify(json));
  await autocannon({ url: setup.url, method: 'POST', headers, body, connections, duration: 2 }); // warm-up, discarded
  const cpuBefore = cpuMs();
  const r = await autocannon({ url: setup.url, method: 'POST', headers, body, connections, duration });
  const cpu = pid && r.requests.total ? ((cpuMs() - cpuBefore) / r.requests.total).toFixed(3) : '–';
  rows.push({ name: s.name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx + r.errors + r.timeouts, bytes, cpu });
  console.error(`${s.name}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, hub CPU ${cpu} ms/request`);
}

console.log(`| request | req/s | p50 ms | p99 ms | failed | response bytes | hub CPU ms/request |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const r of rows) console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.bytes} | ${r.cpu} |`);
