// 台账: 疑似辍学台账 (suspected dropouts), 辍学台账 (dropout cases, with the 七长
// of each case and overdue first visits highlighted) and 劝返复学登记 (the
// persuasion visits of the cases), with filters, paging and an export to
// Excel through GET /exports/<ledger>.xlsx with the same token and purpose.
const { gql, downloadExport } = require('../api');
const { h, replace, append, notice, table, childLink, fmtDate, badge } = require('../ui');
const { label, HEADS, ENUMS } = require('../labels');
const { canRead, select } = require('../policy');
const { countyWide, townshipMenu } = require('./common');

const PAGE = 100;

const CHILD = ['id', 'name', ['township', 'Township', ['code', 'name']], ['enrollment', 'Enrollment', ['grade', ['school', 'School', ['name']]]]];

const TABS = [
  { id: 'suspected', title: '疑似辍学台账', root: 'suspectedDropouts', ledger: 'suspected-dropouts', statusEnum: 'SuspectStatus' },
  { id: 'cases', title: '辍学台账', root: 'dropoutCases', ledger: 'dropout-cases', statusEnum: 'CaseStatus' },
  { id: 'visits', title: '劝返复学登记', root: 'dropoutCases', ledger: 'persuasion-visits', statusEnum: 'CaseStatus' },
];

function suspectedQuery(caps) {
  const item = select(caps, 'SuspectedDropout', ['id', 'source', 'detectedOn', 'detail', 'status', 'resolution', ['child', 'Child', CHILD]]);
  return `query ConsoleSuspectedDropouts($first: Int!, $after: ID, $status: SuspectStatus, $townshipCode: String) {
    suspectedDropouts(first: $first, after: $after, status: $status, townshipCode: $townshipCode) ${item}
  }`;
}

function casesQuery(caps, withOverdue) {
  const item = select(caps, 'DropoutCase', [
    'id', 'detectedOn', 'source', 'cause', 'causeNote', 'status', 'firstVisitDueOn', 'escalationLevel', 'returnedOn', 'closedOn',
    ['responsibleHeads', 'ResponsibleHeads', HEADS.map(([k]) => k)],
    ['visits', 'PersuasionVisit', ['id', 'visitedOn', 'visitors', 'outcome', 'notes', 'nextStep', 'nextVisitOn']],
    ['child', 'Child', CHILD],
  ]);
  return `query ConsoleDropoutCases($first: Int!, $after: ID, $status: CaseStatus, $townshipCode: String, $overdueOnly: Boolean!) {
    dropoutCases(first: $first, after: $after, status: $status, townshipCode: $townshipCode, overdueOnly: $overdueOnly) ${item}
    ${withOverdue ? 'overdue: dropoutCases(first: 500, townshipCode: $townshipCode, overdueOnly: true) { id }' : ''}
  }`;
}

function heads(c) {
  if (!c.responsibleHeads) return '—';
  return h(
    'div',
    { class: 'heads-inline' },
    HEADS.map(([k, name]) => h('span', { class: 'head' }, h('span', { class: 'head-role' }, name), c.responsibleHeads[k] || '—')),
  );
}

const childCell = (item) => (item.child ? childLink(item.child) : '—');
const townshipCell = (item) => (item.child && item.child.township ? item.child.township.name : '—');
const schoolCell = (item) =>
  item.child && item.child.enrollment && item.child.enrollment.school ? `${item.child.enrollment.school.name}${item.child.enrollment.grade ? ` ${item.child.enrollment.grade}年级` : ''}` : '—';

function suspectedTable(rows) {
  return table(
    [
      { title: '姓名', cell: childCell },
      { title: '居住乡镇', cell: townshipCell },
      { title: '学校/年级', cell: schoolCell },
      { title: '发现途径', cell: (r) => label('SuspectSource', r.source) },
      { title: '发现日期', cell: (r) => fmtDate(r.detectedOn) },
      { title: '情况', cell: (r) => r.detail || '—', class: 'text' },
      { title: '状态', cell: (r) => (r.status === 'OPEN' ? badge('warn', label('SuspectStatus', r.status)) : label('SuspectStatus', r.status)) },
      { title: '核查结果', cell: (r) => r.resolution || '—', class: 'text' },
    ],
    rows,
    { rowAttrs: (r) => ({ dataset: { id: r.id, childId: r.child ? r.child.id : '' } }), dataset: { ledger: 'suspected' } },
  );
}

