// 县域总览: the targets of the county plan (T1 小学辍学率 ≤ 0.6 %, T2 初中辍学率
// ≤ 1.8 %, T3 建档立卡学生辍学 = 0) against their target lines, by township and
// by month; open suspected dropouts and overdue cases; and from any figure,
// the children behind it. Figures are AGGREGATE (no purpose needed); the
// children behind them and the month-by-month replay need EDUCATION (a purpose).
const { gql } = require('../api');
const { h, replace, append, notice, section, fmtInt, fmtPct, badge } = require('../ui');
const { targetBars } = require('../charts');
const { canRead } = require('../policy');
const { childSelection, childTable, countyWide, townshipMenu } = require('./common');

const LEVELS = [
  { level: 'PRIMARY', ref: 'T1', name: '小学辍学率', color: '#2f6fb0' },
  { level: 'JUNIOR', ref: 'T2', name: '初中辍学率', color: '#3a8f5c' },
];

const FIGURES = `levels { level planRef enrolledAtStart dropouts rate target met } t3 { planRef poorDropouts target met }`;

function figuresQuery(wide) {
  return `query ConsoleCounty($schoolYear: Int, $townshipCode: String, $schoolId: ID) {
    dropoutTargets(schoolYear: $schoolYear, townshipCode: $townshipCode, schoolId: $schoolId) {
      schoolYear periodStart periodEnd countedUntil township { code name } school { id name } ${FIGURES}
      cases { open overdue returned medianDaysToReturn }
      byTownship { township { code name } ${FIGURES} }
    }
    ${wide ? 'townships { code name }' : ''}
  }`;
}

const MONTHLY_QUERY = `query ConsoleCountyMonthly($townshipCode: String) {
  monthlyFigures(townshipCode: $townshipCode) { township { code name } month asOf figures { suspectedDropoutsOpen openCases } }
}`;

const levelOf = (figs, level) => figs.levels.find((l) => l.level === level) || null;
const metBadge = (met) => (met === null || met === undefined ? badge('muted', '不公布') : met ? badge('ok', '达标') : badge('bad', '未达标'));

/** The first uncorrected DROPOUT of a child within [from, until], as its month (YYYY-MM); null when none is found. */
function dropoutMonth(child, from, until) {
  const events = (child.enrollment && child.enrollment.events) || [];
  const corrected = new Set(events.filter((e) => e.type === 'CORRECTION' && e.correctsEventId).map((e) => e.correctsEventId));
  const hits = events.filter((e) => e.type === 'DROPOUT' && !corrected.has(e.id) && e.occurredOn >= from && e.occurredOn <= until).map((e) => e.occurredOn).sort();
  return hits.length > 0 ? hits[0].slice(0, 7) : null;
}

function monthsBetween(from, until) {
  const out = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const end = until.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end || out.length > 24) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

