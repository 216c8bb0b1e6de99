// 预警: pupils flagged by the early-warning rules (riskFlags, plan R2.4, R3.1)
// with the rule and reason of each flag, and how well the rules were measured
// to foresee dropouts (npm run report:early-warning), or "not measured yet".
const { gql, earlyWarning } = require('../api');
const { h, replace, append, notice, table, childLink, fmtDate, fmtRatio, fmtInt, fmtTime, badge } = require('../ui');
const { label, RISK_RULE_KIND, ENUMS } = require('../labels');
const { select } = require('../policy');
const { countyWide, townshipMenu } = require('./common');

const PAGE = 50;

const RULE_TEXT = {
  ABSENCE_STREAK: '本学期连续无故缺勤达到阈值天数',
  ABSENCE_RATE: '最近若干个上学日中无故缺勤达到阈值天数',
  SUSPENSION_OVERDUE: '休学已过应复学日期仍未复学',
  OVER_AGE: '留级或超龄（8月31日年龄大于年级+7）',
  LEARNING_SUPPORT: '正在接受学习困难/厌学一对一帮扶',
  TRANSITION: '小升初过渡期或初三（义务教育最后一年）',
};

function legend() {
  return h(
    'div',
    { class: 'legend' },
    h('p', { class: 'note' }, '预警规则公开透明：贫困、低保、残疾、留守、民族、性别等身份从不作为规则输入。“预警”规则单独即可列入名单；“背景”规则只在已有预警时一并显示。'),
    h(
      'ul',
      { class: 'rules' },
      Object.keys(ENUMS.RiskRule).map((r) =>
        h('li', {}, badge(RISK_RULE_KIND[r] === 'warning' ? 'bad' : 'muted', RISK_RULE_KIND[r] === 'warning' ? '预警' : '背景'), ' ', h('strong', {}, label('RiskRule', r)), `：${RULE_TEXT[r]}`),
      ),
    ),
  );
}

function thresholds(r) {
  if (!r) return null;
  const parts = [];
  if (r.absenceStreakDays !== undefined) parts.push(`连续无故缺勤 ≥ ${r.absenceStreakDays} 天`);
  if (r.recentAbsenceDays !== undefined && r.recentWindowDays !== undefined) parts.push(`最近 ${r.recentWindowDays} 个上学日中无故缺勤 ≥ ${r.recentAbsenceDays} 天`);
  if (r.overdueSchoolDays !== undefined) parts.push(`休学逾期 ≥ ${r.overdueSchoolDays} 个上学日`);
  return parts.join('；');
}

async function measurement(box) {
  let m;
  try {
    m = await earlyWarning();
  } catch {
    replace(box, notice('info', '暂时无法读取测量结果。'));
    return;
  }
  if (!m || !m.measured) {
    box.dataset.measured = 'false';
    replace(box, notice('info', '尚未测量：规则的查准率、查全率和提前量还没有测量。在数据中台所在目录运行 npm run report:early-warning 生成测量报告后，此处将显示结果。'));
    return;
  }
  box.dataset.measured = 'true';
  const e = m.evaluation || {};
  const lead = e.leadTime || {};
  const goal = m.goal || {};
  const kpi = (k, labelText, value, sub) => h('div', { class: 'kpi', dataset: { figure: k, value: value === null || value === undefined ? '' : String(value) } }, h('span', { class: 'kpi-label' }, labelText), h('span', { class: 'kpi-value' }, sub.text), h('span', { class: 'kpi-sub' }, sub.note));
  replace(
    box,
    h(
      'div',
      { class: 'kpis' },
      kpi('precision', '查准率', e.precision, { text: fmtRatio(e.precision), note: `预警中确实辍学的比例 · 目标 ≥ ${fmtRatio(goal.precision)}` }),
      kpi('recall', '查全率', e.recall, { text: fmtRatio(e.recall), note: `辍学中事先被预警的比例 · 目标 ≥ ${fmtRatio(goal.recall)}` }),
      kpi('leadTime', '提前量（中位数）', lead.median, { text: lead.median === null || lead.median === undefined ? '—' : `${lead.median} 个上学日`, note: `四分位 ${lead.p25 ?? '—'}–${lead.p75 ?? '—'} · 目标 ≥ ${goal.medianLead ?? '—'}` }),
      kpi('goal', '是否达到目标', goal.metOnB, { text: goal.metOnB ? '达到' : '未达到', note: '在未参与调参的另一个生成县上测量' }),
    ),
    h(
      'p',
      { class: 'note' },
      `测量于 ${fmtTime(m.generatedAt)}；评估期 ${(m.period && m.period.from) || '—'} 至 ${(m.period && m.period.to) || '—'}（${(m.period && m.period.schoolDays) || '—'} 个上学日）；`,
      `学生学年 ${fmtInt(e.pupilYears)}，辍学 ${fmtInt(e.dropouts)}，预警 ${fmtInt(e.flagged)}，命中 ${fmtInt(e.truePositives)}。`,
    ),
    e.rules ? h('p', { class: 'note' }, `测量所用阈值：${thresholds(e.rules)}`) : null,
    m.rulesInForce && m.rulesInForce.sameAsTuned === false ? notice('warn', `现行规则与测量所用阈值不同（现行：${thresholds(m.rulesInForce.rules)}）。`) : null,
  );
}