function casesTable(rows, overdue) {
  return table(
    [
      { title: '姓名', cell: childCell },
      { title: '居住乡镇', cell: townshipCell },
      { title: '发现日期', cell: (r) => fmtDate(r.detectedOn) },
      { title: '来源', cell: (r) => label('CaseSource', r.source) },
      { title: '辍学原因', cell: (r) => `${label('DropoutCause', r.cause)}${r.causeNote ? `：${r.causeNote}` : ''}`, class: 'text' },
      { title: '状态', cell: (r) => label('CaseStatus', r.status) },
      { title: '首访期限', cell: (r) => (overdue.has(r.id) ? h('span', {}, fmtDate(r.firstVisitDueOn), ' ', badge('bad', '逾期未走访')) : fmtDate(r.firstVisitDueOn)) },
      { title: '走访', cell: (r) => (r.visits ? `${r.visits.length} 次${r.visits.length ? `（最近 ${fmtDate(r.visits[r.visits.length - 1].visitedOn)}）` : ''}` : '—') },
      { title: '复学日期', cell: (r) => fmtDate(r.returnedOn) },
      { title: '责任人（七长）', cell: heads, class: 'heads-cell' },
    ],
    rows,
    { rowAttrs: (r) => ({ class: overdue.has(r.id) ? 'overdue' : undefined, dataset: { id: r.id, childId: r.child ? r.child.id : '', overdue: overdue.has(r.id) ? 'true' : 'false' } }), dataset: { ledger: 'cases' } },
  );
}

function visitsTable(cases) {
  const rows = [];
  for (const c of cases) for (const v of c.visits || []) rows.push({ c, v });
  return table(
    [
      { title: '姓名', cell: (r) => childCell(r.c) },
      { title: '居住乡镇', cell: (r) => townshipCell(r.c) },
      { title: '走访日期', cell: (r) => fmtDate(r.v.visitedOn) },
      { title: '走访人', cell: (r) => (r.v.visitors || []).join('、') || '—' },
      { title: '结果', cell: (r) => label('VisitOutcome', r.v.outcome) },
      { title: '情况记录', cell: (r) => r.v.notes || '—', class: 'text' },
      { title: '下一步', cell: (r) => r.v.nextStep || '—', class: 'text' },
      { title: '下次走访', cell: (r) => fmtDate(r.v.nextVisitOn) },
      { title: '个案状态', cell: (r) => label('CaseStatus', r.c.status) },
    ],
    rows,
    { rowAttrs: (r) => ({ dataset: { id: r.v.id, caseId: r.c.id, childId: r.c.child ? r.c.child.id : '' } }), dataset: { ledger: 'visits' } },
  );
}