async function render(ctx) {
  const { caps, main, route } = ctx;
  const wide = countyWide(caps);
  const p = route.params;
  // A county-wide caller picks a township; a township or school sees the figures of its own (the same question the bureau asks for it).
  const own = caps.viewer;
  const vars = {
    schoolYear: p.year ? Number(p.year) : null,
    townshipCode: wide ? p.township || null : own.township ? own.township.code : null,
    schoolId: !wide && own.school ? own.school.id : null,
  };
  const nav = (changes) => ctx.go('county', [], Object.assign({ year: p.year, township: p.township }, changes));

  const head = h('div', { class: 'page-head' }, h('h1', {}, '县域总览'));
  const kpis = h('div', { class: 'kpis', id: 'kpis' }, h('p', { class: 'loading' }, '正在加载指标…'));
  const drill = h('section', { class: 'card drill', id: 'drill', hidden: true });
  const byTownship = section('分乡镇目标完成情况（T1/T2/T3，虚线为目标值）', { id: 'by-township' });
  const byMonth = section('分月累计辍学情况（本学年，虚线为目标值）', { id: 'by-month' });
  append(main, head, kpis, drill, byTownship.el, byMonth.el);

  const figures = await gql(figuresQuery(wide), vars);
  if (!ctx.isCurrent()) return;
  const t = figures.dropoutTargets;
  const areaName = t.school ? t.school.name : t.township ? t.township.name : '全县';
  const years = [t.schoolYear, t.schoolYear - 1, t.schoolYear - 2, t.schoolYear - 3];
  const yearSel = h('select', { id: 'year-filter', onchange: (e) => nav({ year: e.target.value }) }, years.map((y) => h('option', { value: y }, `${y}–${y + 1}学年`)));
  yearSel.value = String(t.schoolYear);
  append(
    head,
    h(
      'div',
      { class: 'filters' },
      h('label', { class: 'filter' }, '学年', yearSel),
      townshipMenu(caps, figures.townships, vars.townshipCode, (code) => nav({ township: code })),
      h('span', { class: 'meta' }, `${areaName} · 统计期 ${t.periodStart} 至 ${t.countedUntil}`),
    ),
  );

  // ── the children behind a figure ──
  const canDrill = (type, field) => canRead(caps, type, field);
  async function showChildren(title, fetchChildren) {
    drill.hidden = false;
    drill.dataset.state = 'loading';
    replace(drill, h('h2', {}, title), h('p', { class: 'loading' }, '正在加载名单…'));
    drill.scrollIntoView({ block: 'nearest' });
    try {
      const children = await fetchChildren();
      replace(
        drill,
        h('div', { class: 'drill-head' }, h('h2', {}, `${title}（${children.length} 人）`), h('button', { type: 'button', class: 'link', onclick: () => (drill.hidden = true) }, '收起')),
        childTable(children),
      );
      drill.dataset.count = String(children.length);
      drill.dataset.state = 'ready';
    } catch (e) {
      replace(drill, h('h2', {}, title));
      const box = h('div');
      drill.appendChild(box);
      ctx.showError(e, box);
      drill.dataset.state = 'error';
    }
  }
  const targetsFor = (townshipCode, body, name) =>
    gql(`query ${name}($schoolYear: Int, $townshipCode: String, $schoolId: ID) { dropoutTargets(schoolYear: $schoolYear, townshipCode: $townshipCode, schoolId: $schoolId) { ${body} } }`, {
      schoolYear: t.schoolYear,
      townshipCode,
      schoolId: vars.schoolId,
    }).then((d) => d.dropoutTargets);
  const drillLevel = (level, townshipCode, label) =>
    showChildren(`${label} · ${LEVELS.find((l) => l.level === level).name}（${level === 'PRIMARY' ? 'T1' : 'T2'}）辍学学生`, async () => {
      const d = await targetsFor(townshipCode, `levels { level dropoutChildren ${childSelection(caps)} }`, 'ConsoleDropoutChildren');
      return levelOf(d, level).dropoutChildren;
    });
  const drillPoor = (townshipCode, label) =>
    showChildren(`${label} · 建档立卡学生辍学（T3）`, async () => {
      const d = await targetsFor(townshipCode, `t3 { detail { children ${childSelection(caps)} } }`, 'ConsolePoorDropoutChildren');
      return d.t3.detail.children;
    });
  const drillCases = (which, label) =>
    showChildren(label, async () => {
      const d = await targetsFor(vars.townshipCode, `cases { ${which} ${childSelection(caps)} }`, 'ConsoleCaseChildren');
      return d.cases[which];
    });

  // ── KPI cards ──
  const kpi = (o) =>
    h(
      o.onClick ? 'button' : 'div',
      { type: o.onClick ? 'button' : undefined, class: `kpi ${o.bad ? 'kpi-bad' : ''} ${o.onClick ? 'kpi-link' : ''}`.trim(), onclick: o.onClick, dataset: { figure: o.figure, value: o.value === null || o.value === undefined ? '' : String(o.value) }, title: o.onClick ? '点击查看名单' : undefined },
      h('span', { class: 'kpi-label' }, o.label),
      h('span', { class: 'kpi-value' }, o.text),
      h('span', { class: 'kpi-sub' }, o.sub),
    );
  const cards = [];
  for (const L of LEVELS) {
    const f = levelOf(t, L.level);
    if (!f) continue;
    cards.push(
      kpi({
        figure: L.ref,
        label: `${L.name}（${L.ref}）`,
        value: f.rate,
        text: fmtPct(f.rate),
        bad: f.met === false,
        sub: h('span', {}, `目标 ≤ ${f.target}% · 辍学 ${fmtInt(f.dropouts)} / 学年初在籍 ${fmtInt(f.enrolledAtStart)} `, metBadge(f.met)),
        onClick: canDrill('DropoutLevelFigure', 'dropoutChildren') ? () => drillLevel(L.level, vars.townshipCode, areaName) : undefined,
      }),
    );
  }
  cards.push(
    kpi({
      figure: 'T3',
      label: '建档立卡学生辍学（T3）',
      value: t.t3.poorDropouts,
      text: `${fmtInt(t.t3.poorDropouts)} 人`,
      bad: t.t3.met === false,
      sub: h('span', {}, `目标 = ${t.t3.target} 人 `, metBadge(t.t3.met)),
      onClick: canDrill('PoorDropoutFigure', 'detail') && canDrill('PoorDropoutDetail', 'children') ? () => drillPoor(vars.townshipCode, areaName) : undefined,
    }),
  );
  const suspectCard = kpi({ figure: 'SUSPECTED_OPEN', label: '疑似辍学待核查', value: null, text: '…', sub: '按月报口径' });
  cards.push(suspectCard);
  cards.push(
    kpi({
      figure: 'CASES_OPEN',
      label: '在办控辍个案',
      value: t.cases.open,
      text: `${fmtInt(t.cases.open)} 件`,
      sub: `本学年已复学 ${fmtInt(t.cases.returned)} 人${t.cases.medianDaysToReturn !== null ? ` · 劝返中位 ${t.cases.medianDaysToReturn} 天` : ''}`,
      onClick: canDrill('DropoutCaseFigures', 'openChildren') ? () => drillCases('openChildren', `${areaName} · 在办控辍个案`) : undefined,
    }),
  );
  cards.push(
    kpi({
      figure: 'CASES_OVERDUE',
      label: '逾期未走访个案',
      value: t.cases.overdue,
      text: `${fmtInt(t.cases.overdue)} 件`,
      bad: t.cases.overdue > 0,
      sub: '超过首访期限仍未走访',
      onClick: canDrill('DropoutCaseFigures', 'overdueChildren') ? () => drillCases('overdueChildren', `${areaName} · 逾期未走访个案`) : undefined,
    }),
  );
  replace(kpis, cards);
  if (!canDrill('DropoutLevelFigure', 'dropoutChildren')) append(kpis, h('p', { class: 'note wide' }, '本机构的数据权限只含统计数，不含名单。'));

  // Open suspected dropouts: the townships' monthly figures (AGGREGATE), summed; a click opens the ledger.
  const monthly = gql(MONTHLY_QUERY, { townshipCode: vars.townshipCode })
    .then((d) => {
      const rows = d.monthlyFigures;
      const total = rows.reduce((n, r) => n + (r.figures.suspectedDropoutsOpen || 0), 0);
      const asOf = rows[0] ? rows[0].asOf : null;
      const ledger = canRead(caps, 'Query', 'suspectedDropouts');
      const card = kpi({
        figure: 'SUSPECTED_OPEN',
        label: '疑似辍学待核查',
        value: total,
        text: `${fmtInt(total)} 人`,
        bad: total > 0,
        sub: asOf ? `截至 ${asOf}（月报口径）` : '无月报数据',
        onClick: ledger ? () => ctx.go('ledgers', [], { tab: 'suspected', status: 'OPEN', township: vars.townshipCode || '' }) : undefined,
      });
      suspectCard.replaceWith(card);
    })
    .catch(() => {
      suspectCard.querySelector('.kpi-value').textContent = '—';
    });

  // ── by township: bars against the target lines, and the table behind them ──
  const areas = t.byTownship;
  const names = areas.map((a) => a.township.name);
  const chartsRow = h('div', { class: 'charts' });
  const chartBoxes = [h('div', { class: 'chart', id: 'chart-township-t1' }), h('div', { class: 'chart', id: 'chart-township-t2' }), h('div', { class: 'chart', id: 'chart-township-t3' })];
  append(chartsRow, chartBoxes);
  const cellLink = (text, onClick) => (onClick ? h('button', { type: 'button', class: 'link', onclick: onClick }, text) : text);
  const rowsTable = h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'grid', id: 'township-table' },
      h('thead', {}, h('tr', {}, ['乡镇', '小学在籍', '小学辍学', '小学辍学率（T1）', '初中在籍', '初中辍学', '初中辍学率（T2）', '建档立卡辍学（T3）'].map((x) => h('th', {}, x)))),
      h(
        'tbody',
        {},
        areas.map((a) => {
          const pr = levelOf(a, 'PRIMARY');
          const jr = levelOf(a, 'JUNIOR');
          const drillOk = canDrill('DropoutLevelFigure', 'dropoutChildren');
          return h(
            'tr',
            { dataset: { township: a.township.code, t1: pr && pr.rate !== null ? String(pr.rate) : '', t2: jr && jr.rate !== null ? String(jr.rate) : '', t3: String(a.t3.poorDropouts ?? '') } },
            h('td', {}, a.township.name),
            h('td', { class: 'num' }, fmtInt(pr && pr.enrolledAtStart)),
            h('td', { class: 'num' }, cellLink(fmtInt(pr && pr.dropouts), drillOk && pr && pr.dropouts ? () => drillLevel('PRIMARY', a.township.code, a.township.name) : null)),
            h('td', { class: `num ${pr && pr.met === false ? 'bad' : ''}` }, fmtPct(pr && pr.rate)),
            h('td', { class: 'num' }, fmtInt(jr && jr.enrolledAtStart)),
            h('td', { class: 'num' }, cellLink(fmtInt(jr && jr.dropouts), drillOk && jr && jr.dropouts ? () => drillLevel('JUNIOR', a.township.code, a.township.name) : null)),
            h('td', { class: `num ${jr && jr.met === false ? 'bad' : ''}` }, fmtPct(jr && jr.rate)),
            h('td', { class: `num ${a.t3.met === false ? 'bad' : ''}` }, cellLink(fmtInt(a.t3.poorDropouts), canDrill('PoorDropoutDetail', 'children') && a.t3.poorDropouts ? () => drillPoor(a.township.code, a.township.name) : null)),
          );
        }),
      ),
    ),
  );
  replace(byTownship.body, chartsRow, rowsTable);
  const rotate = names.length > 6;
  const onTownship = (level) => (i) => {
    const a = areas[i];
    if (!a) return;
    if (level === 'T3') {
      if (canDrill('PoorDropoutDetail', 'children')) drillPoor(a.township.code, a.township.name);
    } else if (canDrill('DropoutLevelFigure', 'dropoutChildren')) drillLevel(level, a.township.code, a.township.name);
  };
  LEVELS.forEach((L, i) => {
    const target = (levelOf(t, L.level) || {}).target;
    targetBars(chartBoxes[i], {
      title: `${L.name}（${L.ref}）`,
      categories: names,
      series: [{ name: L.name, values: areas.map((a) => (levelOf(a, L.level) || {}).rate ?? null), color: L.color }],
      target,
      targetLabel: `目标 ≤ ${target}%`,
      unit: '%',
      format: (v) => `${Number(v).toFixed(2)}%`,
      rotate,
      onClick: onTownship(L.level),
    });
  });
  targetBars(chartBoxes[2], {
    title: '建档立卡学生辍学（T3）',
    categories: names,
    series: [{ name: '建档立卡辍学人数', values: areas.map((a) => a.t3.poorDropouts ?? null), color: '#b7791f' }],
    target: t.t3.target,
    targetLabel: `目标 = ${t.t3.target} 人`,
    unit: '人',
    integer: true,
    rotate,
    onClick: onTownship('T3'),
  });
  byTownship.el.dataset.state = 'ready';

  // ── by month: cumulative dropouts since 1 September, replayed from each dropout's status events ──
  await renderMonths(ctx, byMonth, t, vars, areaName, showChildren);
  await monthly;
}