async function render(ctx) {
  const { caps, main, route } = ctx;
  const p = route.params;
  const wide = countyWide(caps);
  const township = wide ? p.township || null : null;
  const filters = h('div', { class: 'filters' });
  const listBox = h('div', { id: 'risk-list' }, h('p', { class: 'loading' }, '正在加载预警名单…'));
  const measured = h('div', { id: 'risk-measurement' }, h('p', { class: 'loading' }, '正在读取测量结果…'));
  append(
    main,
    h('div', { class: 'page-head' }, h('h1', {}, '辍学风险预警')),
    h('section', { class: 'card' }, h('h2', {}, '规则效果（测量）'), measured),
    h('section', { class: 'card' }, h('h2', {}, '预警名单'), filters, listBox),
    h('section', { class: 'card' }, h('h2', {}, '预警规则'), legend()),
  );
  const measuring = measurement(measured);
  if (wide) {
    gql('query ConsoleTownships { townships { code name } }')
      .then((d) => {
        const menu = townshipMenu(caps, d.townships, township, (code) => ctx.go('warning', [], { township: code }));
        if (menu) filters.prepend(menu);
      })
      .catch(() => undefined);
  }
  const child = select(caps, 'Child', ['id', 'name', ['township', 'Township', ['name']], ['enrollment', 'Enrollment', ['grade', ['school', 'School', ['name']]]]]);
  const query = `query ConsoleRiskFlags($first: Int!, $after: String, $townshipCode: String) {
    riskFlags(first: $first, after: $after, townshipCode: $townshipCode) { asOf pageInfo { hasNextPage endCursor } edges { node { child ${child} flags { rule reason since } } } }
  }`;
  const rows = [];
  let cursor = null;
  let asOf = null;
  const more = h('button', { type: 'button', class: 'link', id: 'risk-more' }, '加载更多');
  const draw = (hasMore) => {
    replace(
      listBox,
      h('p', { class: 'meta', id: 'risk-count' }, `截至 ${fmtDate(asOf)}，已显示 ${rows.length} 人${hasMore ? '（还有更多）' : ''}`),
      table(
        [
          { title: '姓名', cell: (r) => childLink(r.child) },
          { title: '居住乡镇', cell: (r) => (r.child.township ? r.child.township.name : '—') },
          { title: '学校/年级', cell: (r) => (r.child.enrollment && r.child.enrollment.school ? `${r.child.enrollment.school.name} ${r.child.enrollment.grade || ''}年级` : '—') },
          {
            title: '预警规则与原因',
            class: 'text',
            cell: (r) =>
              h(
                'ul',
                { class: 'flags' },
                r.flags.map((f) =>
                  h('li', { dataset: { rule: f.rule } }, badge(RISK_RULE_KIND[f.rule] === 'warning' ? 'bad' : 'muted', label('RiskRule', f.rule)), ' ', f.reason, f.since ? h('span', { class: 'meta' }, `（自 ${fmtDate(f.since)}）`) : null),
                ),
              ),
          },
        ],
        rows,
        { rowAttrs: (r) => ({ dataset: { childId: r.child.id } }), dataset: { list: 'risk' } },
      ),
      hasMore ? more : null,
    );
    listBox.dataset.rows = String(rows.length);
  };
  const load = async () => {
    const d = (await gql(query, { first: PAGE, after: cursor, townshipCode: township })).riskFlags;
    asOf = d.asOf;
    rows.push(...d.edges.map((e) => e.node));
    cursor = d.pageInfo.endCursor;
    draw(d.pageInfo.hasNextPage);
  };
  more.addEventListener('click', () => load().catch((e) => ctx.showError(e, listBox)));
  try {
    await load();
  } catch (e) {
    ctx.showError(e, listBox);
  }
  await measuring;
}

module.exports = {
  id: 'warning',
  title: '预警',
  available: (caps, canReadFn) => canReadFn(caps, 'Query', 'riskFlags'),
  render,
};