async function render(ctx) {
  const { caps, main, route } = ctx;
  const tabs = TABS.filter((t) => canRead(caps, 'Query', t.root) && (t.id !== 'visits' || canRead(caps, 'DropoutCase', 'visits')));
  const p = route.params;
  const tab = tabs.find((t) => t.id === p.tab) || tabs[0];
  const wide = countyWide(caps);
  const township = wide ? p.township || null : null;
  const status = p.status && ENUMS[tab.statusEnum][p.status] ? p.status : null;
  const overdueOnly = tab.id === 'cases' && p.overdue === '1';
  const nav = (changes) => ctx.go('ledgers', [], Object.assign({ tab: tab.id, township: p.township, status: p.status, overdue: p.overdue }, changes));

  const statusSel = h(
    'select',
    { id: 'status-filter', onchange: (e) => nav({ status: e.target.value }) },
    h('option', { value: '' }, '全部状态'),
    Object.entries(ENUMS[tab.statusEnum]).map(([v, t]) => h('option', { value: v }, t)),
  );
  statusSel.value = status || '';
  const overdueBox =
    tab.id === 'cases'
      ? h('label', { class: 'filter' }, h('input', { type: 'checkbox', id: 'overdue-filter', checked: overdueOnly, onchange: (e) => nav({ overdue: e.target.checked ? '1' : '' }) }), '只看逾期未走访')
      : null;
  const exportStatus = h('span', { class: 'export-status', id: 'export-status', role: 'status' });
  const exportButton = h('button', { type: 'button', class: 'primary', id: 'export' }, '导出 Excel');
  const filters = h('div', { class: 'filters' }, h('label', { class: 'filter' }, '状态', statusSel), overdueBox, exportButton, exportStatus);
  const body = h('div', { class: 'ledger-body', id: 'ledger' }, h('p', { class: 'loading' }, '正在加载台账…'));
  append(
    main,
    h('div', { class: 'page-head' }, h('h1', {}, '台账'), h('nav', { class: 'tabs' }, tabs.map((t) => h('a', { href: `#/ledgers?tab=${t.id}`, class: t.id === tab.id ? 'active' : '', dataset: { tab: t.id } }, t.title)))),
    filters,
    body,
  );
  main.dataset.tab = tab.id;

  exportButton.addEventListener('click', async () => {
    exportStatus.textContent = '正在导出…';
    exportButton.disabled = true;
    const params = { township: township || undefined, status: status || undefined, overdueOnly: overdueOnly ? 'true' : undefined };
    try {
      const r = await downloadExport(tab.ledger, params, `${tab.title}.xlsx`);
      exportStatus.textContent = `已导出（${Math.max(1, Math.round(r.bytes / 1024))} KB）`;
      exportStatus.dataset.bytes = String(r.bytes);
    } catch (e) {
      exportStatus.textContent = '';
      const box = h('div', { class: 'export-error' });
      filters.after(box);
      ctx.showError(e, box);
    } finally {
      exportButton.disabled = false;
    }
  });

  // Townships to filter by (county-wide callers only; reference data).
  if (wide) {
    gql('query ConsoleTownships { townships { code name } }')
      .then((d) => {
        const menu = townshipMenu(caps, d.townships, township, (code) => nav({ township: code }));
        if (menu) filters.prepend(menu);
      })
      .catch(() => undefined);
  }

  const items = [];
  let overdue = new Set();
  const more = h('button', { type: 'button', id: 'load-more', class: 'link' }, '加载更多');
  const count = h('p', { class: 'meta', id: 'ledger-count' });
  const draw = (hasMore) => {
    const t = tab.id === 'suspected' ? suspectedTable(items) : tab.id === 'cases' ? casesTable(items, overdue) : visitsTable(items);
    count.textContent = tab.id === 'visits' ? `共 ${items.reduce((n, c) => n + (c.visits || []).length, 0)} 次走访（${items.length} 个个案）` : `共 ${items.length} 条${hasMore ? '（还有更多）' : ''}`;
    const warn = tab.id === 'cases' && overdue.size > 0 ? notice('warn', `有 ${overdue.size} 个个案超过首访期限仍未走访（逾期），已用红色标出。`) : null;
    replace(body, warn, count, t, hasMore ? more : null);
    body.dataset.rows = String(items.length);
  };
  const load = async () => {
    const after = items.length > 0 ? items[items.length - 1].id : null;
    let page;
    if (tab.id === 'suspected') {
      page = (await gql(suspectedQuery(caps), { first: PAGE, after, status, townshipCode: township })).suspectedDropouts;
    } else {
      const d = await gql(casesQuery(caps, after === null), { first: PAGE, after, status, townshipCode: township, overdueOnly });
      page = d.dropoutCases;
      if (d.overdue) overdue = new Set(d.overdue.map((x) => x.id));
    }
    items.push(...page);
    return page.length === PAGE;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      draw(await load());
    } catch (e) {
      ctx.showError(e, body);
    }
  });
  try {
    const hasMore = await load();
    if (!ctx.isCurrent()) return;
    draw(hasMore);
  } catch (e) {
    ctx.showError(e, body);
  }
}

module.exports = {
  id: 'ledgers',
  title: '台账',
  available: (caps, canReadFn) => canReadFn(caps, 'Query', 'suspectedDropouts') || canReadFn(caps, 'Query', 'dropoutCases'),
  render,
};
