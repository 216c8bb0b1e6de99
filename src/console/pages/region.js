// 区域汇总 (issue 11: a city or province of counties on one hub): for the
// city's and the province's education departments, each county under them
// against the targets of the plan (T1 小学辍学率 ≤ 0.6 %, T2 初中辍学率 ≤ 1.8 %,
// T3 建档立卡学生辍学 = 0) and the townships' frozen monthly reports (plan S1)
// summed per county with the coverage they give. Counts only, below 5 shown as
// 不公布 (suppressed by the hub); no child behind any figure. Offered to whoever
// reads regionalTargets and has no county page (its figures are the county's).
const { gql } = require("../api");
const { h, append, table, fmtInt, fmtPct, badge } = require("../ui");

const TARGETS_QUERY = `query ConsoleRegionTargets($schoolYear: Int) {
  regionalTargets(schoolYear: $schoolYear) { county { code name } schoolYear countedUntil levels { level planRef enrolledAtStart dropouts rate target met } t3 { planRef poorDropouts met } }
}`;
const MONTHLY_QUERY = `query ConsoleRegionMonthly($month: String) {
  regionalMonthlyReports(month: $month) { county { code name } month asOf townships reported complete coverage totals { schoolAgeChildren enrolled suspended confirmedDropouts returned openCases } }
}`;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const suppressed = () => badge("muted", "不公布");
const count = (n) => (n === null || n === undefined ? suppressed() : fmtInt(n));
const met = (m) =>
  m === null || m === undefined
    ? suppressed()
    : m
      ? badge("ok", "达标")
      : badge("bad", "未达标");
const levelOf = (t, level) => t.levels.find((l) => l.level === level) || {};
const rate = (l) =>
  l.rate === null || l.rate === undefined
    ? l.enrolledAtStart === null || l.dropouts === null
      ? suppressed()
      : "—"
    : fmtPct(l.rate, 2);

async function render(ctx) {
  const { main, route } = ctx;
  const p = route.params;
  append(
    main,
    h(
      "div",
      { class: "page-head" },
      h("h1", {}, "区域汇总"),
      h(
        "p",
        { class: "muted" },
        "所辖各县控辍保学目标与乡镇月报（统计数，少于 5 人不公布）",
      ),
    ),
  );

  const targets = (
    await gql(TARGETS_QUERY, p.year ? { schoolYear: Number(p.year) } : {})
  ).regionalTargets;
  if (!ctx.isCurrent()) return;
  const year = targets[0] ? targets[0].schoolYear : null;
  append(
    main,
    h(
      "section",
      { class: "card" },
      h("h2", {}, `目标任务 ${year === null ? "" : `${year}学年`}（T1–T3）`),
      table(
        [
          {
            title: "县（区）",
            cell: (t) => `${t.county.name}（${t.county.code}）`,
          },
          {
            title: "小学学年初在籍",
            class: "num",
            cell: (t) => count(levelOf(t, "PRIMARY").enrolledAtStart),
          },
          {
            title: "小学辍学",
            class: "num",
            cell: (t) => count(levelOf(t, "PRIMARY").dropouts),
          },
          {
            title: "小学辍学率（≤0.6%）",
            class: "num",
            cell: (t) => rate(levelOf(t, "PRIMARY")),
          },
          { title: "T1", cell: (t) => met(levelOf(t, "PRIMARY").met) },
          {
            title: "初中学年初在籍",
            class: "num",
            cell: (t) => count(levelOf(t, "JUNIOR").enrolledAtStart),
          },
          {
            title: "初中辍学",
            class: "num",
            cell: (t) => count(levelOf(t, "JUNIOR").dropouts),
          },
          {
            title: "初中辍学率（≤1.8%）",
            class: "num",
            cell: (t) => rate(levelOf(t, "JUNIOR")),
          },
          { title: "T2", cell: (t) => met(levelOf(t, "JUNIOR").met) },
          {
            title: "建档立卡辍学",
            class: "num",
            cell: (t) => count(t.t3.poorDropouts),
          },
          { title: "T3", cell: (t) => met(t.t3.met) },
        ],
        targets,
        {
          empty: "所辖范围内没有本系统服务的县",
          dataset: { counties: targets.map((t) => t.county.code).join(",") },
          rowAttrs: (t) => ({ dataset: { county: t.county.code } }),
          class: "region-targets",
        },
      ),
    ),
  );

  const month = MONTH.test(p.month || "") ? p.month : null;
  const reports = (await gql(MONTHLY_QUERY, month ? { month } : {}))
    .regionalMonthlyReports;
  if (!ctx.isCurrent()) return;
  const shown = reports[0] ? reports[0].month : month;
  append(
    main,
    h(
      "section",
      { class: "card" },
      h("h2", {}, `乡镇月报汇总 ${shown || ""}（截至当月15日，上报数）`),
      table(
        [
          {
            title: "县（区）",
            cell: (r) => `${r.county.name}（${r.county.code}）`,
          },
          {
            title: "已上报乡镇",
            class: "num",
            cell: (r) => `${fmtInt(r.reported)} / ${fmtInt(r.townships)}`,
          },
          {
            title: "状态",
            cell: (r) =>
              r.complete ? badge("ok", "全部上报") : badge("warn", "未报齐"),
          },
          {
            title: "适龄儿童少年",
            class: "num",
            cell: (r) => count(r.totals.schoolAgeChildren),
          },
          {
            title: "在校",
            class: "num",
            cell: (r) => count(r.totals.enrolled),
          },
          {
            title: "休学",
            class: "num",
            cell: (r) => count(r.totals.suspended),
          },
          {
            title: "已确认辍学",
            class: "num",
            cell: (r) => count(r.totals.confirmedDropouts),
          },
          {
            title: "劝返复学",
            class: "num",
            cell: (r) => count(r.totals.returned),
          },
          {
            title: "在办个案",
            class: "num",
            cell: (r) => count(r.totals.openCases),
          },
          {
            title: "在校覆盖率",
            class: "num",
            cell: (r) =>
              r.coverage === null
                ? r.reported === 0
                  ? "—"
                  : suppressed()
                : fmtPct(r.coverage, 2),
          },
        ],
        reports,
        {
          empty: "所辖范围内没有本系统服务的县",
          rowAttrs: (r) => ({
            dataset: {
              county: r.county.code,
              reported: String(r.reported),
              coverage: r.coverage === null ? "" : String(r.coverage),
            },
          }),
          class: "region-monthly",
        },
      ),
    ),
  );
}

module.exports = {
  id: "region",
  title: "区域汇总",
  available: (caps, canReadFn) =>
    canReadFn(caps, "Query", "regionalTargets") &&
    !canReadFn(caps, "Query", "dropoutTargets"),
  render,
};