async function renderMonths(ctx, box, t, vars, areaName, showChildren) {
  const { caps } = ctx;
  const events = childSelection(caps, [['enrollment', 'Enrollment', [['events', 'StatusEvent', ['id', 'type', 'occurredOn', 'correctsEventId']]]]]);
  if (!canRead(caps, 'DropoutLevelFigure', 'dropoutChildren') || !canRead(caps, 'Enrollment', 'events') || !events.includes('events')) {
    replace(box.body, notice('info', '分月情况由每名辍学学生的学籍变动记录推算，本机构的数据权限不含学籍变动记录。'));
    box.el.dataset.state = 'unavailable';
    return;
  }
  const poor = canRead(caps, 'PoorDropoutFigure', 'detail') && canRead(caps, 'PoorDropoutDetail', 'children');
  let d;
  try {
    d = (
      await gql(
        `query ConsoleCountyByMonth($schoolYear: Int, $townshipCode: String, $schoolId: ID) { dropoutTargets(schoolYear: $schoolYear, townshipCode: $townshipCode, schoolId: $schoolId) {
          periodStart countedUntil levels { level enrolledAtStart dropouts rate target dropoutChildren ${events} }
          t3 { poorDropouts target ${poor ? `detail { children ${events} }` : ''} } } }`,
        { schoolYear: t.schoolYear, townshipCode: vars.townshipCode, schoolId: vars.schoolId },
      )
    ).dropoutTargets;
  } catch (e) {
    ctx.showError(e, box.body);
    box.el.dataset.state = 'error';
    return;
  }
  if (!ctx.isCurrent()) return;
  const months = monthsBetween(d.periodStart, d.countedUntil);
  const lastMonth = months[months.length - 1];
  /** Children by the month of their first dropout (a child whose dropout cannot be dated counts in the last month, so that totals agree). */
  const byMonth = (children) => {
    const m = new Map(months.map((k) => [k, []]));
    for (const c of children) {
      const k = dropoutMonth(c, d.periodStart, d.countedUntil);
      (m.get(k && m.has(k) ? k : lastMonth) || []).push(c);
    }
    return m;
  };
  const cumulative = (m) => {
    let n = 0;
    return months.map((k) => (n += m.get(k).length));
  };
  const chartsRow = h('div', { class: 'charts' });
  const rows = [];
  const monthLabel = (k) => `${Number(k.slice(5))}月`;
  LEVELS.forEach((L) => {
    const f = levelOf(d, L.level);
    if (!f) return;
    const m = byMonth(f.dropoutChildren);
    const cum = cumulative(m);
    const rates = cum.map((n) => (f.enrolledAtStart ? Math.round((n / f.enrolledAtStart) * 100 * 10000) / 10000 : null));
    const el = h('div', { class: 'chart', id: `chart-month-${L.ref.toLowerCase()}` });
    chartsRow.appendChild(el);
    targetBars(el, {
      title: `${L.name}（${L.ref}）累计`,
      categories: months.map(monthLabel),
      series: [{ name: `${L.name}累计`, values: rates, color: L.color }],
      target: f.target,
      targetLabel: `目标 ≤ ${f.target}%`,
      unit: '%',
      format: (v) => `${Number(v).toFixed(2)}%`,
      onClick: (i) => showChildren(`${areaName} · ${months[i]} ${L.level === 'PRIMARY' ? '小学' : '初中'}辍学学生`, async () => m.get(months[i])),
    });
    rows.push({ ref: L.ref, name: `${L.name}（累计，%）`, values: rates.map((r) => fmtPct(r)), raw: cum, m });
  });
  if (poor && d.t3.detail) {
    const m = byMonth(d.t3.detail.children);
    const cum = cumulative(m);
    const el = h('div', { class: 'chart', id: 'chart-month-t3' });
    chartsRow.appendChild(el);
    targetBars(el, {
      title: '建档立卡学生辍学（T3）累计',
      categories: months.map(monthLabel),
      series: [{ name: '建档立卡辍学累计', values: cum, color: '#b7791f' }],
      target: d.t3.target,
      targetLabel: `目标 = ${d.t3.target} 人`,
      unit: '人',
      integer: true,
      onClick: (i) => showChildren(`${areaName} · ${months[i]} 建档立卡学生辍学`, async () => m.get(months[i])),
    });
    rows.push({ ref: 'T3', name: '建档立卡辍学（累计，人）', values: cum.map(String), raw: cum, m });
  }
  const monthTable = h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'grid', id: 'month-table' },
      h('thead', {}, h('tr', {}, h('th', {}, '指标'), months.map((k) => h('th', {}, k)))),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h('tr', { dataset: { figure: r.ref, cumulative: r.raw.join(',') } }, h('td', {}, r.name), r.values.map((v, i) => h('td', { class: 'num', title: `当月新增 ${r.m.get(months[i]).length} 人` }, v))),
        ),
      ),
    ),
  );
  replace(box.body, chartsRow, monthTable, h('p', { class: 'note' }, '按每名辍学学生本学年首次辍学（未被更正）的日期归月；点击柱形查看当月名单。'));
  box.el.dataset.state = 'ready';
}

module.exports = {
  id: 'county',
  title: '县域总览',
  available: (caps, canReadFn) => canReadFn(caps, 'Query', 'dropoutTargets'),
  render,
  dropoutMonth,
  monthsBetween,
};
