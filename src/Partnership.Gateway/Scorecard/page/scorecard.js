// The scorecard page: asks the hub's GraphQL endpoint with the caller's bearer token — the same queries any client
// sends — and draws what comes back. Every number shown comes from the API; the page computes only sums for display.
'use strict';

(() => {
  const root = document.getElementById('scorecard');
  const endpoint = root.dataset.endpoint;
  const byId = (id) => document.getElementById(id);
  const charts = window.PartnershipCharts;

  const SCORECARD = `query ScorecardPage($from: Date!, $to: Date!) {
  me { localAuthorities }
  councils: scorecard(from: $from, to: $to, byHub: false) { localAuthority month referrals section47Enquiries initialConferences initialConferencesInTime }
  hubs: scorecard(from: $from, to: $to) { localAuthority hub month referrals section47Enquiries initialConferences initialConferencesInTime }
}`;
  const CASELOADS = 'query ScorecardCaseloads { hubCaseloads { name localAuthority openCases caseloadMin caseloadMax status } }';
  const EMERGENCY = 'query ScorecardEmergencyAccesses { emergencyAccessReviews(pendingOnly: false) { agency grantedAt } }';
  const CATEGORIES = [['NEG', 'Neglect'], ['PHY', 'Physical'], ['EMO', 'Emotional'], ['SAB', 'Sexual'], ['MUL', 'Multiple']];
  // Children of one council on a child protection (or pre-birth) plan open at the end of a day, one count per category.
  const PLANS_BY_CATEGORY = `query ScorecardPlansByCategory($la: String!, $day: Date!) {
${CATEGORIES.map(([code]) => `  ${code.toLowerCase()}: children(where: { localAuthority: { code: { eq: $la } }, plans: { some: {
    kind: { in: [CHILD_PROTECTION, PRE_BIRTH] }, category: { eq: ${code} }, start: { lte: $day }, or: [{ end: { eq: null } }, { end: { gt: $day } }] } } }) { totalCount }`).join('\n')}
}`;

  class ApiError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }

  // The token lives in this closure only (like the GraphiQL page, which does not persist headers either).
  let token = '';
  let state = null;

  async function graphql(query, variables) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        authorization: 'Bearer ' + token,
      },
      body: JSON.stringify({ query, variables }),
      credentials: 'omit',
    });
    let body;
    try {
      body = await response.json();
    } catch {
      throw new ApiError('HTTP_' + response.status, `The hub answered HTTP ${response.status} without a GraphQL response.`);
    }
    if (body.errors && body.errors.length > 0) {
      const first = body.errors[0];
      throw new ApiError((first.extensions && first.extensions.code) || 'ERROR', first.message);
    }
    return body.data;
  }

  function monthsBetween(from, to) {
    const months = [];
    let [year, month] = from.split('-').map(Number);
    const [endYear, endMonth] = to.split('-').map(Number);
    while (year < endYear || (year === endYear && month <= endMonth)) {
      months.push(`${year}-${String(month).padStart(2, '0')}`);
      month += 1;
      if (month > 12) { month = 1; year += 1; }
    }
    return months;
  }

  function monthEnd(month) {
    const [year, m] = month.split('-').map(Number);
    const last = new Date(Date.UTC(year, m, 0));
    return last.toISOString().slice(0, 10);
  }

  function message(text, kind) {
    const status = byId('status');
    status.textContent = text;
    status.className = kind || '';
  }

  function series(rows, months, pick) {
    const byMonth = new Map(rows.map((row) => [row.month, row]));
    return months.map((month) => (byMonth.has(month) ? pick(byMonth.get(month)) : 0));
  }

  function units(data) {
    const list = [];
    const councils = [...new Set([...data.me.localAuthorities, ...data.councils.map((r) => r.localAuthority)])].sort();
    for (const la of councils) {
      list.push({ key: 'la:' + la, label: `Council ${la} (all hubs)`, la, rows: data.councils.filter((r) => r.localAuthority === la) });
      const hubs = [...new Set(data.hubs.filter((r) => r.localAuthority === la && r.hub !== null).map((r) => r.hub))].sort();
      for (const hub of hubs)
        list.push({ key: `hub:${la}:${hub}`, label: `Council ${la} · ${hub}`, la, hub, rows: data.hubs.filter((r) => r.localAuthority === la && r.hub === hub) });
      if (data.hubs.some((r) => r.localAuthority === la && r.hub === null))
        list.push({ key: `nohub:${la}`, label: `Council ${la} · children no hub holds`, la, rows: data.hubs.filter((r) => r.localAuthority === la && r.hub === null) });
    }
    return list;
  }

  function drawProcess(unit, months) {
    const name = unit.label;
    charts.bars(byId('referrals'), { title: `Referrals per month, ${name}`, labels: months,
      series: [{ name: 'Referrals', values: series(unit.rows, months, (r) => r.referrals) }] });
    charts.bars(byId('s47'), { title: `Section 47 enquiries started per month, ${name}`, labels: months,
      series: [{ name: 'Section 47 enquiries', values: series(unit.rows, months, (r) => r.section47Enquiries) }] });
    const held = series(unit.rows, months, (r) => r.initialConferences);
    const inTime = series(unit.rows, months, (r) => r.initialConferencesInTime);
    charts.bars(byId('icpc'), { title: `Initial conferences per month, ${name}`, labels: months,
      series: [{ name: 'Held', values: held }, { name: 'Within 15 working days', values: inTime }],
      tableExtra: [{ name: 'Within 15 working days (%)', values: held.map((h, i) => (h === 0 ? null : Math.round((100 * inTime[i]) / h))) }] });
  }

  function drawCaseloads(unit) {
    const target = byId('caseloads');
    if (state.caseloads instanceof ApiError) { target.textContent = 'Not available: ' + state.caseloads.message; return; }
    const hubs = state.caseloads.filter((h) => h.localAuthority === unit.la && (!unit.hub || h.name === unit.hub));
    if (hubs.length === 0) { target.textContent = 'No hub of this council or selection holds cases.'; return; }
    charts.ranges(target, { title: `Open cases per hub against its range, council ${unit.la}`,
      items: hubs.map((h) => ({ label: h.name, value: h.openCases, min: h.caseloadMin, max: h.caseloadMax, status: h.status })) });
  }

  function drawEmergency(months) {
    const target = byId('emergency');
    if (state.emergency instanceof ApiError) { target.textContent = 'Not available: ' + state.emergency.message; return; }
    const inRange = state.emergency.filter((e) => months.includes(e.grantedAt.slice(0, 7)));
    const agencies = [...new Set(inRange.map((e) => e.agency))].sort();
    const counts = agencies.map((agency) => ({
      name: agency,
      values: months.map((month) => inRange.filter((e) => e.agency === agency && e.grantedAt.slice(0, 7) === month).length),
    }));
    charts.bars(target, { title: 'Emergency accesses granted per month, by agency', labels: months,
      series: counts.length > 0 ? counts : [{ name: 'Emergency accesses', values: months.map(() => 0) }], stacked: true });
  }

  async function drawCategories(unit, months) {
    const target = byId('categories');
    target.dataset.state = 'loading';
    target.textContent = 'Loading…';
    const cacheKey = unit.la + '|' + months.join(',');
    if (!state.categories.has(cacheKey)) {
      const today = new Date().toISOString().slice(0, 10);
      const days = months.map((month) => (monthEnd(month) < today ? monthEnd(month) : today));
      // A few requests at a time, so the page never floods the hub's per-caller limits.
      const results = new Array(days.length);
      for (let i = 0; i < days.length; i += 4)
        await Promise.all(days.slice(i, i + 4).map(async (day, j) => { results[i + j] = await graphql(PLANS_BY_CATEGORY, { la: unit.la, day }); }));
      state.categories.set(cacheKey, results);
    }
    if (byId('unit').value !== unit.key) return; // another selection took over while this one loaded
    const results = state.categories.get(cacheKey);
    charts.bars(target, { title: `Children on a child protection plan at month end by category, council ${unit.la}`, labels: months, stacked: true,
      series: CATEGORIES.map(([code, label]) => ({ name: label, values: results.map((r) => r[code.toLowerCase()].totalCount) })) });
    target.dataset.state = 'ready';
  }

  function show() {
    const unit = state.units.find((u) => u.key === byId('unit').value) || state.units[0];
    drawProcess(unit, state.months);
    drawCaseloads(unit);
    drawEmergency(state.months);
    drawCategories(unit, state.months).catch((error) => {
      byId('categories').textContent = 'Not available: ' + error.message;
      byId('categories').dataset.state = 'error';
    });
  }

  function hideResults() {
    byId('results').hidden = true;
    for (const id of ['referrals', 's47', 'icpc', 'categories', 'caseloads', 'emergency']) byId(id).replaceChildren();
    byId('unit').replaceChildren();
  }

  async function load(event) {
    event.preventDefault();
    token = byId('token').value.trim();
    const from = byId('from').value, to = byId('to').value;
    hideResults();
    root.dataset.state = 'loading';
    message('Loading the scorecard…');
    try {
      const data = await graphql(SCORECARD, { from: from + '-01', to: monthEnd(to) });
      const [caseloads, emergency] = await Promise.all([
        graphql(CASELOADS).then((d) => d.hubCaseloads, (e) => e),
        graphql(EMERGENCY).then((d) => d.emergencyAccessReviews, (e) => e),
      ]);
      state = { months: monthsBetween(from, to), units: units(data), caseloads, emergency, categories: new Map() };
      const select = byId('unit');
      for (const unit of state.units) select.append(new Option(unit.label, unit.key));
      byId('results').hidden = false;
      message(`Scorecard from ${from} to ${to}.`);
      root.dataset.state = 'ready';
      show();
    } catch (error) {
      state = null;
      root.dataset.state = error.code === 'FORBIDDEN' ? 'forbidden' : 'error';
      if (error.code === 'FORBIDDEN') message('The scorecard is not available to your organisation: only children\'s social care may see it.', 'refused');
      else if (error.code === 'NOT_AUTHENTICATED') message('The hub did not accept the token (missing, expired or not for this hub). Get a new one and try again.', 'refused');
      else message('The scorecard could not be shown: ' + error.message, 'refused');
    }
  }

  // The months shown: ?from=yyyy-MM&to=yyyy-MM in the address, else the twelve months up to this one.
  function initialMonths() {
    const params = new URLSearchParams(window.location.search);
    const now = new Date();
    const to = /^\d{4}-\d{2}$/.test(params.get('to') || '') ? params.get('to') : now.toISOString().slice(0, 7);
    const [year, month] = to.split('-').map(Number);
    const start = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 7);
    const from = /^\d{4}-\d{2}$/.test(params.get('from') || '') ? params.get('from') : start;
    byId('from').value = from;
    byId('to').value = to;
  }

  initialMonths();
  byId('signin').addEventListener('submit', load);
  byId('unit').addEventListener('change', show);
})();
